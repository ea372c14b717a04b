""".item(): the page's claims, checked."""

import numpy as np
import pytest
import torch

from glossary_examples import _registry, _runner, item  # noqa: F401  (runs the page's examples)


@pytest.mark.parametrize("t", [torch.tensor(3.5), torch.tensor([3.5]), torch.tensor([[3.5]]), torch.full((1, 1, 1), 3.5)])
def test_any_one_element_shape_works(t):
    assert t.numel() == 1 and t.item() == 3.5


@pytest.mark.parametrize("shape", [(2,), (2, 1), (3, 3), (0,)])
def test_other_element_counts_raise(shape):
    with pytest.raises(RuntimeError, match="cannot be converted to Scalar"):
        torch.zeros(shape).item()


@pytest.mark.parametrize("t, kind", [
    (torch.tensor(1.5), float), (torch.tensor(1.5, dtype=torch.float64), float), (torch.tensor(7), int),
    (torch.tensor(7, dtype=torch.int32), int), (torch.tensor(True), bool),
])
def test_python_type_follows_the_dtype(t, kind):
    assert type(t.item()) is kind


def test_float32_value_is_converted_exactly_not_rounded_back():
    assert torch.tensor(0.1).item() == float(np.float32(0.1)) == 0.10000000149011612
    assert torch.tensor(0.1).item() != 0.1
    assert torch.tensor(0.1, dtype=torch.float64).item() == 0.1


def test_result_is_outside_autograd():
    x = torch.tensor(2.0, requires_grad=True)
    y = x ** 2
    assert y.requires_grad and not hasattr(y.item(), "grad_fn")
    z = torch.tensor(y.item()) * 3  # rebuilt from the number: no path back to x
    assert z.grad_fn is None and not z.requires_grad


def test_item_data_item_and_grad_item():
    x = torch.tensor(2.0, requires_grad=True)
    assert x.item() == x.data.item() == 2.0
    assert not x.data.requires_grad and x.data.data_ptr() == x.data_ptr()  # same memory, no tracking
    (x ** 2).backward()
    assert x.grad.item() == 2 * x.item()  # d(x^2)/dx = 2x


def test_pitfall_grad_item_before_backward_fails_and_after_backward_works():
    x = torch.tensor(2.0, requires_grad=True)
    y = x ** 2
    assert x.grad is None
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'item'"):
        x.grad.item()  # wrong: nothing computed yet
    y.backward()
    assert x.grad.item() == 4.0  # right


def test_example_prints_the_error_for_two_elements():
    term = _registry.discover()["item"]
    printed = _runner.execute(term, term.regions["example"]).stdout
    assert "2 elements: a Tensor with 2 elements cannot be converted to Scalar" in printed
    assert "y.item(): 4.0 float" in printed and "int tensor: 7 int" in printed
