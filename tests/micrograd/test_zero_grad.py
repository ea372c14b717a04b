"""zero_grad: the page's claims, checked."""

import pytest
import torch

from glossary_examples import zero_grad  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, mlp, sse, train


def test_backward_adds_to_grad_unless_it_is_reset():
    x = Value(3.0)
    piled = []
    for _ in range(3):
        (x * x).backward()
        piled.append(x.grad)
    fresh = []
    for _ in range(3):
        y = x * x
        x.grad = 0.0
        y.backward()
        fresh.append(x.grad)
    assert piled == [6.0, 12.0, 18.0] and fresh == [6.0, 6.0, 6.0]


def test_without_reset_each_step_uses_the_sum_of_all_gradients_so_far():
    n = mlp()
    sse(n).backward()  # step 0, nothing to reset yet
    first = [p.grad for p in n.parameters()]
    for p in n.parameters():
        p.data += -0.05 * p.grad
    twin = mlp()  # the same parameters, with fresh gradients at step 1
    for p, q in zip(twin.parameters(), n.parameters()):
        p.data = q.data
    sse(twin).backward()
    sse(n).backward()  # step 1 without reset
    assert [p.grad for p in n.parameters()] == pytest.approx(
        [g0 + q.grad for g0, q in zip(first, twin.parameters())], rel=1e-12)


def test_pitfall_training_without_zero_grad_jumps_around_and_keeps_huge_gradients():
    _, right, right_big = train(0.05, 20, zero=True)
    _, wrong, wrong_big = train(0.05, 20, zero=False)
    assert all(a > b for a, b in zip(right, right[1:]))  # with the reset: the loss falls every step
    assert all(w < r for w, r in zip(wrong[2:10], right[2:10]))  # without: faster at first ...
    assert max(wrong[14:]) > 3.9 and round(wrong[15], 2) == 4.0  # ... then jumps to about 4
    assert [round(l, 2) for l in right[10:]] == [0.51, 0.32, 0.22, 0.16, 0.13, 0.11, 0.09, 0.08, 0.07, 0.06]
    assert [round(l, 2) for l in wrong[10:]] == [0.0, 0.34, 0.0, 0.0, 3.99, 4.0, 4.0, 4.37, 4.0, 3.98]
    assert (round(right_big[-1], 2), round(wrong_big[-1], 2)) == (0.17, 20.42)


def test_a_loss_near_4_is_one_prediction_at_the_wrong_end_of_tanh():
    n = mlp()
    xs, ys = XS, YS
    for step in range(16):  # the run without reset; its loss at step 15 is 4.0
        loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
        loss.backward()
        if step == 15:
            preds = [n(x).data for x in xs]
            wrong = [i for i, (p, y) in enumerate(zip(preds, ys)) if p * y < 0]
            assert len(wrong) == 1 and abs(preds[wrong[0]]) > 0.99
            assert round(loss.data, 2) == 4.0
        for p in n.parameters():
            p.data += -0.05 * p.grad


def test_module_zero_grad_is_the_manual_loop():
    n, m = mlp(), mlp()
    sse(n).backward()
    sse(m).backward()
    n.zero_grad()
    for p in m.parameters():
        p.grad = 0.0
    assert [p.grad for p in n.parameters()] == [p.grad for p in m.parameters()] == [0.0] * 41


def test_torch_accumulates_and_none_or_zero_reset_it():
    x = torch.tensor(2.0, requires_grad=True)
    (x**2).backward()
    assert x.grad.item() == 4.0
    (x**2).backward()
    assert x.grad.item() == 8.0
    x.grad = None
    (x**2).backward()
    assert x.grad.item() == 4.0  # None behaves like 0 for the next backward
    x.grad.zero_()
    assert x.grad.item() == 0.0
    (x**2).backward()
    assert x.grad.item() == 4.0
    optimizer = torch.optim.SGD([x], lr=0.1)
    optimizer.zero_grad()
    assert x.grad is None  # set_to_none=True is the default
    (x**2).backward()
    optimizer.zero_grad(set_to_none=False)
    assert torch.equal(x.grad, torch.tensor(0.0))
