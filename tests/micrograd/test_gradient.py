"""gradient: the page's claims, checked."""

import math
import random

import pytest
import torch

from glossary_examples.micrograd import Value
from micrograd_lecture import numbers


def f(x):
    return 3 * x**2 - 4 * x + 5


def test_backward_gives_the_exact_derivative_6x_minus_4_like_torch(example):
    for x0 in [-2.0, 0.0, 3.0, 4.5]:
        x = Value(x0)
        y = f(x)
        y.backward()
        xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
        f(xt).backward()
        assert x.grad == 6 * x0 - 4 == xt.grad.item()
        assert y.grad == 1.0  # dL/dL = 1
    slope, exact, grad = (numbers(line.split(":")[1])[0] for line in example("gradient").stdout.splitlines())
    assert slope == pytest.approx(14 + 3 * 0.001, abs=1e-9)  # one-sided: off by 3h
    assert exact == grad == 14.0
    assert example("gradient", "torch").stdout.strip() == "x.grad: " + str(torch.tensor(14.0))


def test_backward_adds_to_a_leaf_and_holds_the_gradient_only_if_it_started_at_0():
    x = Value(3.0)
    x.grad = 1.0  # left over
    f(x).backward()
    assert x.grad == 1.0 + 14.0
    xt = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    f(xt).backward()
    f(xt).backward()
    assert xt.grad.item() == 28.0  # PyTorch adds too


def test_one_sided_difference_is_off_by_3h_and_the_central_one_is_exact_for_a_parabola(example):
    rows = [numbers(line) for line in example("gradient", "step_size").stdout.splitlines()[1:]]
    for h, forward, central in rows[:2]:  # h = 0.1, 0.001
        assert forward == pytest.approx(14 + 3 * h, abs=1e-9)
        assert central == pytest.approx(14.0, abs=1e-9)
    for h in [0.1, 0.001]:
        assert abs((f(3.0 + h) - f(3.0 - h)) / (2 * h) - 14) < 1e-12  # exact up to rounding


def test_a_tiny_nudge_loses_digits_to_rounding_and_then_central_is_no_better(example):
    rows = {h: (forward, central) for h, forward, central in
            (numbers(line) for line in example("gradient", "step_size").stdout.splitlines()[1:])}
    error = {h: (abs(fw - 14), abs(c - 14)) for h, (fw, c) in rows.items()}
    assert error[1e-6][0] < 1e-5 and error[1e-6][1] < error[1e-6][0]  # central better while h is large enough
    assert error[1e-12][0] > 100 * error[1e-6][0]  # smaller h, larger error
    assert error[1e-15][0] > 1
    for h in (1e-9, 1e-12, 1e-15):
        assert error[h][1] >= error[1e-6][1] and error[h][1] > 1e-7  # rounding dominates the central one too


@pytest.mark.parametrize(("g", "x0"), [(math.sin, 1.0), (math.exp, 0.5), (math.tanh, 0.8), (f, 3.0)])
def test_central_difference_error_shrinks_like_h_squared_forward_like_h(g, x0):
    exact = {math.sin: math.cos(x0), math.exp: math.exp(x0), math.tanh: 1 - math.tanh(x0) ** 2, f: 14.0}[g]
    for h in (1e-2, 1e-3, 1e-4):
        forward = abs((g(x0 + h) - g(x0)) / h - exact)
        central = abs((g(x0 + h) - g(x0 - h)) / (2 * h) - exact)
        assert central < forward


def test_where_the_second_derivative_is_0_central_is_no_more_accurate():
    for h in (1e-2, 1e-3):
        forward = abs((math.tanh(h) - math.tanh(0.0)) / h - 1.0)
        central = abs((math.tanh(h) - math.tanh(-h)) / (2 * h) - 1.0)
        assert central == pytest.approx(forward, rel=1e-6)  # tanh'' (0) = 0: same leading error, h**2 / 3


def test_each_grad_is_the_slope_when_only_that_input_moves(example):
    lines = example("gradient", "partial").stdout.splitlines()[1:]
    at, bt, ct = (torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in (2.0, -3.0, 10.0))
    (at * bt + ct).backward()
    for line, t in zip(lines, (at, bt, ct)):
        slope, grad = numbers(line.split(":")[1])
        assert slope == pytest.approx(t.grad.item(), abs=1e-6) and grad == t.grad.item()


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
    d = lambda p: p[0] * p[1] + p[2]  # noqa: E731
    down = [x - 0.01 * g for x, g in zip(point, grad.tolist())]
    up = [x + 0.01 * g for x, g in zip(point, grad.tolist())]
    assert d(down) < d(point) < d(up)  # a small step against the gradient lowers the function


def test_the_figure_draws_the_tangent_at_x_3_with_slope_14_below_the_parabola(example):
    ran = example("gradient", "figure")
    xs = ran.globals["xs"]
    f = lambda x: 3 * x**2 - 4 * x + 5  # noqa: E731  (the lecture's function, as plotted)
    tangent = 20 + 14 * (xs - 3)
    at_3 = xs == 3
    assert len(ran.figures) == 1 and at_3.any() and (f(xs)[at_3] == tangent[at_3]).all()  # they touch at x = 3
    assert (f(xs) >= tangent).all()  # a parabola opening upwards lies above its tangent everywhere
