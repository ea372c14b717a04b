"""np.linspace: the page's claims, checked."""

import inspect

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=150, deadline=None, derandomize=True)
ends = st.floats(-1e6, 1e6)
counts = st.integers(2, 1000)


def values(printed_line):
    return [float(v) for v in printed_line.strip("[] ").split()]


@FAST
@given(ends, ends, counts)
def test_num_points_start_and_stop_exact_and_step_is_span_over_gaps(start, stop, num):
    xs, step = np.linspace(start, stop, num, retstep=True)
    assert len(xs) == num
    assert xs[0] == start and xs[-1] == stop  # exactly, not approximately
    assert step == (stop - start) / (num - 1)
    assert np.allclose(np.diff(xs), step, rtol=1e-9, atol=1e-6)


def test_a_single_point_is_just_start():
    xs, step = np.linspace(2.0, 5.0, 1, retstep=True)
    assert xs.tolist() == [2.0]  # not stop: the "last is exactly stop" rule needs num >= 2
    assert np.isnan(step)  # no gap, so no step


@FAST
@given(ends, ends, counts)
def test_endpoint_false_leaves_stop_out_with_step_span_over_num(start, stop, num):
    assume(abs(stop - start) > 1e-6 * max(abs(start), abs(stop), 1.0))  # a range float64 can resolve
    xs, step = np.linspace(start, stop, num, endpoint=False, retstep=True)
    assert len(xs) == num and xs[0] == start and stop not in xs
    assert step == (stop - start) / num
    assert xs[-1] + step == pytest.approx(stop, rel=1e-9, abs=1e-6)


def test_a_range_too_narrow_for_float64_collapses_points_and_can_hit_stop():
    stop = 1.0 + 1e-15  # only a handful of float64 values lie between 1 and stop
    xs = np.linspace(1.0, stop, 100, endpoint=False)
    assert len(xs) == 100  # the count still holds ...
    assert len(np.unique(xs)) < 100 and xs[-1] == stop  # ... but neighbours coincide, and stop is there


def test_a_span_wider_than_the_largest_float64_overflows():
    with np.errstate(over="ignore", invalid="ignore"):
        xs = np.linspace(-1e308, 1e308, 5)
    assert np.isnan(xs[0]) and np.isinf(xs[1:-1]).all()  # not even start survives
    assert np.isfinite(np.linspace(-1e307, 1e307, 5)).all()  # a span that fits is fine


def test_default_num_is_50_by_signature_and_by_result():
    assert inspect.signature(np.linspace).parameters["num"].default == 50
    assert len(np.linspace(0, 1)) == 50


@pytest.mark.parametrize("start, stop", [(0, 4), (-3, 3), (0.5, 2), (0, 10**6)])
def test_python_numbers_give_float64_and_dtype_asks_for_another(start, stop):
    assert np.linspace(start, stop, 5).dtype == np.float64
    assert np.linspace(start, stop, 5, dtype=np.float32).dtype == np.float32
    assert np.linspace(complex(start), stop, 5).dtype == np.complex128  # not a float array


@FAST
@given(st.floats(1e-300, 1e6), st.integers(1, 500))
def test_an_even_count_symmetric_around_zero_never_contains_zero(half_width, pairs):
    assert 0.0 not in np.linspace(-half_width, half_width, 2 * pairs)


def test_an_odd_count_puts_its_middle_at_zero_only_up_to_round_off():
    assert np.linspace(-3, 3, 101)[50] == 0.0
    middle = np.linspace(-0.1, 0.1, 23)[11]
    assert middle != 0.0 and abs(middle) < 2e-17  # about 1.4e-17
    misses = sum(np.linspace(-a, a, n)[n // 2] != 0.0 for a in (0.1, 0.3, 0.7, 2.9) for n in range(3, 101, 2))
    assert misses > 0  # not a one-off: other widths and counts miss 0 too


def test_the_example_prints_both_ends_the_step_and_the_default(example):
    printed = example("np_linspace").stdout.splitlines()
    assert values(printed[0]) == pytest.approx([-3 + 6 * i / 4 for i in range(5)])  # step 6 / 4
    assert values(printed[1]) == pytest.approx([-3 + 6 * i / 5 for i in range(5)])  # step 6 / 5, 3 left out
    assert float(printed[2].split()[1]) == 6 / 4
    assert printed[3] == "default num: 50"
    xs = example("np_linspace").globals["xs"]
    assert printed[4] == f"len: {len(xs)} | first: {xs[0]} | last: {xs[-1]}" and (xs[0], xs[-1]) == (-3.0, 3.0)
    assert printed[5] == "0.0 in 100 points: False | in 101: True"


def test_versus_arange_same_points_when_the_step_divides_and_an_exact_count_when_not(example):
    printed = example("np_linspace", "versus_arange").stdout.splitlines()
    assert values(printed[0]) == values(printed[2]) == [0.0, 0.25, 0.5, 0.75]  # arange == linspace(endpoint=False)
    assert values(printed[1]) == [0.0, 0.25, 0.5, 0.75, 1.0]  # stop included
    assert int(printed[3].split(": ")[1].split()[0]) == len(np.arange(1, 1.3, 0.1)) == 4  # round-off added one
    assert int(printed[4].split(": ")[1].split()[0]) == 3
