"""backward pass: the page's claims, checked against the same network in torch float64."""

import pytest
import torch

from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, mlp, numbers, sse, torch_forward, torch_grads, torch_layers

Y = torch.tensor(YS, dtype=torch.float64)


def test_printed_numbers_are_torchs_for_the_same_network(example):
    lines = example("backward_pass").stdout.splitlines()
    layers = torch_layers(mlp())  # the region's network: MLP(3, [4, 4, 1]) after random.seed(1337)
    w0 = layers[0][0][0, 0].item()
    loss = ((torch_forward(layers) - Y) ** 2).sum()
    loss.backward()
    grads = torch_grads(layers)
    with torch.no_grad():  # the update, p.data += -0.05 * p.grad
        for W, b in layers:
            W -= 0.05 * W.grad
            b -= 0.05 * b.grad
        after = ((torch_forward(layers) - Y) ** 2).sum().item()
    expected = [
        [w0, 0.0], [w0, layers[0][0].grad[0, 0].item()], [sum(g != 0 for g in grads), 41],
        [layers[2][0].grad[0, 0].item()], [layers[0][1].grad[0].item()], [layers[0][0][0, 0].item()],
        [loss.item()], [after],
    ]
    assert [numbers(line) for line in lines] == [pytest.approx(row, abs=5e-5) for row in expected]
    assert after < loss.item()  # only the update lowers the loss


def test_backward_fills_every_grad_and_changes_no_parameter():
    n = mlp()
    loss = sse(n)
    before = [p.data for p in n.parameters()]
    loss.backward()
    assert [p.data for p in n.parameters()] == before
    assert len(n.parameters()) == 41 and all(p.grad != 0 for p in n.parameters())


def test_grad_is_the_slope_of_the_loss_for_that_weight():
    n = mlp()
    loss = sse(n)
    loss.backward()
    for p in n.parameters()[::5]:
        h = 1e-6
        p.data += h
        up = sse(n).data
        p.data -= 2 * h
        down = sse(n).data
        p.data += h
        assert p.grad == pytest.approx((up - down) / (2 * h), rel=1e-5, abs=1e-8)


def test_a_parameter_the_loss_was_not_computed_from_gets_nothing():
    used, unused = Value(2.0), Value(5.0)
    unused.grad = 0.25
    (used * used).backward()
    assert (used.grad, unused.grad) == (4.0, 0.25)
    used_t, unused_t = torch.tensor(2.0, requires_grad=True), torch.tensor(5.0, requires_grad=True)
    (used_t * used_t).backward()
    assert used_t.grad.item() == 4.0 and unused_t.grad is None
    (unused_t * 3).backward()  # now it has a gradient from an earlier backward pass ...
    (used_t * used_t).backward()  # ... which a loss not computed from it leaves alone
    assert used_t.grad.item() == 8.0 and unused_t.grad.item() == 3.0


def test_the_printed_torch_w_grad_is_micrograds_and_only_step_moves_w(example):
    run = example("backward_pass", "torch")
    W = run.globals["W"]
    before = run.globals["before"]
    w = [Value(x) for x in before.tolist()]
    loss = sum(((sum((wi * xi for wi, xi in zip(w, x)), Value(0.0))).tanh() - y) ** 2 for x, y in zip(XS, YS))
    loss.backward()
    printed = numbers(run.stdout.splitlines()[0])
    assert printed == pytest.approx([v.grad for v in w], abs=5e-5)  # float32 torch vs float64 micrograd
    assert torch.allclose(W.detach(), before - 0.05 * W.grad)  # optimizer.step(): W -= lr * W.grad
    assert [line.split()[-1] for line in run.stdout.splitlines()[1:]] == ["False", "True"]  # backward(), step()
