"""np.arange: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=150, deadline=None, derandomize=True)
steps = st.floats(0.01, 10).flatmap(lambda s: st.sampled_from([s, -s]))


def values(printed_line):
    return [float(v) for v in printed_line.strip("[] ").split()]


@FAST
@given(st.integers(-10**4, 10**4), st.integers(-10**4, 10**4), st.integers(-100, 100).filter(bool))
def test_integer_arguments_give_pythons_range_as_int64(start, stop, step):
    got = np.arange(start, stop, step)
    assert got.dtype == np.int64
    assert len(got) == len(range(start, stop, step))
    assert got[:3].tolist() == list(range(start, stop, step))[:3] and got[-3:].tolist() == list(range(start, stop, step))[-3:]


@FAST
@given(st.floats(-1000, 1000), st.floats(-1000, 1000), steps)
def test_float_length_is_the_float64_ceiling_or_zero_and_torch_agrees(start, stop, step):
    expected = max(0, math.ceil((stop - start) / step))  # Python floats are float64
    assert len(np.arange(start, stop, step)) == expected
    if expected > 0:  # torch raises instead of returning an empty tensor
        assert len(torch.arange(start, stop, step)) == expected


@FAST
@given(st.floats(-1000, 1000), st.floats(-1000, 1000), steps)
def test_start_is_included_and_each_value_is_one_step_further(start, stop, step):
    xs = np.arange(start, stop, step)
    if len(xs):
        assert xs[0] == start
        assert np.allclose(np.diff(xs), step, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("start, stop, step", [(5, 0, 1), (0, 5, -1), (0.0, 1.0, -0.1), (3, 3, 1)])
def test_a_step_pointing_away_from_stop_gives_an_empty_array_in_numpy_but_raises_in_torch(start, stop, step):
    assert np.arange(start, stop, step).size == 0
    if start != stop:
        with pytest.raises(RuntimeError, match="inconsistent with step sign"):
            torch.arange(start, stop, step)
    else:
        assert torch.arange(start, stop, step).numel() == 0  # an empty range is fine in both


@pytest.mark.parametrize("kind", [int, np.int8, np.int16, np.int32, np.uint8, np.int64])
def test_integer_arguments_of_any_integer_type_give_int64(kind):
    assert np.arange(kind(0), kind(5), kind(2)).dtype == np.int64


@pytest.mark.parametrize("kind", [float, np.float16, np.float32, np.float64])
@pytest.mark.parametrize("position", range(3))
def test_any_float_argument_gives_float64(kind, position):
    args = [0, 5, 1]
    args[position] = kind(args[position])
    assert np.arange(*args).dtype == np.float64


def test_torch_floats_are_the_default_float32():
    assert torch.arange(-5, 5, 0.2).dtype == torch.get_default_dtype() == torch.float32
    assert torch.arange(5).dtype == torch.int64


def test_the_example_starts_at_start_and_stops_short_of_stop(example):
    printed = example("np_arange").stdout.splitlines()
    assert values(printed[0]) == list(range(5)) and values(printed[1]) == list(range(2, 10, 3))
    assert printed[2] == "len: 50 | dtype: float64"
    first, last = (float(part.split(": ")[1]) for part in printed[3].split(" | "))
    assert first == -5.0 and 4.8 - 1e-12 < last < 5.0  # start exact, stop left out, last value off by round-off
    assert last != 4.8


def test_the_pytorch_tab_gives_the_same_points_in_float32(example):
    printed = example("np_arange", "pytorch").stdout.splitlines()
    assert printed[2] == "len: 50 | dtype: torch.float32"
    xs = example("np_arange", "pytorch").globals["xs"]
    assert np.allclose(xs.numpy(), np.arange(-5, 5, 0.2), atol=1e-5)  # the same points up to float32 round-off
    last = float(printed[3].split("last: ")[1])
    assert last == float(np.float32(last)) and last < 5.0 and last != 4.8  # a float32 value, printed in full


def test_pitfall_the_point_that_should_be_zero_is_not_and_linspace_hits_it(example):
    pitfall = example("np_arange", "pitfall")
    xs, grid = pitfall.globals["xs"], pitfall.globals["grid"]
    assert xs[25] != 0.0 and abs(xs[25]) < 1e-14  # "about 4.4e-15"
    assert grid[25] == 0.0 and np.allclose(xs, grid)  # the same points, up to round-off
    lines = pitfall.stdout.splitlines()
    assert lines[0].endswith("| == 0.0: False") and lines[2].endswith("| == 0.0: True")


def test_pitfall_a_float_step_can_reach_or_pass_stop():
    assert (1.3 - 1) / 0.1 == 3.0000000000000004  # so ceil gives 4, not 3
    past = np.arange(1, 1.3, 0.1)
    assert len(past) == 4 and past[-1] == 1.3000000000000003 > 1.3
    assert np.arange(0.1, 0.4, 0.1)[-1] == 0.4  # stop itself, exactly
    assert len(torch.arange(1, 1.3, 0.1)) == 4  # torch.arange shows it too


def test_pitfall_prints_the_extra_point_and_the_exact_count(example):
    lines = example("np_arange", "pitfall").stdout.splitlines()
    assert lines[1].endswith("last: 1.3000000000000003") and len(values(lines[1].split(" last")[0])) == 4
    assert values(lines[3]) == pytest.approx([1.0, 1.1, 1.2])  # 3 points, 1.3 left out


@FAST
@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.integers(2, 1000))
def test_linspace_has_the_count_you_ask_for_and_exact_ends(start, stop, num):
    xs = np.linspace(start, stop, num)
    assert len(xs) == num and xs[0] == start and xs[-1] == stop


def test_figure_eight_stepped_points_without_stop_eight_counted_with_it(example):
    figure = example("np_arange", "figure")
    stepped, counted = figure.globals["stepped"], figure.globals["counted"]
    assert len(stepped) == len(counted) == 8
    assert 2.0 not in stepped and counted[-1] == 2.0
    assert len(figure.figures) == 1
