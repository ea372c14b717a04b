"""learning rate: the page's claims, checked (micrograd against closed forms and torch's SGD)."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, mlp, numbers, torch_forward, torch_train, train


def descend(lr, steps=20, start=0.0):
    w = Value(start)
    path = [w.data]
    for _ in range(steps):
        loss = (w - 3) ** 2
        w.grad = 0.0
        loss.backward()
        w.data += -lr * w.grad
        path.append(w.data)
    return path


@pytest.mark.parametrize("lr", [0.01, 0.1, 0.5, 0.9, 1.1])
def test_distance_to_the_minimum_is_multiplied_by_1_minus_2lr_each_step(lr):
    path = descend(lr)
    assert path == pytest.approx([3 - 3 * (1 - 2 * lr) ** k for k in range(21)], rel=1e-12, abs=1e-12)
    w = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)  # the same with torch's SGD
    optimizer = torch.optim.SGD([w], lr=lr)
    for _ in range(20):
        optimizer.zero_grad()
        ((w - 3) ** 2).backward()
        optimizer.step()
    assert w.item() == pytest.approx(path[-1], rel=1e-12)


def test_the_printed_table_is_the_closed_form(example):
    for line in example("learning_rate").stdout.splitlines():
        lr, _, w, loss = numbers(line)  # "lr 0.1: w after 20 steps = 2.9654   loss = 0.001196"
        closed = 3 - 3 * (1 - 2 * lr) ** 20
        assert w == pytest.approx(closed, abs=5e-5)
        assert loss == pytest.approx((closed - 3) ** 2, rel=1e-3, abs=1e-12)


def test_the_five_regimes():
    slow, good, exact, jumpy, wild = (descend(lr) for lr in [0.01, 0.1, 0.5, 0.9, 1.1])
    assert all(w < 3 for w in good) and all(w < 3 for w in slow)  # never overshoots
    assert exact[1] == 3.0  # one step lands on the minimum
    sides = [w > 3 for w in jumpy[1:]]
    assert all(a != b for a, b in zip(sides, sides[1:]))  # flips sides every step ...
    assert abs(jumpy[-1] - 3) == pytest.approx(abs(good[-1] - 3), rel=1e-12)  # ... same distance: |1 - 2 lr| = 0.8
    distances = [abs(w - 3) for w in wild]
    assert all(b > a for a, b in zip(distances, distances[1:]))  # lr > 1: farther every step


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.floats(-1e3, 1e3))
def test_lr_one_half_lands_on_the_minimum_from_anywhere_up_to_rounding(start):
    assert descend(0.5, steps=1, start=start)[1] == pytest.approx(3.0, abs=1e-12 * max(1.0, abs(start)))


def test_the_mlp_table_is_the_same_training_replayed_in_torch(example):
    for line in example("learning_rate", "mlp").stdout.splitlines():
        lr, loss, *predictions = numbers(line)
        layers, losses = torch_train(mlp(1337), lr, 20)  # the region's seed, network and sum of squared errors
        assert loss == pytest.approx(losses[-1], abs=5e-5)
        assert predictions == pytest.approx(torch_forward(layers).tolist(), abs=5e-3)


def test_at_lr_0_5_the_mlp_saturates_and_stalls_near_4():
    n, losses, biggest = train(0.5, 20)
    preds = [n(x).data for x in XS]
    assert all(abs(p) > 0.999 for p in preds)  # saturated: every prediction at +-1 ...
    assert sum(p * y < 0 for p, y in zip(preds, YS)) == 1  # ... one of them wrong
    assert max(biggest[2:]) < 1e-3  # tanh is flat there: the gradients are nearly 0
    assert losses[2:] == pytest.approx([4.0] * 18, abs=1e-3)  # and training stalls near 4
    first_loss = train(0.001, 1)[1][0]
    slow, losses, _ = train(0.001, 20)
    assert losses[-1] > 0.85 * first_loss  # 0.001 has barely started
    n, _, _ = train(0.01, 20)
    assert sum(n(x).data * y < 0 for x, y in zip(XS, YS)) == 1  # 0.01 still gets one sign wrong


def test_the_figure_s_largest_rate_1_1_overshoots_more_every_step(example):
    ran = example("learning_rate", "figure")
    assert len(ran.figures) == 1 and ran.globals["lr"] == 1.1  # the last of the five curves drawn
    distances = [w - 3 for w in ran.globals["path"]]
    assert all(abs(after) > abs(before) for before, after in zip(distances, distances[1:]))
    assert all(before * after < 0 for before, after in zip(distances, distances[1:]))  # side to side
