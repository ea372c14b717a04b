"""hyperparameter: the smoothing sweep recomputed with the part-1 helpers; train loss prefers k = 0, dev does not."""

import pytest
import torch

from glossary_examples.makemore import counts
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import split_words

TRAIN, DEV, _ = split_words(load_names())
N = counts.count_matrix(TRAIN)
PAIRS_TRAIN, PAIRS_DEV = counts.encode(TRAIN), counts.encode(DEV)


def losses(k):
    P = counts.probabilities(N, k=k)
    return counts.average_nll(P, *PAIRS_TRAIN), counts.average_nll(P, *PAIRS_DEV)


def test_example_sweep_matches_the_part_1_helpers_and_picks_the_lowest_dev_loss(example):
    ran = example("hyperparameter")
    lines = ran.stdout.splitlines()
    ks = (0, 0.01, 0.1, 1, 10, 100)
    for line, k in zip(lines, ks):
        train_loss, dev_loss = losses(k)
        head, rest = line.split(": train loss ")
        assert float(head.split("=")[1]) == k
        printed_train, printed_dev = rest.split(", dev loss ")
        assert float(printed_train) == pytest.approx(train_loss, abs=6e-5)
        assert float(printed_dev) == pytest.approx(dev_loss, abs=6e-5)  # inf == inf at k = 0
    chosen = min(ks, key=lambda k: losses(k)[1])
    assert lines[-1] == f"chosen on the dev set: k = {chosen}" and chosen > 0


def test_the_training_loss_is_lowest_without_smoothing_and_rises_with_k():
    train_losses = [losses(k)[0] for k in (0, 1e-4, 0.01, 0.1, 0.5, 1, 3, 10, 100, 1000)]
    assert train_losses == sorted(train_losses)


def test_the_dev_loss_without_smoothing_is_infinite_because_dev_has_unseen_pairs():
    xs, ys = PAIRS_DEV
    assert (N[xs, ys] == 0).any() and losses(0)[1] == float("inf")


def test_a_wider_hidden_layer_contains_the_narrower_one():
    # a 200-unit MLP whose extra 100 units have zero outgoing weights is the 100-unit MLP
    g = torch.Generator().manual_seed(0)
    X = torch.randint(0, 27, (50, 3), generator=g)
    C = torch.randn(27, 10, generator=g)
    W1, b1 = torch.randn(30, 100, generator=g), torch.randn(100, generator=g)
    W2, b2 = torch.randn(100, 27, generator=g), torch.randn(27, generator=g)
    narrow = torch.tanh(C[X].view(-1, 30) @ W1 + b1) @ W2 + b2
    W1w = torch.cat([W1, torch.randn(30, 100, generator=g)], 1)
    b1w = torch.cat([b1, torch.randn(100, generator=g)])
    W2w = torch.cat([W2, torch.zeros(100, 27)], 0)
    wide = torch.tanh(C[X].view(-1, 30) @ W1w + b1w) @ W2w + b2
    assert torch.allclose(wide, narrow, atol=1e-5)
