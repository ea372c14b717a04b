"""leaf tensor: the page's claims, checked."""

import warnings

import pytest
import torch

from glossary_examples import leaf_tensor  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value


def test_only_leaves_get_grad_and_reading_a_non_leaf_grad_warns():
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    (b * b).backward()
    assert (a.is_leaf, a.grad_fn, a.grad.item()) == (True, None, 36.0)
    assert (b.is_leaf, type(b.grad_fn).__name__) == (False, "MulBackward0")
    with pytest.warns(UserWarning, match="not a leaf Tensor is being accessed"):
        assert b.grad is None


def test_which_tensors_are_leaves():
    x = torch.tensor(1.0)
    assert x.is_leaf and (x * 2).is_leaf  # requires_grad=False: leaves by convention
    w = torch.tensor(1.0, requires_grad=True)
    assert w.is_leaf and not (w * 2).is_leaf and (w * 2).detach().is_leaf


def test_retain_grad_keeps_a_non_leaf_gradient():
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    b.retain_grad()
    (b * b).backward()
    assert (b.grad.item(), a.grad.item()) == (2 * b.item(), 6 * b.item()) == (12.0, 36.0)


def test_pitfall_scaling_after_requires_grad_sends_the_gradient_to_a_hidden_leaf():
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn(3, generator=g, requires_grad=True) * 0.1
    (W**2).sum().backward()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not W.is_leaf and W.grad is None  # wrong
    hidden = W.grad_fn.next_functions[0][0].variable  # the unnamed leaf before "* 0.1"
    assert torch.allclose(hidden.grad, 2 * W.detach() * 0.1)
    g = torch.Generator().manual_seed(2147483647)
    right = (torch.randn(3, generator=g) * 0.1).requires_grad_()
    (right**2).sum().backward()
    assert right.is_leaf and torch.allclose(right.grad, 2 * right.detach())  # right
    assert torch.equal(right.detach(), W.detach())  # the same numbers either way


def test_micrograd_keeps_every_grad_and_its_leaves_have_no_prev():
    a = Value(2.0)
    b = a * 3
    (b * b).backward()
    assert (not a._prev, not b._prev) == (True, False)
    assert (a.grad, b.grad) == (36.0, 12.0)
