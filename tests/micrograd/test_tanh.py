"""tanh: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from glossary_examples import _registry, _runner
from glossary_examples import tanh as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value

TERM = _registry.parse(_registry.PACKAGE_DIR / "tanh.py")


def printed(region: str) -> str:
    return _runner.execute(TERM, TERM.regions[region]).stdout


def test_exponential_formula_range_and_oddness():
    x = torch.linspace(-8, 8, 1601, dtype=torch.float64)
    t = torch.tanh(x)
    assert torch.allclose(t, (torch.exp(2 * x) - 1) / (torch.exp(2 * x) + 1), atol=1e-15)
    assert ((t > -1) & (t < 1)).all()  # strictly inside (-1, 1) while float64 can tell
    assert torch.equal(torch.tanh(-x), -t)
    assert torch.tanh(torch.tensor(0.0)).item() == 0.0


def test_tanh_is_a_rescaled_sigmoid():
    x = torch.linspace(-10, 10, 401, dtype=torch.float64)
    assert torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1, atol=1e-15)


@given(st.floats(min_value=-6, max_value=6))
def test_micrograd_gradient_is_one_minus_tanh_squared_like_torch(x0):
    x = Value(x0)
    t = x.tanh()
    t.backward()
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    torch.tanh(xt).backward()
    assert t.data == pytest.approx(math.tanh(x0), abs=1e-15)
    assert x.grad == pytest.approx(1 - math.tanh(x0) ** 2, abs=1e-15)
    assert x.grad == pytest.approx(xt.grad.item(), abs=1e-12)
    h = 1e-6  # and a third way: central finite difference
    assert x.grad == pytest.approx((math.tanh(x0 + h) - math.tanh(x0 - h)) / (2 * h), abs=1e-8)


def test_derivative_is_one_at_zero_and_shrinks_with_distance():
    x = torch.linspace(0, 5, 51, dtype=torch.float64, requires_grad=True)
    torch.tanh(x).sum().backward()
    assert x.grad[0].item() == 1.0
    assert (x.grad[1:] < x.grad[:-1]).all()


def test_example_prints_matching_micrograd_and_torch_values():
    lines = printed("example").splitlines()
    assert lines[0].split(":", 1)[1].strip() == lines[1].split(":", 1)[1].strip()  # same value and gradient, both engines
    assert f"{math.tanh(0.5):.6f}" in lines[0] and f"{1 - math.tanh(0.5) ** 2:.6f}" in lines[2]


def test_float32_saturates_to_exactly_one_from_about_9_01():
    start, stop = np.float32(8.9).view(np.int32), np.float32(25.0).view(np.int32)
    every_float32 = torch.from_numpy(np.arange(start, stop, dtype=np.int32).view(np.float32))
    t = torch.tanh(every_float32)
    first = (t == 1.0).nonzero()[0].item()
    assert 9.01 <= every_float32[first].item() < 9.011  # the threshold the page states
    assert (t[first:] == 1.0).all() and (t[:first] < 1.0).all()  # and it stays there
    assert torch.equal(torch.tanh(-every_float32[first:]), -torch.ones(len(t) - first))  # same at -1
    assert (torch.tanh(torch.tensor([8.9, 9.0, 9.1])) == 1.0).tolist() == [False, False, True]


def test_float64_saturates_to_exactly_one_from_about_19_06():
    x = torch.arange(18_000_000, 25_000_000, dtype=torch.float64) / 1_000_000  # step 1e-6
    t = torch.tanh(x)
    first = (t == 1.0).nonzero()[0].item()
    assert 19.06 <= x[first].item() < 19.07
    assert (t[first:] == 1.0).all() and (t[:first] < 1.0).all()
    assert math.tanh(19.0) < 1.0 and math.tanh(19.1) == 1.0  # Python floats are float64 too


def test_saturated_gradient_is_exactly_zero_in_torch_and_micrograd():
    x = torch.tensor([8.9, 9.1, 20.0], requires_grad=True)
    torch.tanh(x).sum().backward()
    assert x.grad[0].item() > 0 and x.grad[1:].tolist() == [0.0, 0.0]
    v = Value(20.0)
    v.tanh().backward()
    assert v.grad == 0.0
    assert "float32 tanh(x) == 1.0: [False, False, True, True]" in printed("saturation")
