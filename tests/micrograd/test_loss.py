"""loss: the page's claims, checked."""

import random

import pytest
import torch
import torch.nn.functional as F

from glossary_examples import loss  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import MLP

XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
YS = [1.0, -1.0, -1.0, 1.0]


def network():
    random.seed(42)
    return MLP(3, [4, 4, 1])


def micrograd_loss(n):
    return sum((n(x) - y) ** 2 for x, y in zip(XS, YS))


def test_micrograd_loss_is_the_sum_of_squared_errors_as_torch_computes_it():
    n = network()
    L = micrograd_loss(n)
    ypred = torch.tensor([n(x).data for x in XS], dtype=torch.float64)
    ys = torch.tensor(YS, dtype=torch.float64)
    assert L.data == pytest.approx(F.mse_loss(ypred, ys, reduction="sum").item(), abs=1e-12)
    assert L.data == pytest.approx(4 * F.mse_loss(ypred, ys).item(), abs=1e-12)  # the mean, times 4


def sse(ypred):
    return sum((p - y) ** 2 for p, y in zip(ypred, YS))


def test_never_negative_and_zero_only_at_the_targets():
    assert sse(YS) == 0
    rng = random.Random(1)
    for _ in range(200):
        ypred = [rng.uniform(-1, 1) for _ in YS]
        assert sse(ypred) > 0
    # too high or too low by the same amount costs the same; twice the error costs four times as much
    assert sse([1.5, -1, -1, 1]) == sse([0.5, -1, -1, 1]) == 0.25
    assert sse([2.0, -1, -1, 1]) == 4 * sse([1.5, -1, -1, 1])


def test_gradient_descent_makes_the_loss_go_down():
    n = network()
    losses = []
    for _ in range(40):
        L = micrograd_loss(n)
        n.zero_grad()
        L.backward()
        for p in n.parameters():
            p.data += -0.05 * p.grad
        losses.append(L.data)
    assert losses[:5] == sorted(losses[:5], reverse=True)
    assert losses[-1] < losses[0] / 20


def test_backward_gives_the_slope_of_the_loss_for_each_parameter():
    n = network()
    L = micrograd_loss(n)
    n.zero_grad()
    L.backward()
    h = 1e-6
    for p in n.parameters()[::7]:  # a few of the 41 parameters
        p.data += h
        up = micrograd_loss(n).data
        p.data -= 2 * h
        down = micrograd_loss(n).data
        p.data += h
        assert p.grad == pytest.approx((up - down) / (2 * h), abs=1e-5)


def test_backward_needs_a_scalar_in_torch():
    ypred = torch.tensor([0.7, 0.5, 0.7, 0.9], requires_grad=True)
    ys = torch.tensor(YS)
    errors = (ypred - ys) ** 2
    with pytest.raises(RuntimeError, match="grad can be implicitly created only for scalar outputs"):
        errors.backward()
    total = errors.sum()
    assert total.dim() == 0
    total.backward()
    assert torch.allclose(ypred.grad, 2 * (ypred.detach() - ys))
    # passing gradient= of ones to the vector is the same as summing first
    other = torch.tensor([0.7, 0.5, 0.7, 0.9], requires_grad=True)
    ((other - ys) ** 2).backward(gradient=torch.ones(4))
    assert torch.equal(other.grad, ypred.grad)
