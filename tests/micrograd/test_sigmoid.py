"""sigmoid: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import LectureValue, numbers

X = torch.linspace(-10, 10, 401, dtype=torch.float64)


def test_formula_range_midpoint_and_symmetry():
    s = torch.sigmoid(X)
    assert torch.allclose(s, 1 / (1 + torch.exp(-X)), atol=1e-15)
    assert ((s > 0) & (s < 1)).all()
    assert torch.sigmoid(torch.tensor(0.0)).item() == 0.5
    assert torch.allclose(torch.sigmoid(-X), 1 - s, atol=1e-15)


def test_two_class_softmax_is_the_sigmoid():
    scores = torch.stack([X, torch.zeros_like(X)], dim=1)
    assert torch.allclose(F.softmax(scores, dim=1)[:, 0], torch.sigmoid(X), atol=1e-15)
    assert torch.sigmoid(torch.tensor(0.7)).item() == pytest.approx(F.softmax(torch.tensor([0.7, 0.0]), 0)[0].item())


def test_sigmoid_is_a_rescaled_tanh():
    assert torch.allclose(torch.sigmoid(X), (1 + torch.tanh(X / 2)) / 2, atol=1e-15)


def test_derivative_is_s_times_one_minus_s_and_peaks_at_a_quarter():
    x = X.clone().requires_grad_()
    s = torch.sigmoid(x)
    s.sum().backward()
    assert torch.allclose(x.grad, (s * (1 - s)).detach(), atol=1e-15)
    assert x.grad.max().item() == 0.25 and abs(X[x.grad.argmax()].item()) < 1e-12  # at x = 0
    assert x.grad[0].item() < 1e-4 and x.grad[-1].item() < 1e-4  # saturated at |x| = 10


def test_the_printed_micrograd_sigmoid_and_gradient_are_torchs(example):
    first, second = example("sigmoid").stdout.splitlines()
    value = float(first.split("=")[1])
    autograd, by_formula = (float(part.split(",")[0]) for part in second.split("=")[1:])
    xt = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
    torch.sigmoid(xt).backward()
    assert value == pytest.approx(torch.sigmoid(xt).item(), abs=5e-7)
    assert autograd == by_formula == pytest.approx(xt.grad.item(), abs=5e-7)


def test_the_printed_torch_lines(example):
    lines = example("sigmoid", "torch").stdout.splitlines()
    rows = [numbers(line.split(":")[1].replace("tensor(", "")) for line in lines[:3]]
    x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0])
    assert rows[0] == rows[1] == rows[2] == pytest.approx(torch.sigmoid(x).tolist(), abs=5e-5)
    assert lines[3].endswith("[False, True]")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.floats(min_value=-700, max_value=700))
def test_micrograd_sigmoid_from_exp_matches_torch(x0):
    x = Value(x0)
    s = 1 / (1 + (-x).exp())
    s.backward()
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    torch.sigmoid(xt).backward()
    assert s.data == pytest.approx(torch.sigmoid(xt).item(), rel=1e-12, abs=1e-15)
    # torch computes s * (1 - s), which keeps only absolute precision once s is near 1
    assert x.grad == pytest.approx(xt.grad.item(), rel=1e-9, abs=1e-15)
    assert x.grad == pytest.approx(s.data * (1 - s.data), rel=1e-9, abs=1e-15)


def test_the_lectures_value_needs_pow_minus_1_and_exp_overflows_below_minus_709_78():
    x = LectureValue(1.0)
    with pytest.raises(TypeError):
        1 / (1 + (-x).exp())
    s = (1 + (-x).exp()) ** -1
    s.backward()
    assert (s.data, x.grad) == pytest.approx((torch.sigmoid(torch.tensor(1.0, dtype=torch.float64)).item(),
                                              s.data * (1 - s.data)), rel=1e-12)
    assert (1 / (1 + (-Value(-709.78)).exp())).data > 0
    with pytest.raises(OverflowError):
        1 / (1 + (-Value(-709.79)).exp())


def test_float32_sigmoid_reaches_exactly_one_from_about_16_64():
    start, stop = np.float32(15.0).view(np.int32), np.float32(30.0).view(np.int32)
    every_float32 = torch.from_numpy(np.arange(start, stop, dtype=np.int32).view(np.float32))
    s = torch.sigmoid(every_float32)
    first = (s == 1.0).nonzero()[0].item()
    assert 16.63 < every_float32[first].item() < 16.64
    assert (s[first:] == 1.0).all() and (s[:first] < 1.0).all()
    x = torch.tensor([17.0], requires_grad=True)
    torch.sigmoid(x).backward()
    assert x.grad.item() == 0.0
    assert 1 / (1 + math.exp(-17.0)) < 1.0  # float64 is not there yet


@pytest.mark.parametrize(("dtype", "one_from", "zero_up_to"), [(torch.float32, 16.64, -88.72),
                                                               (torch.float64, 36.74, -709.78)])
def test_where_float32_and_float64_sigmoid_reach_exactly_1_and_0(dtype, one_from, zero_up_to):
    x = torch.linspace(0, 50, 500_001, dtype=dtype)
    s = torch.sigmoid(x)
    first = (s == 1.0).nonzero()[0].item()
    assert x[first].item() == pytest.approx(one_from, abs=0.01) and (s[first:] == 1.0).all()
    x = torch.linspace(-800, 0, 800_001, dtype=dtype)
    s = torch.sigmoid(x)
    last = (s == 0.0).nonzero()[-1].item()
    assert x[last].item() == pytest.approx(zero_up_to, abs=0.01) and (s[: last + 1] == 0.0).all()
    assert (s[last + 1 :] > 0).all()
