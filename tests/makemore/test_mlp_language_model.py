"""MLP language model: the forward pass recomputed in NumPy, and the MLP against the bigram counts."""

import math

import numpy as np
import pytest
import torch

from glossary_examples.makemore import counts, training
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with training.one_thread():  # as the site build runs examples
        yield


def log_softmax(z):
    z = z - z.max(1, keepdims=True)
    return z - np.log(np.exp(z).sum(1, keepdims=True))


def test_example_shapes_count_and_loss_match_numpy(example):
    ran = example("mlp_language_model")
    g = ran.globals
    C, W1, b1, W2, b2 = (g[k].double().numpy() for k in ("C", "W1", "b1", "W2", "b2"))
    X, Y = g["X"].numpy(), g["Y"].numpy()
    assert X.shape == (32, 3)  # the lecture's five names
    h = np.tanh(C[X].reshape(32, 6) @ W1 + b1)
    loss = -log_softmax(h @ W2 + b2)[np.arange(32), Y].mean()
    lines = ran.stdout.splitlines()
    assert lines[0] == "X (32, 3) -> emb (32, 3, 2) -> h (32, 100) -> logits (32, 27)"
    assert lines[1] == f"parameters: {27 * 2 + 6 * 100 + 100 + 100 * 27 + 27}" == "parameters: 3481"
    assert float(lines[2].rsplit(": ", 1)[1]) == pytest.approx(loss, abs=6e-5)


def test_parameters_are_drawn_in_the_lectures_order_from_its_seed(example):
    g = example("mlp_language_model").globals
    gen = torch.Generator().manual_seed(2147483647)
    for name, shape in [("C", (27, 2)), ("W1", (6, 100)), ("b1", (100,)), ("W2", (100, 27)), ("b2", (27,))]:
        assert torch.equal(g[name], torch.randn(shape, generator=gen))


def test_a_count_table_over_3_characters_would_be_mostly_empty():
    X, _ = build_dataset(load_names(), 3)
    seen = len(set(map(tuple, X.tolist())))
    assert 27**3 == 19683 and seen == 2722 and seen < 27**3 / 2


def test_the_mlp_beats_the_bigram_counts_on_the_same_dev_split(example):
    ran = example("mlp_language_model", "versus_bigram")
    lines = ran.stdout.splitlines()
    bigram, mlp = (float(line.rsplit(": ", 1)[1]) for line in lines)
    train, dev, _ = split_words(load_names())
    P = counts.probabilities(counts.count_matrix(train), k=1)  # the helpers of part 1, a second way
    assert bigram == pytest.approx(counts.average_nll(P, *counts.encode(dev)), abs=6e-5)
    model = ran.globals["model"]
    Xdev, Ydev = build_dataset(dev, 3)
    C, W1, b1, W2, b2 = (t.detach().double().numpy() for t in model.parameters())
    h = np.tanh(C[Xdev.numpy()].reshape(-1, 30) @ W1 + b1)
    assert mlp == pytest.approx(-log_softmax(h @ W2 + b2)[np.arange(len(Ydev)), Ydev.numpy()].mean(), abs=6e-5)
    assert mlp < bigram
    assert lines[1].startswith("MLP, 1,000 steps")


def test_uniform_logits_give_ln_27():
    assert math.log(27) == pytest.approx(3.2958, abs=5e-5)
