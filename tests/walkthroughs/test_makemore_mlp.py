"""The makemore part-2 walkthrough: runs and ends with its losses (its links, like every page's: tests/site/test_links.py)."""

import pytest
import torch.nn.functional as F
from walkthrough import run

from glossary_examples.makemore.training import one_thread


@pytest.fixture(scope="module")
def executed():
    with one_thread():
        return run("makemore_mlp")


def test_it_runs_and_ends_with_train_and_dev_loss_and_samples(executed):
    ns, lines = executed
    model = ns["model"]
    assert lines[-3] == f"train loss: {F.cross_entropy(model(ns['Xtr']), ns['Ytr']).item():.4f}"
    assert lines[-2] == f"dev loss:   {F.cross_entropy(model(ns['Xdev']), ns['Ydev']).item():.4f}"
    samples = eval(lines[-1].removeprefix("samples: "))
    assert len(samples) == 8 and all(s.endswith(".") and s[:-1].isalpha() for s in samples)
    train_loss, dev_loss = (float(line.split()[-1]) for line in lines[-3:-1])
    assert train_loss < dev_loss < 2.4  # learned, and a little worse on unseen names


def test_the_single_batch_is_overfit_and_the_parameter_counts_are_the_lectures(executed):
    _, lines = executed
    assert "parameters: 3481" in lines
    one_batch = float(next(line for line in lines if line.startswith("loss on the one batch")).split()[-1])
    assert one_batch < 0.5
