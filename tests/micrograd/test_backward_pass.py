"""backward pass: the page's claims, checked."""

import pytest
import torch

from glossary_examples import backward_pass  # noqa: F401  (imports run the examples, as the page did)
from micrograd_lecture import XS, YS, mlp, sse


def test_backward_fills_every_grad_and_changes_no_parameter():
    n = mlp()
    loss = sse(n)
    before = [p.data for p in n.parameters()]
    loss.backward()
    assert [p.data for p in n.parameters()] == before
    assert len(n.parameters()) == 41 and all(p.grad != 0 for p in n.parameters())
    assert round(n.layers[-1].neurons[0].w[0].grad, 4) == 2.0612  # output layer
    assert round(n.layers[0].neurons[0].b.grad, 4) == -0.0696  # a first-layer bias
    w = n.layers[0].neurons[0].w[0]
    assert (round(w.data, 4), round(w.grad, 4)) == (0.2355, -0.4537)


def test_grad_is_the_slope_of_the_loss_for_that_weight():
    n = mlp()
    loss = sse(n)
    loss.backward()
    w = n.layers[0].neurons[0].w[0]
    h = 1e-6
    w.data += h
    up = sse(n).data
    w.data -= 2 * h
    down = sse(n).data
    assert w.grad == pytest.approx((up - down) / (2 * h), rel=1e-6)


def test_only_the_update_changes_the_weights_and_lowers_the_loss():
    n = mlp()
    loss = sse(n)
    loss.backward()
    w = n.layers[0].neurons[0].w[0]
    old, grad = w.data, w.grad
    for p in n.parameters():
        p.data += -0.05 * p.grad
    assert w.data == old - 0.05 * grad and round(w.data, 4) == 0.2582
    assert (round(loss.data, 4), round(sse(n).data, 4)) == (6.0054, 4.4483)


def test_torch_backward_leaves_w_alone_and_step_moves_it_by_lr_times_grad():
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn(3, generator=g, requires_grad=True)
    optimizer = torch.optim.SGD([W], lr=0.05)
    loss = ((torch.tanh(torch.tensor(XS) @ W) - torch.tensor(YS)) ** 2).sum()
    before = W.detach().clone()
    loss.backward()
    assert torch.equal(W.detach(), before) and W.grad is not None
    assert torch.allclose(W.grad, torch.tensor([0.1164, -0.1564, 0.1267]), atol=1e-4)
    optimizer.step()
    assert torch.allclose(W.detach(), before - 0.05 * W.grad)
    assert not torch.equal(W.detach(), before)
