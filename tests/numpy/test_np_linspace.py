"""np.linspace: the page's claims, checked."""

import inspect

import numpy as np
import pytest

from glossary_examples import _registry, _runner, np_linspace  # noqa: F401  (runs the page's examples)

CASES = [(-3, 3, 100), (-3, 3, 5), (0, 1, 7), (-5, 5, 50), (1, 1.3, 3), (0.1, 0.7, 13), (2.5, -4.0, 9)]


@pytest.mark.parametrize("start, stop, num", CASES)
def test_num_points_exact_ends_and_step_span_over_gaps(start, stop, num):
    xs, step = np.linspace(start, stop, num, retstep=True)
    assert len(xs) == num
    assert xs[0] == start and xs[-1] == stop  # exactly, not approximately
    assert step == pytest.approx((stop - start) / (num - 1))
    assert np.allclose(np.diff(xs), step)


@pytest.mark.parametrize("start, stop, num", CASES)
def test_endpoint_false_leaves_stop_out_and_uses_a_smaller_step(start, stop, num):
    xs, step = np.linspace(start, stop, num, endpoint=False, retstep=True)
    assert len(xs) == num and xs[0] == start and stop not in xs
    assert step == pytest.approx((stop - start) / num)
    assert xs[-1] + step == pytest.approx(stop)
    assert abs(step) < abs(np.linspace(start, stop, num, retstep=True)[1])


def test_default_num_is_50_by_signature_and_by_result():
    assert inspect.signature(np.linspace).parameters["num"].default == 50
    assert len(np.linspace(0, 1)) == 50


def test_retstep_returns_samples_and_step():
    samples, step = np.linspace(-3, 3, 5, retstep=True)
    assert samples.tolist() == [-3.0, -1.5, 0.0, 1.5, 3.0] and step == 1.5
    assert np.linspace(-3, 3, 100, retstep=True)[1] == pytest.approx(6 / 99)


def test_integer_ends_still_give_float64():
    assert np.linspace(0, 4, 5).dtype == np.float64


def test_even_count_has_no_centre_point_odd_count_does():
    assert 0.0 not in np.linspace(-3, 3, 100)
    assert 0.0 in np.linspace(-3, 3, 101) and np.linspace(-3, 3, 101)[50] == 0.0


def test_versus_arange_same_points_when_the_step_divides_and_exact_count_when_not():
    assert np.array_equal(np.linspace(0, 1, 4, endpoint=False), np.arange(0, 1, 0.25))
    assert len(np.arange(1, 1.3, 0.1)) == 4 and np.arange(1, 1.3, 0.1)[-1] > 1.3  # arange's extra point
    assert len(np.linspace(1, 1.3, 3, endpoint=False)) == 3


def test_example_prints_the_claims():
    term = _registry.discover()["np_linspace"]
    printed = _runner.execute(term, term.regions["example"]).stdout.splitlines()
    assert printed[2] == "step: 1.5 = 6 / 4"
    assert printed[3] == "default num: 50"
    assert printed[4] == "len: 100 | first: -3.0 | last: 3.0"
    assert printed[5] == "0.0 in 100 points: False | in 101: True"
