"""loss curve: view(-1, k).mean(1) is the mean of each k consecutive steps; averaging shrinks the noise by sqrt(k)."""

import math

import pytest
import torch

from glossary_examples.makemore import training


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with training.one_thread():
        yield


def block_means(values, k):
    return [sum(values[i : i + k]) / k for i in range(0, len(values) // k * k, k)]


def test_example_prints_the_first_losses_and_the_mean_of_every_100_steps(example):
    ran = example("loss_curve")
    lossi = ran.globals["lossi"]
    assert len(lossi) == 600
    lines = ran.stdout.splitlines()
    assert lines[0] == f"loss of the first 3 steps: {[round(x, 3) for x in lossi[:3]]}"
    assert lines[1] == f"mean of each 60 steps:     {[round(x, 3) for x in block_means(lossi, 60)]}"
    means = block_means(lossi, 60)
    assert means[0] > means[-1] + 0.3  # the trend the raw band hides: training made progress


def test_the_figure_shows_log10_of_every_step_and_the_window_means_with_the_decay_marked(example):
    g = example("loss_curve").globals
    raw_line = g["raw"].lines[0]
    assert raw_line.get_ydata().tolist() == pytest.approx([math.log10(x) for x in g["lossi"]], abs=1e-6)
    smooth_line = g["smoothed"].lines[0]
    assert list(smooth_line.get_xdata()) == list(range(30, 600, 60))  # window centres
    assert smooth_line.get_ydata().tolist() == pytest.approx([math.log10(m) for m in block_means(g["lossi"], 60)],
                                                            abs=1e-6)
    for ax in (g["raw"], g["smoothed"]):
        assert list(ax.lines[-1].get_xdata()) == [300, 300]  # where the learning rate drops


@pytest.mark.parametrize("n, k", [(200000, 1000), (1000, 100), (12, 4), (5, 1), (6, 6)])
def test_view_then_mean_is_the_mean_of_each_k_consecutive_values(n, k):
    values = torch.rand(n, generator=torch.Generator().manual_seed(n), dtype=torch.float64)
    smooth = values.view(-1, k).mean(1)
    assert smooth.shape == (n // k,)
    assert torch.allclose(smooth, values.unfold(0, k, k).mean(1))
    if n <= 1000:
        assert smooth.tolist() == pytest.approx(block_means(values.tolist(), k))


def test_averaging_k_independent_values_divides_their_spread_by_about_sqrt_k():
    noise = torch.randn(400000, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    for k in (4, 100, 1000):
        ratio = noise.std() / noise.view(-1, k).mean(1).std()
        assert ratio.item() == pytest.approx(math.sqrt(k), rel=0.1)


def test_a_length_that_is_not_a_multiple_of_k_fails_until_the_rest_is_dropped(example):
    lines = example("loss_curve", "pitfall").stdout.splitlines()
    assert lines == ["view(-1, 100): shape '[-1, 100]' is invalid for input of size 1050",
                     "after dropping the last 50 steps: (10,)"]
    with pytest.raises(RuntimeError):
        torch.zeros(1050).view(-1, 100)
