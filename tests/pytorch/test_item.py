""".item(): the page's claims, checked."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=200, deadline=None, derandomize=True)


@pytest.mark.parametrize("shape", [(), (1,), (1, 1), (1, 1, 1, 1)])
def test_any_one_element_shape_works(shape):
    assert torch.full(shape, 3.5).item() == 3.5


@pytest.mark.parametrize("shape", [(0,), (2,), (2, 1), (3, 3), (1, 0)])
def test_any_other_element_count_raises(shape):
    with pytest.raises(RuntimeError, match="cannot be converted to Scalar"):
        torch.zeros(shape).item()


@pytest.mark.parametrize("dtype, kind", [
    (torch.float16, float), (torch.bfloat16, float), (torch.float32, float), (torch.float64, float),
    (torch.int8, int), (torch.uint8, int), (torch.int16, int), (torch.int32, int), (torch.int64, int),
    (torch.bool, bool), (torch.complex64, complex), (torch.complex128, complex),
])
def test_the_python_type_follows_the_dtype(dtype, kind):
    assert type(torch.ones((), dtype=dtype).item()) is kind


@FAST
@given(st.floats(width=32, allow_nan=False))
def test_a_float32_value_becomes_a_python_float_without_rounding(x):
    assert torch.tensor(x, dtype=torch.float32).item() == float(np.float32(x))  # float32 -> float64 is exact


def test_float32s_error_on_0_1_shows_and_float64_has_none(example):
    assert example("item").stdout.splitlines()[5] == f"float32 0.1: {float(np.float32(0.1))}"
    assert torch.tensor(0.1).item() != 0.1 and torch.tensor(0.1, dtype=torch.float64).item() == 0.1


def test_the_result_is_outside_autograd(example):
    y = example("item").globals["y"]
    assert y.requires_grad and type(y.item()) is float  # a plain number: no grad_fn, no graph
    rebuilt = torch.tensor(y.item()) * 3
    assert rebuilt.grad_fn is None and not rebuilt.requires_grad  # no path back to x


def test_the_example_value_data_and_grad(example):
    ran = example("item")
    x = ran.globals["x"]
    printed = ran.stdout.splitlines()
    assert printed[0] == "y: tensor(4., grad_fn=<PowBackward0>)"  # a tensor still, with its history
    assert printed[1] == f"y.item(): {x.item() ** 2} float"
    assert printed[2] == f"x.data.item(): {x.item()}"
    assert printed[3] == f"x.grad.item(): {2 * x.item()}"  # d(x^2)/dx = 2x
    assert printed[4] == "int tensor: 7 int"


def test_data_is_the_same_values_without_tracking():
    x = torch.tensor(2.0, requires_grad=True)
    assert x.data.item() == x.item() and not x.data.requires_grad
    assert x.data.data_ptr() == x.data_ptr()  # the same memory


def test_the_example_prints_the_two_element_error(example):
    assert example("item").stdout.splitlines()[6] == "2 elements: a Tensor with 2 elements cannot be converted to Scalar"


def test_pitfall_grad_is_none_before_backward_and_a_number_after(example):
    ran = example("item", "pitfall")
    printed = ran.stdout.splitlines()
    assert printed[0] == "before backward, x.grad is None"
    assert printed[1] == "AttributeError: 'NoneType' object has no attribute 'item'"  # names NoneType, not the tensor
    assert float(printed[2].split(": ")[1]) == 2 * ran.globals["x"].item()
