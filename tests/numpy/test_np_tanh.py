"""np.tanh: the page's claims, checked."""

import math
import random

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from glossary_examples.micrograd import Neuron

FAST = settings(max_examples=150, deadline=None, derandomize=True)
XS = np.arange(-5, 5, 0.2)
any_float = st.floats(allow_nan=False)  # every float64, infinities and subnormals included


@settings(max_examples=60, deadline=None, derandomize=True)
@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=0, max_dims=4, max_side=5), elements=st.floats(-30, 30)))
def test_element_by_element_same_shape_as_math_tanh(xs):
    ys = np.tanh(xs)
    assert ys.shape == xs.shape
    assert np.allclose(ys.ravel(), [math.tanh(x) for x in xs.ravel().tolist()], rtol=0, atol=1e-15)


def test_definition_by_exponentials_and_by_sinh_over_cosh():
    by_exp = (np.exp(XS) - np.exp(-XS)) / (np.exp(XS) + np.exp(-XS))
    assert np.allclose(np.tanh(XS), by_exp) and np.allclose(np.tanh(XS), np.sinh(XS) / np.cosh(XS))


@FAST
@given(any_float)
def test_odd_and_never_outside_minus_one_one(x):
    assert np.tanh(-x) == -np.tanh(x)
    assert -1.0 <= np.tanh(x) <= 1.0


@FAST
@given(any_float, any_float)
def test_increasing_never_goes_down(x, y):
    x, y = min(x, y), max(x, y)
    assert np.tanh(x) <= np.tanh(y)  # in float64, neighbours can round to the same value, never reverse


def test_zero_at_zero_strictly_increasing_on_the_lecture_grid_and_slope_one_at_zero():
    assert np.tanh(0.0) == 0.0
    assert (np.diff(np.tanh(XS)) > 0).all()
    h = 1e-6
    assert (np.tanh(h) - np.tanh(-h)) / (2 * h) == pytest.approx(1.0, abs=1e-9)


@FAST
@given(st.floats(0, 18.9))
def test_float64_stays_below_one_up_to_about_19(x):
    assert np.tanh(x) < 1.0 and np.tanh(np.array([x]))[0] < 1.0  # scalar and array paths


@FAST
@given(st.floats(min_value=19.0))
def test_float64_is_exactly_one_above_about_19_and_minus_one_below_minus_19(x):
    assert np.tanh(x) == 1.0 and np.tanh(-x) == -1.0
    assert (np.tanh(np.full(40, x)) == 1.0).all()  # the vectorised path rounds the same way


def vector_and_scalar(x, dtype):
    return torch.tanh(torch.tensor(x, dtype=dtype)).item(), torch.tanh(torch.full((64,), x, dtype=dtype))[0].item()


@FAST
@given(st.floats(0, 9.0))
def test_torch_float32_stays_below_one_up_to_about_9(x):
    assert max(vector_and_scalar(x, torch.float32)) < 1.0


@FAST
@given(st.floats(min_value=9.02, max_value=3e38) | st.just(math.inf))
def test_torch_float32_is_exactly_one_from_about_9_but_float64_is_not(x):
    assert vector_and_scalar(x, torch.float32) == (1.0, 1.0)
    if x < 18.9:
        assert max(vector_and_scalar(x, torch.float64)) < 1.0  # it is the dtype, not the function


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64, np.uint8])
def test_numpy_integer_input_gives_float_output_and_int64_gives_float64(dtype):
    out = np.tanh(np.arange(3, dtype=dtype))
    assert np.issubdtype(out.dtype, np.floating)
    assert np.tanh(np.arange(3)).dtype == np.float64


@pytest.mark.parametrize("dtype", [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool])
def test_torch_integer_input_gives_the_default_float32(dtype):
    assert torch.tanh(torch.tensor([0, 1, 1], dtype=dtype)).dtype == torch.get_default_dtype() == torch.float32
    assert torch.tanh(torch.tensor([1.0], dtype=torch.float64)).dtype == torch.float64  # floats keep their dtype


def test_numpy_and_torch_agree():
    assert np.allclose(torch.tanh(torch.from_numpy(XS)).numpy(), np.tanh(XS), rtol=0, atol=1e-15)
    assert np.allclose(torch.tanh(torch.arange(-5, 5, 0.2)).numpy(), np.tanh(XS), rtol=0, atol=1e-6)


def test_the_numpy_example_prints_what_the_definition_says(example):
    printed = example("np_tanh").stdout.splitlines()
    assert printed[0] == "shapes: (50,) (50,)"
    shown = [float(v) for v in printed[1].strip("[] ").split()]
    assert shown == pytest.approx([math.tanh(x) for x in (-2, -1, 0, 1, 2)], abs=5e-9)  # printed to 8 decimals
    assert printed[2] == "same as sinh/cosh: True"
    below = float(printed[3].split("= ")[1])
    assert below == math.tanh(18.0) and below < 1.0
    assert printed[4:] == ["tanh(20.0) == 1.0: True", "integer input gives float64"]


def test_the_pytorch_tab_prints_what_the_definition_says(example):
    printed = example("np_tanh", "pytorch").stdout.splitlines()
    assert printed[0] == "shapes: torch.Size([50]) torch.Size([50])"
    below = float(printed[2].split("= ")[1])
    assert below < 1.0 and below == float(np.float32(math.tanh(8.0)))  # float32's nearest value to tanh(8)
    assert printed[3:] == ["tanh(10.0) == 1.0: True", "integer input gives torch.float32"]


def test_figure_the_plotted_curve_stays_between_the_dashed_lines(example):
    figure = example("np_tanh", "figure")
    xs = figure.globals["xs"]
    assert np.array_equal(xs, XS) and (np.abs(np.tanh(xs)) < 1).all()
    assert len(figure.figures) == 1


def test_tanh_is_the_activation_of_micrograds_neuron():
    random.seed(0)
    neuron = Neuron(2)
    x = [0.5, -1.5]
    act = sum(w.data * xi for w, xi in zip(neuron.w, x)) + neuron.b.data
    assert neuron(x).data == pytest.approx(np.tanh(act), abs=1e-15)
