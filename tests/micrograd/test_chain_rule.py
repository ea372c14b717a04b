"""chain rule: the page's claims, checked."""

import math

import pytest
import torch

from glossary_examples import chain_rule  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value


def test_rates_multiply_along_a_chain():
    walker = Value(1.0)
    bicycle = walker * 4
    car = bicycle * 2
    car.backward()
    assert walker.grad == 2 * 4 == 8


def test_neuron_x1_grad_is_the_product_of_local_derivatives():
    x1, x2, w1, w2 = Value(2.0), Value(0.0), Value(-3.0), Value(1.0)
    b = Value(6.8813735870195432)
    n = x1 * w1 + x2 * w2 + b
    o = n.tanh()
    o.backward()
    by_hand = (1 - o.data**2) * 1.0 * w1.data
    assert round(1 - o.data**2, 4) == 0.5
    assert x1.grad == pytest.approx(by_hand, abs=1e-15)
    assert round(x1.grad, 4) == round(by_hand, 4) == -1.5
    xs = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (2.0, 0.0, -3.0, 1.0, 6.8813735870195432)]
    torch.tanh(xs[0] * xs[2] + xs[1] * xs[3] + xs[4]).backward()
    assert x1.grad == pytest.approx(xs[0].grad.item(), abs=1e-15)


def test_each_backward_multiplies_local_derivative_by_out_grad():
    a, b = Value(2.0), Value(-3.0)
    out = a * b
    out.grad = 5.0  # pretend dL/dout = 5
    out._backward()
    assert (a.grad, b.grad) == (b.data * 5.0, a.data * 5.0)


def test_paths_add_up():
    a = Value(2.0)
    z = a + a * 3
    z.backward()
    assert a.grad == 3 * 1 + 1 == 4.0
    h = 1e-6
    slope = ((2.0 + h) + (2.0 + h) * 3 - ((2.0 - h) + (2.0 - h) * 3)) / (2 * h)
    assert a.grad == pytest.approx(slope, abs=1e-6)


@pytest.mark.parametrize("x0", [-2.0, -0.3, 0.3, 1.1])
def test_tanh_of_a_polynomial_matches_the_chain_rule_formula(x0):
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    zt = torch.tanh(xt**2 + 3 * xt)
    zt.backward()
    formula = (1 - math.tanh(x0**2 + 3 * x0) ** 2) * (2 * x0 + 3)
    x = Value(x0)
    (x**2 + 3 * x).tanh().backward()
    assert xt.grad.item() == pytest.approx(formula, rel=1e-12)
    assert x.grad == pytest.approx(formula, rel=1e-12)
    if x0 == 0.3:  # the page's number, and a central difference
        assert round(xt.grad.item(), 8) == 1.53504832
        g = lambda v: math.tanh(v * v + 3 * v)  # noqa: E731
        assert (g(0.3 + 1e-6) - g(0.3 - 1e-6)) / 2e-6 == pytest.approx(1.53504832, abs=1e-8)
