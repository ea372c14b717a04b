"""The makemore part-5 walkthrough: composed of the glossary's modules, links real terms, ends with its losses."""

import contextlib
import io
import re
from pathlib import Path

import jupytext
import pytest
import torch.nn.functional as F

from glossary_examples.makemore import training
from glossary_examples.makemore.training import one_thread

NOTEBOOK = Path(__file__).parents[2] / "docs" / "walkthroughs" / "makemore_wavenet.py"
LINK = re.compile(r"\]\(\.\./\.\./(?P<section>[a-z]+)/(?P<slug>[a-z0-9_]+)/\)")


def cells(kind):
    return [c.source for c in jupytext.read(NOTEBOOK).cells if c.cell_type == kind]


@pytest.fixture(scope="module")
def executed():
    namespace, out = {"__name__": "__main__"}, io.StringIO()
    with one_thread(), contextlib.redirect_stdout(out):
        for source in cells("code"):
            exec(compile(source, str(NOTEBOOK), "exec"), namespace)
    return namespace, out.getvalue().splitlines()


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
