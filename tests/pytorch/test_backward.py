""".backward(): the page's claims, checked."""

import random
import warnings

import pytest
import torch

from glossary_examples.micrograd import MLP, Value


@pytest.mark.parametrize("f", [lambda x: x ** 2, torch.tanh, lambda x: x.exp() * x, lambda x: 1 / (1 + x * x)])
@pytest.mark.parametrize("x0", [-1.5, 0.3, 2.0])
def test_gradient_matches_finite_differences(f, x0):
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    f(x).backward()
    h = 1e-6
    numeric = (f(torch.tensor(x0 + h, dtype=torch.float64)) - f(torch.tensor(x0 - h, dtype=torch.float64))) / (2 * h)
    assert x.grad.item() == pytest.approx(numeric.item(), rel=1e-6, abs=1e-9)


def test_the_example_applies_the_chain_rule_through_b(example):
    ran = example("backward")
    a, b = ran.globals["a"], ran.globals["b"]
    assert b.grad.item() == 2 * b.item() == 12.0  # dc/db = 2b
    assert a.grad.item() == 18 * a.item() == 36.0  # dc/da = dc/db * db/da = 2b * 3 = 18a
    printed = ran.stdout.splitlines()
    assert [float(line.split("=")[-1]) for line in printed[:2]] == [b.grad.item(), a.grad.item()]


def test_the_example_reads_no_non_leaf_grad_without_retain_grad():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # reading b.grad without retain_grad() would warn
        a = torch.tensor(2.0, requires_grad=True)
        b = a * 3
        b.retain_grad()
        (b * b).backward()
        assert b.grad.item() == 12.0


def test_the_example_second_backward_on_the_used_graph_raises(example):
    printed = example("backward").stdout.splitlines()[2]
    assert printed.startswith("second backward: Trying to backward through the graph a second time")
    assert "retain_graph=True" in printed  # the error names the way out


def test_a_non_leaf_keeps_no_grad_and_reading_it_warns():
    a = torch.tensor(2.0, requires_grad=True)
    b = a * 3
    (b * b).backward()
    with pytest.warns(UserWarning, match="not a leaf Tensor"):
        assert b.grad is None
    assert a.grad.item() == 36.0


@pytest.mark.parametrize("calls", [1, 2, 3, 7])
def test_gradients_add_up_over_any_number_of_backward_passes(calls):
    x = torch.tensor(2.0, requires_grad=True)
    for _ in range(calls):
        (x ** 2).backward()  # each pass adds 2x = 4
    assert x.grad.item() == 4.0 * calls


def test_two_different_backward_passes_add_their_gradients():
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


def test_optimizer_zero_grad_sets_grad_to_none_by_default():
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    (w * 2).backward()
    optimizer.zero_grad()
    assert w.grad is None


def test_micrograd_value_accumulates_the_same_way():
    a = Value(2.0)
    (a * a).backward()
    (a * a).backward()
    x = torch.tensor(2.0, requires_grad=True)
    (x * x).backward()
    (x * x).backward()
    assert a.grad == x.grad.item() == 8.0


def test_micrograd_zero_grad_resets_each_parameter_to_zero():
    random.seed(0)
    model = MLP(2, [3, 1])
    model([1.0, -1.0]).backward()
    assert any(p.grad != 0.0 for p in model.parameters())
    model.zero_grad()
    assert all(p.grad == 0.0 for p in model.parameters())


@pytest.mark.parametrize("make", [lambda x: x ** 3, lambda x: x * 3, lambda x: x.exp(), lambda x: torch.tanh(x) * x])
def test_second_backward_on_the_same_graph_raises_unless_retain_graph(make):
    x = torch.tensor(2.0, requires_grad=True)
    y = make(x)
    y.backward()
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        y.backward()
    x.grad = None
    z = make(x)
    z.backward(retain_graph=True)
    first = x.grad.item()
    z.backward()
    assert x.grad.item() == 2 * first  # allowed now, and accumulated


def test_a_graph_that_saved_nothing_does_not_raise_and_adds_again():
    x = torch.tensor(2.0, requires_grad=True)
    y = x + 1  # addition needs no saved values for its backward
    y.backward()
    y.backward()  # no error ...
    assert x.grad.item() == 2.0  # ... and the gradient 1 was added twice


@pytest.mark.parametrize("shape", [(), (1,), (1, 1), (1, 1, 1)])
def test_an_output_with_exactly_one_element_needs_no_gradient_argument(shape):
    x = torch.ones(shape, requires_grad=True)
    (x * 2).backward()
    assert x.grad.flatten().tolist() == [2.0]


@pytest.mark.parametrize("shape", [(0,), (2,), (3, 1), (2, 2)])
def test_any_other_output_needs_a_gradient_argument(shape):
    x = torch.ones(shape, requires_grad=True)
    with pytest.raises(RuntimeError, match="only for scalar outputs"):
        (x * 2).backward()
    (x * 2).backward(gradient=torch.ones(shape))
    assert (x.grad == 2.0).all()


def test_pitfall_without_reset_gradients_grow_with_reset_they_stay(example):
    printed = example("backward", "pitfall").stdout.splitlines()
    grads = [float(line.split("=")[-1]) for line in printed]
    x = 2.0
    assert grads[:3] == [2 * x * (step + 1) for step in range(3)]  # 4, 8, 12: the sum of all passes
    assert grads[3:] == [2 * x] * 3  # d(x^2)/dx = 2x every time


def descend(reset):
    w, grad, losses = 0.0, 0.0, []
    for _ in range(30):
        losses.append((w - 3.0) ** 2)
        grad = (0.0 if reset else grad) + 2 * (w - 3.0)  # d/dw (w - 3)^2, added to what .grad held
        w -= 0.1 * grad
    return losses


def test_figure_reset_converges_and_no_reset_keeps_swinging(example):
    figure = example("backward", "figure")
    assert figure.globals["losses"] == pytest.approx(descend(reset=False), rel=1e-4, abs=1e-6)  # the last run drawn (float32)
    right, wrong = descend(reset=True), descend(reset=False)
    assert right[-1] < 1e-3 and all(a >= b for a, b in zip(right, right[1:]))  # settles at 0
    assert max(wrong[20:]) > 8.0  # swings back up near the starting loss of 9
    assert len(figure.figures) == 1
