"""learning-rate finder: log-spaced rates, one rate per step, a valley and a rise at the large end."""

import math

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.makemore import training
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with training.one_thread():  # as the site build runs examples
        yield


def test_the_rates_run_from_0_001_to_1_evenly_spaced_in_log():
    lrs = 10 ** torch.linspace(-3, 0, 1000, dtype=torch.float64)
    assert lrs[0].item() == pytest.approx(0.001) and lrs[-1].item() == pytest.approx(1.0)
    ratios = lrs[1:] / lrs[:-1]
    assert torch.allclose(ratios, torch.full_like(ratios, 10 ** (3 / 999)))


def test_printed_valley_and_end_are_those_of_the_recorded_losses(example):
    ran = example("learning_rate_finder")
    g = ran.globals
    lossi, lre = g["lossi"], g["lre"]
    assert len(lossi) == 1000
    windows = [sum(lossi[i : i + 50]) / 50 for i in range(0, 1000, 50)]  # averaged a second way
    best = min(range(20), key=windows.__getitem__)
    rate = 10 ** (sum(lre[best * 50 : best * 50 + 50].tolist()) / 50)
    lines = ran.stdout.splitlines()
    assert lines[0] == f"lowest average loss {windows[best]:.3f} at lr about {rate:.2f}"
    assert lines[1] == f"average loss over the last 50 steps (lr near 1): {windows[-1]:.3f}"
    assert windows[0] > windows[best] + 0.4  # tiny rates: the loss hardly moves at first
    assert windows[-1] > windows[best]  # the curve turns up again at the large end
    assert 0.03 < rate < 0.6  # the valley holds rates of the order of the lecture's 0.1


def test_the_first_step_is_a_fresh_models_loss_on_the_first_minibatch(example):
    lossi = example("learning_rate_finder").globals["lossi"]
    X, Y = build_dataset(load_names(), block_size=3)
    g = torch.Generator().manual_seed(2147483647)
    model = training.mlp(n_embd=2, n_hidden=100, generator=g)
    ix = torch.randint(0, X.shape[0], (32,), generator=g)
    assert lossi[0] == pytest.approx(F.cross_entropy(model(X[ix]), Y[ix]).item(), abs=1e-6)
    assert lossi[0] == pytest.approx(math.log(27), abs=0.1)  # a near-uniform start


def test_the_figure_plots_every_step_and_the_averages_against_the_exponent(example):
    ran = example("learning_rate_finder")
    assert len(ran.figures) == 1 and ran.figures[0].startswith("<svg")
    steps, averages = ran.globals["ax"].lines
    assert steps.get_xdata().tolist() == ran.globals["lre"].tolist()
    assert steps.get_ydata().tolist() == ran.globals["lossi"]
    assert averages.get_ydata().tolist() == ran.globals["avg"].tolist() and len(averages.get_xdata()) == 20
