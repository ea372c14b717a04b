"""monotonic function: the page's claims, checked on grids, closed forms and neighbouring floats."""

import math

import pytest
import torch


GRID = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)


def test_exp_and_log_increase_and_minus_log_decreases():
    x = torch.linspace(0.01, 10, 1000, dtype=torch.float64)
    assert (x.log().diff() > 0).all()
    assert (x.exp().diff() > 0).all()
    assert (-x.log()).diff().lt(0).all()


def test_x_squared_is_not_monotonic_on_minus_one_to_one_but_is_on_zero_to_one():
    x = torch.linspace(-1, 1, 5)
    assert not (x.pow(2).diff() >= 0).all() and not (x.pow(2).diff() <= 0).all()
    assert (torch.linspace(0, 1, 5).pow(2).diff() >= 0).all()


@pytest.mark.parametrize("heads, tails", [(7, 3), (1, 9), (5, 5), (9, 1), (3, 4)])
def test_likelihood_log_likelihood_and_nll_pick_the_same_p_the_closed_form_one(heads, tails):
    p = torch.linspace(0.001, 0.999, 999, dtype=torch.float64)
    likelihood = p**heads * (1 - p) ** tails
    best = p[likelihood.argmax()].item()
    assert best == p[likelihood.log().argmax()].item() == p[(-likelihood.log()).argmin()].item()
    assert abs(best - heads / (heads + tails)) <= 0.0005  # the grid step is 0.001


def test_the_example_peaks_at_0_7_with_closed_form_peak_values(example):
    lines = example("monotonic").stdout.splitlines()
    assert [line.split()[-1] for line in lines[:3]] == ["0.7"] * 3
    peak = 0.7**7 * 0.3**3
    assert lines[3] == f"peak values: {peak:.6f} vs {math.log(peak):.4f}"
    assert lines[4:6] == ["log strictly increasing on the grid: True", "x**2 monotonic on [-1, 1]: False"]


def test_a_product_of_many_probabilities_underflows_but_the_sum_of_logs_does_not(example):
    last = example("monotonic").stdout.splitlines()[-1]
    assert last == f"product of 2000 probabilities: 0.0   sum of their logs: {2000 * math.log(0.5):.2f}"
    assert 0.5**2000 == 0.0  # below float64 too
    assert torch.full((2000,), 0.9999).prod().item() > 0.8  # "such as 0.5": near-1 ones do not underflow


def test_in_floating_point_log_is_only_non_decreasing():
    x = torch.tensor([1e30])
    neighbour = torch.nextafter(x, torch.tensor([2e30]))
    assert neighbour > x and torch.equal(x.log(), neighbour.log())  # two inputs, one output
    scores = torch.cat([x, neighbour])
    assert scores.argmax() == 1 and scores.log()[0] == scores.log().max()  # the maximum is now a tie
    grid = torch.linspace(0.01, 1, 100_000)
    assert (grid.log().diff() >= 0).all()  # never decreasing, though not strict on fine grids


def test_a_non_strict_monotonic_function_keeps_the_maximizer_but_can_add_ties():
    scores = -(GRID - 0.7) ** 2
    flattened = scores.clamp(max=-0.01)  # clamp is non-decreasing, with a flat stretch at the top
    best = scores.argmax()
    assert flattened[best] == flattened.max()  # the old maximizer is still a maximizer
    assert (flattened == flattened.max()).sum() > 1  # but it is no longer the only one


def test_the_figure_s_likelihood_and_log_likelihood_peak_at_the_same_p_0_7(example):
    ran = example("monotonic", "figure")
    p, likelihood = ran.globals["p"], ran.globals["likelihood"]
    assert len(ran.figures) == 1
    assert p[likelihood.argmax()].item() == pytest.approx(0.7) == p[likelihood.log().argmax()].item()
