"""learning rate: the page's claims, checked."""

import pytest
import torch

from glossary_examples import learning_rate  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, train


def descend(lr, steps=20):
    w = Value(0.0)
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


def test_the_five_regimes():
    slow, good, exact, jumpy, wild = (descend(lr) for lr in [0.01, 0.1, 0.5, 0.9, 1.1])
    assert all(w < 3 for w in good) and all(w < 3 for w in slow)  # never overshoots
    assert round(slow[-1], 4) == 0.9972  # crawling
    assert exact[1] == 3.0  # one step lands on the minimum
    sides = [w > 3 for w in jumpy[1:]]
    assert all(a != b for a, b in zip(sides, sides[1:]))  # flips sides every step ...
    assert jumpy[-1] == pytest.approx(good[-1], rel=1e-12) and round(good[-1], 4) == 2.9654  # ... same distance
    distances = [abs(w - 3) for w in wild]
    assert all(b > a for a, b in zip(distances, distances[1:])) and round(wild[-1], 4) == -112.0128


def test_mlp_with_four_rates():
    results = {lr: train(lr, 20) for lr in [0.001, 0.01, 0.1, 0.5]}
    final = {lr: round(losses[-1], 4) for lr, (_, losses, _) in results.items()}
    assert final == {0.001: 5.3925, 0.01: 2.5453, 0.1: 0.0178, 0.5: 3.9999}
    assert min(final, key=final.get) == 0.1
    n, losses, biggest = results[0.5]
    preds = [n(x).data for x in XS]
    assert all(abs(p) > 0.999 for p in preds)  # saturated: every prediction at +-1 ...
    assert sum(p * y < 0 for p, y in zip(preds, YS)) == 1  # ... one of them wrong
    assert max(biggest[2:]) < 1e-3  # tanh is flat there: the gradients are nearly 0
    assert losses[2:] == pytest.approx([losses[2]] * 18, abs=1e-3)  # and training stalls
