"""The makemore part-5 walkthrough: runs and ends with its losses (its links, like every page's: tests/site/test_links.py)."""

import pytest
import torch.nn.functional as F
from walkthrough import run

from glossary_examples.makemore import training
from glossary_examples.makemore.training import one_thread


@pytest.fixture(scope="module")
def executed():
    with one_thread():
        return run("makemore_wavenet")


def test_it_runs_and_ends_with_train_and_dev_loss_and_samples(executed):
    ns, lines = executed
    model = ns["model"]
    training.set_training(model, False)
    assert lines[-3] == f"train loss: {F.cross_entropy(model(ns['Xtr']), ns['Ytr']).item():.4f}"
    assert lines[-2] == f"dev loss:   {F.cross_entropy(model(ns['Xdev']), ns['Ydev']).item():.4f}"
    samples = eval(lines[-1].removeprefix("samples: "))
    assert len(samples) == 8 and all(s.endswith(".") and s[:-1].isalpha() for s in samples)
    train_loss, dev_loss = (float(line.split()[-1]) for line in lines[-3:-1])
    assert train_loss < dev_loss < 2.4


def test_the_printed_sizes_are_the_lectures(executed):
    _, lines = executed
    assert "parameters: 21897" in lines  # the flat MLP over 8 characters ("22K")
    assert "mean over dim 0: (1, 4, 64)" in lines and "running_mean of the fixed layer: (64,)" in lines
