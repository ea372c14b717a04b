""".backward(): the page's claims, checked."""

import warnings

import matplotlib.pyplot as plt
import pytest
import torch

from glossary_examples import _registry, _runner, backward  # noqa: F401  (runs the page's examples)
from glossary_examples.micrograd import Value


@pytest.mark.parametrize("f", [lambda x: x ** 2, lambda x: torch.tanh(x), lambda x: x.exp() * x, lambda x: 1 / (1 + x * x)])
@pytest.mark.parametrize("x0", [-1.5, 0.3, 2.0])
def test_gradient_matches_finite_differences(f, x0):
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    f(x).backward()
    h = 1e-6
    numeric = (f(torch.tensor(x0 + h, dtype=torch.float64)) - f(torch.tensor(x0 - h, dtype=torch.float64))) / (2 * h)
    assert x.grad.item() == pytest.approx(numeric.item(), rel=1e-6, abs=1e-9)


def test_chain_rule_through_an_intermediate_with_retain_grad():
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    b.retain_grad()
    c = b * b
    c.backward()
    assert b.grad.item() == 2 * b.item() == 12.0  # dc/db = 2b
    assert a.grad.item() == 18 * a.item() == 36.0  # dc/da = 2b * 3 = 18a


def test_non_leaf_without_retain_grad_has_no_grad_and_warns():
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    (b * b).backward()
    with pytest.warns(UserWarning, match="not a leaf Tensor"):
        assert b.grad is None
    assert a.grad.item() == 36.0


def test_gradients_of_two_backward_passes_add_up():
    x = torch.tensor(2.0, requires_grad=True)
    (x ** 2).backward()  # 2x = 4
    (x ** 3).backward()  # 3x^2 = 12
    assert x.grad.item() == 4.0 + 12.0


@pytest.mark.parametrize("reset", ["none", "zero_"])
def test_both_resets_start_from_zero(reset):
    x = torch.tensor(2.0, requires_grad=True)
    (x ** 2).backward()
    if reset == "none":
        x.grad = None
    else:
        x.grad.zero_()
        assert x.grad.item() == 0.0
    (x ** 2).backward()
    assert x.grad.item() == 4.0


def test_micrograd_value_accumulates_the_same_way():
    a = Value(2.0)
    (a * a).backward()
    (a * a).backward()
    x = torch.tensor(2.0, requires_grad=True)
    (x * x).backward()
    (x * x).backward()
    assert a.grad == x.grad.item() == 8.0


def test_second_backward_on_the_same_graph_raises_unless_retain_graph():
    x = torch.tensor(2.0, requires_grad=True)
    y = x ** 3
    y.backward()
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        y.backward()
    x.grad = None
    z = x ** 3
    z.backward(retain_graph=True)
    z.backward()
    assert x.grad.item() == 2 * 12.0  # allowed now, and accumulated


def test_non_scalar_output_needs_a_gradient_argument():
    x = torch.ones(3, requires_grad=True)
    with pytest.raises(RuntimeError, match="only for scalar outputs"):
        (x * 2).backward()
    (x * 2).backward(gradient=torch.ones(3))
    assert x.grad.tolist() == [2.0, 2.0, 2.0]


def test_pitfall_without_reset_gradients_grow_with_reset_they_stay():
    x = torch.tensor(2.0, requires_grad=True)
    wrong = []
    for _ in range(3):
        (x ** 2).backward()
        wrong.append(x.grad.item())
    right = []
    for _ in range(3):
        x.grad = None
        (x ** 2).backward()
        right.append(x.grad.item())
    assert wrong == [4.0, 8.0, 12.0]
    assert right == [4.0, 4.0, 4.0]


def _descend(reset: bool) -> list[float]:
    w = torch.tensor(0.0, requires_grad=True)
    losses = []
    for _ in range(30):
        loss = (w - 3.0) ** 2
        losses.append(loss.item())
        if reset:
            w.grad = None
        loss.backward()
        w.data -= 0.1 * w.grad
    return losses


def test_figure_claim_reset_converges_and_no_reset_keeps_swinging():
    right, wrong = _descend(True), _descend(False)
    assert right[-1] < 1e-3 and all(a >= b for a, b in zip(right, right[1:]))
    assert max(wrong[20:]) > 8.0  # back up near the starting loss of 9
    term = _registry.discover()["backward"]
    plt.close("all")  # figures left open by importing term modules are not this region's
    assert len(_runner.execute(term, term.regions["figure"]).figures) == 1


def test_example_prints_the_second_backward_error():
    term = _registry.discover()["backward"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the example reads no non-leaf .grad without retain_grad
        printed = _runner.execute(term, term.regions["example"]).stdout
    assert "dc/db = 2b   = 12.0" in printed and "dc/da = 18a  = 36.0" in printed
    assert "second backward: Trying to backward through the graph a second time" in printed


def test_optimizer_zero_grad_sets_grad_to_none_by_default():
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    (w * 2).backward()
    optimizer.zero_grad()
    assert w.grad is None


def test_micrograd_zero_grad_resets_each_parameter_to_zero():
    import random

    from glossary_examples.micrograd import MLP

    random.seed(0)
    model = MLP(2, [3, 1])
    model([1.0, -1.0]).backward()
    assert any(p.grad != 0.0 for p in model.parameters())
    model.zero_grad()
    assert all(p.grad == 0.0 for p in model.parameters())
