"""learning-rate decay: the example's SGD redone in NumPy with the gradient written out; decaying too early hurts."""

import numpy as np
import pytest
import torch

from glossary_examples.makemore import training
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words
from glossary_examples.makemore.training import step_decay

TRAIN, DEV, _ = split_words(load_names())


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with training.one_thread():
        yield


def nll(W, x, y):
    z = W[x] - W[x].max(1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(1, keepdims=True))
    return -logp[np.arange(len(y)), y].mean()


def sgd_by_hand(rates):
    """The example's loop in float64 NumPy, with d(loss)/d(logits) = (softmax - one_hot) / B."""
    Xtr, Ytr = build_dataset(TRAIN, 1)
    x, y = Xtr[:, 0].numpy(), Ytr.numpy()
    g = torch.Generator().manual_seed(42)
    W = np.zeros((27, 27))
    for lr in rates:
        ix = torch.randint(0, len(y), (32,), generator=g).numpy()  # the same minibatches
        z = W[x[ix]]
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        p[np.arange(32), y[ix]] -= 1
        grad = np.zeros_like(W)
        np.add.at(grad, x[ix], p / 32)  # rows looked up twice get both gradients
        W -= lr * grad
    return W


def test_example_losses_match_sgd_written_out_in_numpy(example):
    lines = example("learning_rate_decay").stdout.splitlines()
    Xtr, Ytr = build_dataset(TRAIN, 1)
    Xdev, Ydev = build_dataset(DEV, 1)
    for line, rates in zip(lines, ([10.0] * 1000, [10.0] * 500 + [1.0] * 500)):
        W = sgd_by_hand(rates)
        train_loss = nll(W, Xtr[:, 0].numpy(), Ytr.numpy())
        dev_loss = nll(W, Xdev[:, 0].numpy(), Ydev.numpy())
        printed = line.split(" train loss ")[1].split(", dev loss ")
        assert float(printed[0]) == pytest.approx(train_loss, abs=2e-4)
        assert float(printed[1]) == pytest.approx(dev_loss, abs=2e-4)


def test_decaying_after_the_plateau_lowers_both_losses(example):
    (constant, decayed) = [[float(v) for v in line.replace(",", "").split()[-4::3]]
                           for line in example("learning_rate_decay").stdout.splitlines()]
    assert decayed[0] < constant[0] - 0.02 and decayed[1] < constant[1] - 0.02


def test_decaying_the_part_2_mlp_before_it_levels_off_costs_loss():
    Xtr, Ytr = build_dataset(TRAIN, 3)
    Xdev, Ydev = build_dataset(DEV, 3)
    results = []
    for decay_at in (1.0, 0.5):
        g = torch.Generator().manual_seed(42)
        model = training.mlp(generator=g)  # the lecture's size
        training.train(model, Xtr, Ytr, steps=1000, lr=0.1, decay_at=decay_at, generator=g)
        results.append((training.evaluate(model, Xtr, Ytr), training.evaluate(model, Xdev, Ydev)))
    (constant_train, constant_dev), (early_train, early_dev) = results
    assert early_train > constant_train and early_dev > constant_dev


@pytest.mark.parametrize("steps, decay_at", [(200000, 0.5), (200000, 0.75), (7, 0.5), (1, 0.5)])
def test_step_decay_switches_once_at_the_given_fraction(steps, decay_at):
    rates = [step_decay(i, steps, 0.1, decay_at) for i in range(0, steps, max(1, steps // 1000))]
    assert rates == sorted(rates, reverse=True) and set(rates) <= {0.1, 0.01}
    assert step_decay(0, steps, 0.1, decay_at) == 0.1


def test_a_small_constant_rate_settles_but_has_not_got_as_far_in_the_same_steps():
    Xtr, Ytr = build_dataset(TRAIN, 1)
    x, y = Xtr[:, 0].numpy(), Ytr.numpy()
    fast, slow = nll(sgd_by_hand([10.0] * 1000), x, y), nll(sgd_by_hand([1.0] * 1000), x, y)
    assert slow > fast
