"""requires_grad: the page's claims, checked."""

import pytest
import torch

from glossary_examples import _registry, _runner, requires_grad  # noqa: F401  (runs the page's examples)


@pytest.mark.parametrize("make", [
    lambda: torch.tensor(1.0), lambda: torch.zeros(3), lambda: torch.ones(2, 2), lambda: torch.arange(3.0),
])
def test_created_tensors_do_not_require_grad(make):
    assert make().requires_grad is False


def test_three_ways_to_turn_it_on():
    a = torch.tensor(1.0, requires_grad=True)
    b = torch.tensor(1.0)
    b.requires_grad = True
    c = torch.tensor(1.0)
    returned = c.requires_grad_()
    assert a.requires_grad and b.requires_grad and c.requires_grad
    assert returned is c


def test_results_require_grad_have_a_grad_fn_and_are_not_leaves():
    w = torch.tensor(2.0, requires_grad=True)
    y = w * 3
    assert (w.is_leaf, w.grad_fn) == (True, None)
    assert y.requires_grad and not y.is_leaf and type(y.grad_fn).__name__ == "MulBackward0"
    z = torch.tensor(5.0) + 1  # nothing requires grad: nothing recorded
    assert not z.requires_grad and z.grad_fn is None


def test_lecture_neuron_gradients_match_the_closed_form():
    x, w, b = 2.0, -3.0, 6.8813735870195432
    tx = torch.tensor(x, requires_grad=True)
    tw = torch.tensor(w, requires_grad=True)
    tb = torch.tensor(b, requires_grad=True)
    (tx * tw + tb).backward()
    assert (tx.grad.item(), tw.grad.item(), tb.grad.item()) == (w, x, 1.0)  # dn/dx = w, dn/dw = x, dn/db = 1


def test_only_float_and_complex_can_require_grad():
    for dtype in (torch.float16, torch.float32, torch.float64, torch.complex64):
        assert torch.zeros(1, dtype=dtype).requires_grad_().requires_grad
    for dtype in (torch.int32, torch.int64, torch.bool):
        with pytest.raises(RuntimeError, match="floating point"):
            torch.zeros(1, dtype=dtype).requires_grad_()
    with pytest.raises(RuntimeError, match="Only Tensors of floating point and complex dtype"):
        torch.tensor([1, 2, 3], requires_grad=True)


def test_only_leaves_can_change_the_flag_and_detach_cuts_the_graph():
    w = torch.tensor(2.0, requires_grad=True)
    y = w * 3
    with pytest.raises(RuntimeError, match="only change requires_grad flags of leaf variables"):
        y.requires_grad = False
    d = y.detach()
    assert not d.requires_grad and d.is_leaf and d.item() == y.item()
    assert d.data_ptr() == y.data_ptr()  # not a copy: the same data, without the history
    w.requires_grad = False  # a leaf may switch it off
    assert not w.requires_grad


def test_pitfall_backward_without_requires_grad_raises_and_with_it_works():
    x, w = torch.tensor(2.0), torch.tensor(-3.0)
    with pytest.raises(RuntimeError, match="does not require grad"):
        (x * w).backward()  # wrong: nothing was recorded
    w.requires_grad = True
    (x * w).backward()  # right
    assert w.grad.item() == 2.0 and x.grad is None


def test_examples_print_the_errors():
    term = _registry.discover()["requires_grad"]
    rules = _runner.execute(term, term.regions["rules"]).stdout
    assert "int tensor: Only Tensors of floating point and complex dtype can require gradients" in rules
    assert "y.detach().requires_grad: False" in rules
    pitfall = _runner.execute(term, term.regions["pitfall"]).stdout
    assert "dw: 2.0 | x.grad: None" in pitfall
