"""hyperparameter: the smoothing sweep recomputed with the part-1 helpers; train loss prefers k = 0, dev does not."""

import pytest

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
