"""gradient: the page's claims, checked."""

import random

import pytest
import torch

from glossary_examples import gradient  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value


def f(x):
    return 3 * x**2 - 4 * x + 5


def test_backward_gives_the_exact_derivative_6x_minus_4():
    for x0 in [-2.0, 0.0, 3.0, 4.5]:
        x = Value(x0)
        y = f(x)
        y.backward()
        xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
        f(xt).backward()
        assert x.grad == 6 * x0 - 4 == xt.grad.item()
        assert y.grad == 1.0  # dL/dL = 1


def test_one_sided_difference_is_off_by_3h_and_the_central_one_is_exact_for_a_parabola():
    for h in [0.1, 0.001]:
        assert (f(3.0 + h) - f(3.0)) / h == pytest.approx(14 + 3 * h, abs=1e-9)
        assert (f(3.0 + h) - f(3.0 - h)) / (2 * h) == pytest.approx(14.0, abs=1e-9)
    assert round((f(3.001) - f(3.0)) / 0.001, 6) == 14.003  # the page's first line
    assert f(3.0) == 20.0  # the point the tangent touches in the figure


def test_a_tiny_nudge_loses_digits_to_rounding():
    error = {h: abs((f(3.0 + h) - f(3.0)) / h - 14) for h in [1e-6, 1e-9, 1e-12, 1e-15]}
    assert error[1e-6] < 1e-5
    assert error[1e-12] > 100 * error[1e-6]  # smaller h, larger error
    assert error[1e-15] > 1
    assert (f(3.0 + 1e-6) - f(3.0 - 1e-6)) / 2e-6 == pytest.approx(14, abs=1e-8)  # central: better at the same h


def test_each_grad_is_the_slope_when_only_that_input_moves():
    a, b, c = Value(2.0), Value(-3.0), Value(10.0)
    d = a * b + c
    d.backward()
    assert (d.data, a.grad, b.grad, c.grad) == (4.0, b.data, a.data, 1.0)
    h = 1e-4
    assert ((2.0 + h) * -3.0 + 10.0 - 4.0) / h == pytest.approx(a.grad, abs=1e-9)
    assert (2.0 * (-3.0 + h) + 10.0 - 4.0) / h == pytest.approx(b.grad, abs=1e-9)
    assert (2.0 * -3.0 + (10.0 + h) - 4.0) / h == pytest.approx(c.grad, abs=1e-9)


def test_the_gradient_is_the_direction_of_steepest_increase():
    point = [2.0, -3.0, 10.0]
    leaves = [Value(x) for x in point]
    (leaves[0] * leaves[1] + leaves[2]).backward()
    grad = torch.tensor([v.grad for v in leaves], dtype=torch.float64)
    along_gradient = grad.norm().item()  # directional derivative along grad / |grad|
    random.seed(0)
    for _ in range(100):
        direction = torch.tensor([random.gauss(0, 1) for _ in range(3)], dtype=torch.float64)
        direction /= direction.norm()
        assert (grad @ direction).item() <= along_gradient + 1e-12
    # a small step against the gradient lowers the function, a step along it raises it
    d = lambda p: p[0] * p[1] + p[2]  # noqa: E731
    down = [x - 0.01 * g for x, g in zip(point, grad.tolist())]
    up = [x + 0.01 * g for x, g in zip(point, grad.tolist())]
    assert d(down) < d(point) < d(up)


def test_torch_region_gives_14():
    x = torch.tensor(3.0, requires_grad=True)
    f(x).backward()
    assert torch.equal(x.grad, torch.tensor(14.0))
