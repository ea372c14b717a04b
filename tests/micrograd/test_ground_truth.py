"""ground truth: the page's claims, checked."""

import random

import torch
import torch.nn.functional as F

from glossary_examples.micrograd import MLP
from micrograd_lecture import XS, YS, numbers


def sse(ypred):
    return sum((yp - yt) ** 2 for yp, yt in zip(ypred, YS))


def test_the_printed_targets_and_losses(example):
    run = example("ground_truth")
    lines = run.stdout.splitlines()
    assert [numbers(line)[-1] for line in lines[:4]] == YS  # one target per row of xs
    candidates = run.globals["candidates"]
    printed = [numbers(line)[-1] for line in lines[4:]]
    by_torch = [F.mse_loss(torch.tensor(ypred), torch.tensor(YS), reduction="sum").item()
                for ypred in candidates.values()]
    assert printed == by_torch == [0.0, 4 * 1.0, 4 * 4.0]  # exact: 0, then 1 and 4 per example


def test_loss_is_zero_exactly_when_the_predictions_equal_the_ground_truth():
    assert sse(YS) == 0.0
    rng = random.Random(0)
    for _ in range(100):
        ypred = list(YS)
        ypred[rng.randrange(4)] += rng.choice([-1, 1]) * rng.uniform(1e-6, 2)
        assert sse(ypred) > 0  # any single difference makes it positive


def test_a_training_step_changes_the_parameters_never_the_targets():
    random.seed(42)
    n = MLP(3, [4, 4, 1])
    ys = list(YS)
    before = [p.data for p in n.parameters()]
    loss = sum((n(x) - y) ** 2 for x, y in zip(XS, ys))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data -= 0.05 * p.grad
    assert ys == YS  # the targets are data, not parameters
    assert all(a != b for a, b in zip(before, (p.data for p in n.parameters())))
    assert sum((n(x) - y) ** 2 for x, y in zip(XS, ys)).data < loss.data  # the gap shrank


def test_makemore_ground_truth_is_the_next_character(example):
    printed = [tuple(part.strip("'") for part in line.replace("input ", "").split(" -> ground truth "))
               for line in example("ground_truth", "makemore").stdout.splitlines()]
    name = ".emma."
    assert printed == list(zip(name, name[1:]))  # the targets are the inputs shifted by one
