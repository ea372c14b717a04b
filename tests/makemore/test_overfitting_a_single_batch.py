"""overfitting a single batch: the loss gets close to, and never below, the batch's conditional entropy."""

import math
from collections import Counter, defaultdict

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import itos, stoi
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(["emma", "olivia", "ava", "isabella", "sophia"], block_size=3)


def targets_by_context():
    found = defaultdict(list)
    for x, y in zip(map(tuple, X.tolist()), Y.tolist()):
        found[x].append(y)
    return found


def lowest_loss():
    """-mean log of each target's share among its context's targets, grouped a second way."""
    total = 0.0
    for ys in targets_by_context().values():
        total += sum(-math.log(n / len(ys)) * n for n in Counter(ys).values())
    return total / len(Y)


def test_the_lectures_batch_of_32_and_its_five_start_targets():
    assert len(Y) == 32
    assert sorted(itos[y] for y in targets_by_context()[(0, 0, 0)]) == sorted("eoais")


def test_example_trains_close_to_the_lowest_reachable_loss(example):
    ran = example("overfitting_a_single_batch")
    lines = ran.stdout.splitlines()
    losses = [float(line.rsplit(" ", 1)[1]) for line in lines[:-1]]
    assert [line.split(":")[0] for line in lines[:-1]] == [f"step {s:4d}" for s in range(0, 501, 100)]
    assert losses[0] > 10 and losses[-1] < 0.3  # the plain N(0, 1) start is far off; then it learns
    assert losses[1] > losses[-1] and min(losses) < 0.27
    best = lowest_loss()
    assert lines[-1] == f"examples: 32, parameters: 3481, lowest reachable loss: {best:.4f}"
    assert best < losses[-1] < best + 0.02


def test_the_lowest_loss_is_reached_by_the_empirical_shares_and_is_about_a_quarter():
    logits = torch.full((len(Y), 27), -1e9, dtype=torch.float64)
    groups = targets_by_context()
    for row, x in enumerate(map(tuple, X.tolist())):
        for y, n in Counter(groups[x]).items():
            logits[row, y] = math.log(n / len(groups[x]))
    assert F.cross_entropy(logits, Y).item() == pytest.approx(lowest_loss(), abs=1e-12)
    assert lowest_loss() == pytest.approx(0.25, abs=0.01)
    assert -math.log(1 / 5) == pytest.approx(1.6094, abs=5e-5)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.integers(0, 2**31 - 1), st.floats(0.1, 100))
def test_no_logits_get_below_it(seed, scale):
    logits = torch.randn((len(Y), 27), generator=torch.Generator().manual_seed(seed), dtype=torch.float64) * scale
    assert F.cross_entropy(logits, Y).item() >= lowest_loss() - 1e-12


def test_the_trained_model_spreads_the_start_context_over_its_five_targets(example):
    g = example("overfitting_a_single_batch").globals
    C, W1, b1, W2, b2 = (p.detach() for p in g["parameters"])
    probs = F.softmax(torch.tanh(C[torch.tensor([[0, 0, 0]])].view(-1, 6) @ W1 + b1) @ W2 + b2, dim=1)[0]
    five = [probs[stoi[ch]].item() for ch in "eoais"]
    assert sum(five) > 0.95  # nearly all the probability on the five targets seen after '...'
    assert five == pytest.approx([0.2] * 5, abs=0.08)  # about 1/5 each, the best possible
