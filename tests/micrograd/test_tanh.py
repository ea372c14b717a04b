"""tanh: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import NEURON, LectureValue, numbers


def test_exponential_formula_range_and_oddness():
    x = torch.linspace(-8, 8, 1601, dtype=torch.float64)
    t = torch.tanh(x)
    assert torch.allclose(t, (torch.exp(2 * x) - 1) / (torch.exp(2 * x) + 1), atol=1e-15)
    assert ((t > -1) & (t < 1)).all()  # strictly inside (-1, 1) while float64 can tell
    assert torch.equal(torch.tanh(-x), -t)
    assert torch.tanh(torch.tensor(0.0)).item() == 0.0


def test_the_formula_computed_literally_overflows_where_math_tanh_does_not():
    with pytest.raises(OverflowError):
        math.exp(2 * 354.9)
    math.exp(2 * 354.89)  # just below: fine
    literal = lambda t: (torch.exp(2 * t) - 1) / (torch.exp(2 * t) + 1)  # noqa: E731
    assert literal(torch.tensor(354.0, dtype=torch.float64)).item() == 1.0
    assert math.isnan(literal(torch.tensor(355.0, dtype=torch.float64)).item())
    assert literal(torch.tensor(44.3)).item() == 1.0 and math.isnan(literal(torch.tensor(44.4)).item())  # float32
    with np.errstate(over="ignore", invalid="ignore"):
        assert math.isnan((np.exp(2 * 400.0) - 1) / (np.exp(2 * 400.0) + 1))
    with pytest.raises(OverflowError):
        LectureValue(400.0).tanh()  # the lecture's Value.tanh computes the formula
    assert Value(400.0).tanh().data == math.tanh(400.0) == 1.0


def test_the_lectures_tanh_and_this_one_differ_in_the_last_digit_for_the_lectures_neuron():
    n = NEURON["x1"] * NEURON["w1"] + NEURON["x2"] * NEURON["w2"] + NEURON["b"]
    assert repr(Value(n).tanh().data) == "0.7071067811865477"
    assert repr(LectureValue(n).tanh().data) == "0.7071067811865476"


def test_tanh_is_a_rescaled_sigmoid():
    x = torch.linspace(-10, 10, 401, dtype=torch.float64)
    assert torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1, atol=1e-15)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.floats(min_value=-30, max_value=30))
def test_micrograd_gradient_is_one_minus_tanh_squared_like_torch(x0):
    x = Value(x0)
    t = x.tanh()
    t.backward()
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    torch.tanh(xt).backward()
    assert t.data == pytest.approx(math.tanh(x0), abs=1e-15)
    assert x.grad == pytest.approx(1 - math.tanh(x0) ** 2, abs=1e-15)
    assert x.grad == pytest.approx(xt.grad.item(), abs=1e-15)
    h = 1e-6  # and a third way: central finite difference
    assert x.grad == pytest.approx((math.tanh(x0 + h) - math.tanh(x0 - h)) / (2 * h), abs=1e-8)


def test_derivative_is_one_at_zero_and_shrinks_with_distance():
    x = torch.linspace(0, 5, 51, dtype=torch.float64, requires_grad=True)
    torch.tanh(x).sum().backward()
    assert x.grad[0].item() == 1.0
    assert (x.grad[1:] < x.grad[:-1]).all()


def test_example_prints_matching_micrograd_and_torch_values(example):
    lines = example("tanh").stdout.splitlines()
    micrograd_line, torch_line, closed_form = (numbers(line.split(":")[1]) for line in lines[:3])
    assert micrograd_line == torch_line  # same value and gradient, both engines
    assert micrograd_line[1:] == pytest.approx([math.tanh(0.5), 1 - math.tanh(0.5) ** 2], abs=5e-7)
    assert closed_form[-1] == pytest.approx(1 - math.tanh(0.5) ** 2, abs=5e-7)


def test_float32_saturates_to_exactly_one_from_about_9_01(example):
    start, stop = np.float32(8.9).view(np.int32), np.float32(25.0).view(np.int32)
    every_float32 = torch.from_numpy(np.arange(start, stop, dtype=np.int32).view(np.float32))
    t = torch.tanh(every_float32)
    first = (t == 1.0).nonzero()[0].item()
    assert 9.01 <= every_float32[first].item() < 9.011  # the threshold the page states
    assert (t[first:] == 1.0).all() and (t[:first] < 1.0).all()  # and it stays there
    assert torch.equal(torch.tanh(-every_float32[first:]), -torch.ones(len(t) - first))  # same at -1
    saturated = example("tanh", "saturation").stdout.splitlines()[0].split(":")[1].strip()
    assert saturated == str((torch.tanh(torch.tensor([5.0, 8.9, 9.1, 20.0])) == 1.0).tolist())


def test_float64_saturates_to_exactly_one_from_about_19_06(example):
    x = torch.arange(18_000_000, 25_000_000, dtype=torch.float64) / 1_000_000  # step 1e-6
    t = torch.tanh(x)
    first = (t == 1.0).nonzero()[0].item()
    assert 19.06 <= x[first].item() < 19.07
    assert (t[first:] == 1.0).all() and (t[:first] < 1.0).all()
    assert math.tanh(19.0) < 1.0 and math.tanh(19.1) == 1.0  # Python floats are float64 too
    assert example("tanh", "saturation").stdout.splitlines()[-1].endswith("[False, False, True]")


def test_saturated_gradient_is_exactly_zero_in_torch_and_micrograd(example):
    x = torch.tensor([5.0, 8.9, 9.1, 20.0], requires_grad=True)
    torch.tanh(x).sum().backward()
    assert x.grad[1].item() > 0 and x.grad[2:].tolist() == [0.0, 0.0]
    printed = numbers(example("tanh", "saturation").stdout.splitlines()[1].split(":")[1])
    assert printed == pytest.approx(x.grad.tolist(), abs=5e-5)
    v = Value(20.0)
    v.tanh().backward()
    assert v.grad == 0.0


def test_the_figure_plots_tanh_and_its_derivative(example):
    ax = example("tanh", "figure").globals["ax"]
    (x, t), (_, slope) = (map(torch.as_tensor, line.get_data()) for line in ax.get_lines())
    assert torch.allclose(t, torch.tanh(x), atol=1e-6) and torch.allclose(slope, 1 - torch.tanh(x) ** 2, atol=1e-6)
    assert slope[(x - 3).abs().argmin()] < 0.01  # nearly 0 by |x| = 3
