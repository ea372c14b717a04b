""".exp(): the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from glossary_examples import exp  # noqa: F401  (imports run the examples, as the page did)

X = torch.tensor([0.0, 1.0, math.log(2.0), -1.0])


def test_elementwise_e_to_the_x_matches_math_exp():
    assert torch.allclose(torch.exp(X), torch.tensor([math.exp(v) for v in X.tolist()]))
    assert torch.equal(X.exp(), torch.exp(X))
    assert torch.allclose(torch.exp(torch.tensor([0.0, math.log(2.0)])), torch.tensor([1.0, 2.0]))
    assert X.exp().dtype == torch.float32


def test_new_tensor_input_unchanged_and_in_place_version():
    x = X.clone()
    y = x.exp()
    assert y is not x and torch.equal(x, X)
    x.exp_()
    assert torch.equal(x, y)


def test_inverse_of_log_and_never_negative():
    c = torch.tensor([0.5, 1.0, 7.0, 4410.0])
    assert torch.allclose(c.log().exp(), c)
    z = torch.linspace(-50, 50, 1001)
    assert (z.exp() > 0).all()
    assert (torch.diff(z.exp()) > 0).all()  # increasing


def test_numpy_agrees():
    assert np.allclose(np.exp(X.numpy()), X.exp().numpy())
    assert np.exp(X.numpy().astype(np.float64)).dtype == np.float64


def test_exp_then_normalise_is_softmax():
    logits = torch.tensor([[1.5, -0.5, 0.0], [-2.0, 3.0, 1.0]])
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdim=True)
    assert (counts > 0).all()
    assert torch.allclose(probs.sum(1), torch.ones(2))
    assert torch.allclose(probs, F.softmax(logits, dim=1))


def test_float32_overflow_point_is_log_of_the_largest_float32():
    limit = math.log(torch.finfo(torch.float32).max)
    assert limit == pytest.approx(88.72, abs=0.01)
    assert torch.isfinite(torch.exp(torch.tensor(88.7)))
    assert torch.isinf(torch.exp(torch.tensor(88.8)))
    assert torch.isfinite(torch.exp(torch.tensor(100.0, dtype=torch.float64)))
    assert math.log(torch.finfo(torch.float64).max) == pytest.approx(709.78, abs=0.01)
    assert torch.isinf(torch.exp(torch.tensor(709.8, dtype=torch.float64)))


def test_float32_underflows_to_exactly_zero_below_about_minus_104():
    assert torch.exp(torch.tensor(-103.5)).item() > 0
    assert torch.exp(torch.tensor(-104.5)).item() == 0.0
    # the threshold is log of half the smallest subnormal float32
    assert math.log(torch.finfo(torch.float32).smallest_normal * 2**-23 / 2) == pytest.approx(-103.97, abs=0.01)


def test_softmax_avoids_the_overflow():
    big = torch.tensor([1000.0, 0.0])
    assert torch.isinf(big.exp()).any()
    assert torch.equal(F.softmax(big, dim=0), torch.tensor([1.0, 0.0]))
