"""np.arange: the page's claims, checked."""

import math

import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch

from glossary_examples import _registry, _runner, np_arange  # noqa: F401  (runs the page's examples)

CASES = [(0, 5, 1), (2, 10, 3), (-5, 5, 0.2), (1, 1.3, 0.1), (0, 2, 0.25), (0, 1, 0.1)]


@pytest.mark.parametrize("start, stop, step", CASES)
def test_length_is_ceil_of_span_over_step_in_numpy_and_torch(start, stop, step):
    expected = math.ceil((stop - start) / step)
    assert len(np.arange(start, stop, step)) == expected
    assert len(torch.arange(start, stop, step)) == expected


@pytest.mark.parametrize("start, stop, step", [(0, 5, 1), (2, 10, 3), (-7, 4, 2)])
def test_integer_arguments_match_python_range_and_leave_stop_out(start, stop, step):
    assert np.arange(start, stop, step).tolist() == list(range(start, stop, step))
    assert torch.arange(start, stop, step).tolist() == list(range(start, stop, step))
    assert np.arange(start, stop, step).dtype == np.int64
    assert torch.arange(start, stop, step).dtype == torch.int64


def test_float_arguments_give_float64_in_numpy_and_float32_in_torch():
    assert np.arange(-5, 5, 0.2).dtype == np.float64
    assert torch.arange(-5, 5, 0.2).dtype == torch.float32


def test_lecture_grid_starts_at_start_and_stops_short_of_stop():
    xs = np.arange(-5, 5, 0.2)
    assert xs[0] == -5.0 and xs[-1] < 5.0 and not np.isclose(xs, 5.0).any()
    assert np.allclose(xs, -5 + 0.2 * np.arange(50))  # start, start+step, ...
    ts = torch.arange(-5, 5, 0.2)
    assert ts[0].item() == -5.0 and ts[-1].item() < 5.0
    assert np.allclose(ts.numpy(), xs, atol=1e-5)


def test_pitfall_float_step_values_are_inexact_and_linspace_is_exact():
    wrong = np.arange(-5, 5, 0.2)[25]
    right = np.linspace(-5, 5, 50, endpoint=False)[25]
    assert wrong != 0.0 and abs(wrong) < 1e-14  # not zero, though very close
    assert right == 0.0
    assert torch.arange(-5, 5, 0.2)[25].item() != 0.0  # torch has its own round-off
    assert np.allclose(np.arange(-5, 5, 0.2), np.linspace(-5, 5, 50, endpoint=False))


def test_pitfall_float_step_can_include_a_value_past_stop():
    wrong = np.arange(1, 1.3, 0.1)
    right = np.linspace(1, 1.3, 3, endpoint=False)
    assert len(wrong) == 4 and wrong[-1] > 1.3  # 1.3000000000000003
    assert len(right) == 3 and right[-1] < 1.3 and np.allclose(right, [1.0, 1.1, 1.2])
    assert len(torch.arange(1, 1.3, 0.1)) == 4  # torch.arange shows it too


def test_pages_print_what_the_claims_say():
    term = _registry.discover()["np_arange"]
    pitfall = _runner.execute(term, term.regions["pitfall"]).stdout
    assert "| == 0.0: False" in pitfall.splitlines()[0]
    assert "last: 1.3000000000000003" in pitfall
    assert "linspace[25]: 0.0 | == 0.0: True" in pitfall


def test_figure_compares_eight_stepped_with_eight_counted_points():
    stepped, counted = np.arange(0, 2, 0.25), np.linspace(0, 2, 8)
    assert len(stepped) == len(counted) == 8
    assert stepped[-1] == 1.75 and counted[-1] == 2.0
    term = _registry.discover()["np_arange"]
    plt.close("all")  # figures left open by importing term modules are not this region's
    assert len(_runner.execute(term, term.regions["figure"]).figures) == 1
