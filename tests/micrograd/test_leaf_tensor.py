"""leaf tensor: the page's claims, checked."""

import warnings

import pytest
import torch

from glossary_examples.micrograd import Value


def test_only_leaves_get_grad_and_reading_a_non_leaf_grad_warns(example):
    lines = example("leaf_tensor").stdout.splitlines()
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    (b * b).backward()
    assert (a.is_leaf, a.grad_fn, a.grad.item()) == (True, None, 18 * 2.0)  # d(9a**2)/da = 18a
    assert (b.is_leaf, type(b.grad_fn).__name__) == (False, "MulBackward0")
    with pytest.warns(UserWarning, match="not a leaf Tensor is being accessed") as caught:
        assert b.grad is None
    assert lines[0] == f"a.is_leaf: True  a.grad_fn: None  a.grad: {a.grad!s}"
    assert lines[2] == "b.grad: None" and lines[3] == "warning: " + str(caught[0].message).split(". ")[0]


def test_which_tensors_are_leaves():
    x = torch.tensor(1.0)
    assert x.is_leaf and (x * 2).is_leaf  # requires_grad=False: leaves by convention
    w = torch.tensor(1.0, requires_grad=True)
    assert w.is_leaf and not (w * 2).is_leaf and (w * 2).detach().is_leaf
    with torch.no_grad():
        unrecorded = w * 2
    assert unrecorded.is_leaf and not unrecorded.requires_grad  # computed under no_grad: a leaf after all


@pytest.mark.parametrize("op", [lambda w: w > 0, lambda w: w.argmax(), lambda w: w.long(), lambda w: w.detach()])
def test_results_that_cannot_carry_a_gradient_are_leaves(op):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    result = op(w)
    assert result.is_leaf and not result.requires_grad and result.grad_fn is None
    assert not (w * 2).is_leaf  # while a float result of the same tensor is not


def test_by_default_only_leaves_get_a_grad_retain_grad_keeps_a_non_leaf_one(example):
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    b.retain_grad()
    (b * b).backward()
    assert (b.grad.item(), a.grad.item()) == (2 * b.item(), 6 * b.item()) == (12.0, 36.0)
    assert example("leaf_tensor", "retain_grad").stdout.splitlines() == [
        f"b.grad (dc/db = 2b): {b.grad!s}", f"a.grad (dc/da = 6b): {a.grad!s}"]


def test_pitfall_scaling_after_requires_grad_sends_the_gradient_to_a_hidden_leaf(example):
    run = example("leaf_tensor", "pitfall")
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn(3, generator=g, requires_grad=True) * 0.1
    (W**2).sum().backward()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not W.is_leaf and W.grad is None  # wrong
    hidden = W.grad_fn.next_functions[0][0].variable  # the unnamed leaf before "* 0.1"
    assert torch.allclose(hidden.grad, 2 * W.detach() * 0.1)
    right = run.globals["W"]
    assert right.is_leaf and torch.allclose(right.grad, 2 * right.detach())  # right
    assert torch.equal(right.detach(), W.detach())  # the same numbers either way
    wrong_line, right_line = run.stdout.splitlines()
    assert wrong_line.endswith("W.is_leaf False  W.grad None") and right_line.endswith(f"W.grad {right.grad!s}")


def test_micrograd_fills_every_grad_and_its_leaves_have_no_prev(example):
    a = Value(2.0)
    b = a * 3
    (b * b).backward()
    at = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    bt = at * 3
    bt.retain_grad()
    (bt * bt).backward()
    assert (not a._prev, not b._prev) == (True, False)
    assert (a.grad, b.grad) == (at.grad.item(), bt.grad.item())
    assert example("leaf_tensor", "micrograd").stdout.splitlines() == [
        f"a is a leaf: True  a.grad: {a.grad!s}", f"b is a leaf: False  b.grad: {b.grad}"]
