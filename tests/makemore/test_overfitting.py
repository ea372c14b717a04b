"""overfitting and the train/dev/test split: the page's claims, checked."""

import math
import random

import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)
TRAIN, DEV = words[:4130], words[4130:4646]


def pairs(ws):
    xs = torch.tensor([stoi[a] for w in ws for a in "." + w])
    ys = torch.tensor([stoi[b] for w in ws for b in w + "."])
    return xs, ys


def losses(n_train: int, k: float) -> tuple[float, float]:
    """Train and dev NLL of the add-k bigram count model, computed independently of the page's code."""
    xs, ys = pairs(TRAIN[:n_train])
    N = torch.zeros((27, 27))
    N.index_put_((xs, ys), torch.ones(len(xs)), accumulate=True)
    log_p = ((N + k) / (N + k).sum(1, keepdim=True)).log()
    dev_x, dev_y = pairs(DEV)
    return F.nll_loss(log_p[xs], ys).item(), F.nll_loss(log_p[dev_x], dev_y).item()


def test_the_printed_table_is_the_independent_computation(example):
    lines = example("overfitting").stdout.splitlines()
    settings = [(n, k) for n in (200, 4130) for k in (0, 0.1, 10)]
    for line, (n, k) in zip(lines, settings, strict=True):
        train, dev = losses(n, k)
        gap = f"{dev - train:.3f}" if math.isfinite(dev) else "inf"
        assert line == (f"{n:>4} training names, k={k:<4}  train NLL {train:.3f}  dev NLL {dev:.3f}"
                        f"  gap {gap}")


def test_fitting_the_training_set_more_closely_only_lowers_the_training_loss():
    # the count table with k = 0 is the closest fit; any k > 0 moves away from it
    for n in (200, 4130):
        train = [losses(n, k)[0] for k in (0, 0.001, 0.1, 1, 10, 100)]
        assert all(a < b for a, b in zip(train, train[1:]))


def test_maximum_likelihood_counts_give_the_best_train_loss_and_an_infinite_dev_loss():
    for n in (200, 4130):
        train_mle, dev_mle = losses(n, 0)
        assert math.isinf(dev_mle)
        for k in (0.01, 0.1, 1, 10):
            assert losses(n, k)[0] > train_mle


def test_infinite_dev_loss_comes_from_a_dev_pair_unseen_in_training():
    xs, ys = pairs(TRAIN[:200])
    seen = set(zip(xs.tolist(), ys.tolist()))
    dev_x, dev_y = pairs(DEV)
    assert any(pair not in seen for pair in zip(dev_x.tolist(), dev_y.tolist()))


def test_smoothing_shrinks_the_gap_and_too_much_smoothing_underfits():
    gaps = [dev - train for train, dev in (losses(200, k) for k in (0.1, 1, 10))]
    assert gaps[0] > gaps[1] > gaps[2] > 0
    train_small_k, dev_small_k = losses(200, 0.1)
    train_big_k, dev_big_k = losses(200, 10)
    assert train_big_k > train_small_k and dev_big_k > dev_small_k


def test_more_training_data_shrinks_the_gap():
    for k in (0.1, 1, 10):
        small = losses(200, k)
        full = losses(4130, k)
        assert full[1] - full[0] < small[1] - small[0]
        assert full[1] < small[1]  # and the dev loss itself improves
