"""chain rule: the page's claims, checked."""

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import NEURON, numbers


def test_rates_multiply_along_a_chain():
    walker = Value(1.0)
    car = (walker * 4) * 2
    car.backward()
    assert walker.grad == 2 * 4 == 8


def test_the_printed_product_of_local_derivatives_is_torchs_x1_grad(example):
    do_dn, product, x1_grad = (numbers(line.split(":", 1)[1])[0] for line in example("chain_rule").stdout.splitlines())
    t = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    o = torch.tanh(t["x1"] * t["w1"] + t["x2"] * t["w2"] + t["b"])
    o.backward()
    assert do_dn == pytest.approx(1 - o.item() ** 2, abs=5e-5)
    assert product == x1_grad == pytest.approx(t["x1"].grad.item(), abs=5e-5)
    assert t["x1"].grad.item() == pytest.approx((1 - o.item() ** 2) * 1.0 * NEURON["w1"], abs=1e-15)


def test_each_backward_multiplies_local_derivative_by_out_grad():
    a, b = Value(2.0), Value(-3.0)
    out = a * b
    out.grad = 5.0  # pretend dL/dout = 5
    out._backward()
    assert (a.grad, b.grad) == (b.data * 5.0, a.data * 5.0)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.floats(-700, 700), st.floats(-10, 10))
def test_exps_local_derivative_is_its_own_output(a0, upstream):
    a = Value(a0)
    out = a.exp()
    out.grad = upstream
    out._backward()
    assert a.grad == out.data * upstream  # out.data, e^a (a.data would give a * upstream)
    at = torch.tensor(a0, dtype=torch.float64, requires_grad=True)
    torch.exp(at).backward(torch.tensor(upstream, dtype=torch.float64))
    assert a.grad == pytest.approx(at.grad.item(), rel=1e-12)


def test_paths_add_up(example):
    path_sum, a_grad = (numbers(line.split(":")[-1].split("=")[-1])[0] for line in
                        example("chain_rule", "paths").stdout.splitlines())
    at = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    (at + at * 3).backward()
    assert path_sum == a_grad == at.grad.item() == 3 * 1 + 1


@pytest.mark.parametrize("x0", [-2.0, -0.3, 0.3, 1.1])
def test_tanh_of_a_polynomial_matches_the_chain_rule_formula(x0):
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    torch.tanh(xt**2 + 3 * xt).backward()
    formula = (1 - math.tanh(x0**2 + 3 * x0) ** 2) * (2 * x0 + 3)
    x = Value(x0)
    (x**2 + 3 * x).tanh().backward()
    assert xt.grad.item() == pytest.approx(formula, rel=1e-12)
    assert x.grad == pytest.approx(formula, rel=1e-12)


def test_the_printed_torch_numbers_are_the_formula_and_a_central_difference(example):
    formula, x_grad = (numbers(line.split(":")[1])[0] for line in example("chain_rule", "torch").stdout.splitlines())
    g = lambda v: math.tanh(v * v + 3 * v)  # noqa: E731
    assert formula == x_grad == pytest.approx((1 - g(0.3) ** 2) * (2 * 0.3 + 3), abs=5e-9)
    assert (g(0.3 + 1e-6) - g(0.3 - 1e-6)) / 2e-6 == pytest.approx(x_grad, abs=1e-8)


def test_pitfall_the_exponent_gets_no_gradient_in_micrograd_but_does_in_torch(example):
    lines = example("chain_rule", "pow").stdout.splitlines()
    assert numbers(lines[0])[-1] == 3 * 2.0**2
    assert "AssertionError" in lines[1]  # a Value exponent is refused
    dy_dx, dy_dn = numbers(lines[2].split(":", 1)[1])[0], numbers(lines[2])[-1]
    assert dy_dx == 12.0 and dy_dn == pytest.approx(2.0**3 * math.log(2.0), abs=5e-5)
    x = Value(2.0)
    y = x**3
    y.backward()
    assert [v for v in y._prev] == [x]  # the exponent is not in the graph at all
