"""monotonic function: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch

from glossary_examples import monotonic  # noqa: F401  (imports run the examples, as the page did)

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


def test_the_coin_on_the_page_peaks_at_0_7_with_different_peak_values():
    likelihood = GRID**7 * (1 - GRID) ** 3
    assert round(GRID[likelihood.argmax()].item(), 2) == 0.7
    assert math.isclose(likelihood.max().item(), 0.7**7 * 0.3**3, rel_tol=1e-9)
    assert round(likelihood.max().item(), 6) == 0.002224
    assert round(math.log(0.7**7 * 0.3**3), 4) == -6.1086


def test_a_product_of_many_probabilities_underflows_but_the_sum_of_logs_does_not():
    probs = torch.full((2000,), 0.5)
    assert probs.prod().item() == 0.0
    assert math.isclose(probs.log().sum().item(), 2000 * math.log(0.5), rel_tol=1e-5)


def test_a_non_strict_monotonic_function_keeps_the_maximizer_but_can_add_ties():
    scores = -(GRID - 0.7) ** 2
    flattened = scores.clamp(max=-0.01)  # clamp is non-decreasing, with a flat stretch at the top
    best = scores.argmax()
    assert flattened[best] == flattened.max()  # the old maximizer is still a maximizer
    assert (flattened == flattened.max()).sum() > 1  # but it is no longer the only one


def test_numpy_agrees():
    assert np.all(np.diff(np.log(np.linspace(0.01, 1, 100))) > 0)
    assert not np.all(np.diff(np.linspace(-1, 1, 5) ** 2) >= 0)
