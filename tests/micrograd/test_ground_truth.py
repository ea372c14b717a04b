"""ground truth: the page's claims, checked."""

import random

import torch
import torch.nn.functional as F

from glossary_examples import ground_truth  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import MLP

YS = [1.0, -1.0, -1.0, 1.0]
XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]


def sse(ypred):
    return sum((yp - yt) ** 2 for yp, yt in zip(ypred, YS))


def test_loss_is_zero_exactly_when_the_predictions_equal_the_ground_truth():
    assert sse(YS) == 0.0
    assert F.mse_loss(torch.tensor(YS), torch.tensor(YS), reduction="sum").item() == 0.0
    rng = random.Random(0)
    for _ in range(100):
        ypred = list(YS)
        ypred[rng.randrange(4)] += rng.choice([-1, 1]) * rng.uniform(1e-6, 2)
        assert sse(ypred) > 0  # any single difference makes it positive


def test_costs_per_example_for_zero_and_opposite_predictions():
    assert sse([0.0] * 4) == 4.0  # 1 per example
    assert sse([-y for y in YS]) == 16.0  # (2)**2 = 4 per example
    for ypred in ([0.0] * 4, [-y for y in YS]):
        assert sse(ypred) == F.mse_loss(torch.tensor(ypred), torch.tensor(YS), reduction="sum").item()


def test_a_training_step_updates_the_parameters_from_the_gap_to_the_targets():
    random.seed(42)
    n = MLP(3, [4, 4, 1])
    before = [p.data for p in n.parameters()]
    loss = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
    n.zero_grad()
    loss.backward()
    assert all(p.grad != 0 for p in n.parameters())  # every parameter gets a gradient
    for p in n.parameters():
        p.data -= 0.05 * p.grad
    assert all(a != b for a, b in zip(before, (p.data for p in n.parameters())))
    assert sum((n(x) - y) ** 2 for x, y in zip(XS, YS)).data < loss.data


def test_makemore_ground_truth_is_the_next_character():
    chs = ["."] + list("emma") + ["."]
    pairs = list(zip(chs, chs[1:]))
    assert pairs == [(".", "e"), ("e", "m"), ("m", "m"), ("m", "a"), ("a", ".")]
    assert [b for _, b in pairs] == chs[1:]  # the targets are the inputs shifted by one
