"""The part-2 and part-5 models and the training loop: sizes, schedule, one step against torch.optim.SGD."""

import copy

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.makemore import training
from glossary_examples.makemore.data import LETTERS, load_names
from glossary_examples.makemore.dataset import build_dataset, split_words
from glossary_examples.makemore.layers import BatchNorm1d, FlattenConsecutive, Linear


def count(model):
    return sum(p.nelement() for p in model.parameters())


def test_the_lectures_parameter_counts():
    assert count(training.mlp()) == 11897  # part 2: C 270, W1 6000, b1 200, W2 5400, b2 27
    assert count(training.wavenet()) == 76579  # part 5, the final hierarchical model
    assert count(training.wavenet(n_embd=10, n_hidden=68)) == 22397  # part 5, the first hierarchical try


def test_wavenet_halves_the_time_dim_at_each_level():
    model = training.wavenet(generator=torch.Generator().manual_seed(1))
    model(torch.zeros((4, 8), dtype=torch.long))
    shapes = [tuple(layer.out.shape) for layer in model.layers]
    assert shapes == [(4, 8, 24), (4, 4, 48), (4, 4, 128), (4, 4, 128), (4, 4, 128),
                      (4, 2, 256), (4, 2, 128), (4, 2, 128), (4, 2, 128),
                      (4, 256), (4, 128), (4, 128), (4, 128), (4, 27)]
    assert sum(isinstance(layer, BatchNorm1d) for layer in model.layers) == 3
    assert all(layer.bias is None for layer in model.layers[:-1] if isinstance(layer, Linear))  # BatchNorm follows


@pytest.mark.parametrize("block_size", [0, 1, 3, 6, 12])
def test_wavenet_needs_a_power_of_two_context(block_size):
    with pytest.raises(ValueError, match="power of 2"):
        training.wavenet(block_size=block_size)


@pytest.mark.parametrize("block_size", [1, 3, 8])
def test_mlp_flattens_the_whole_context(block_size):
    model = training.mlp(block_size=block_size)
    assert isinstance(model.layers[1], FlattenConsecutive) and model.layers[1].n == block_size
    assert model(torch.zeros((5, block_size), dtype=torch.long)).shape == (5, 27)


def test_the_last_layer_starts_ten_times_smaller():
    scaled = training.mlp(generator=torch.Generator().manual_seed(3)).layers[-1].weight
    g = torch.Generator().manual_seed(3)
    torch.randn((27, 10), generator=g), torch.randn((30, 200), generator=g)  # the earlier layers' draws
    assert torch.allclose(scaled, 0.1 * torch.randn((200, 27), generator=g) / 200**0.5)


@pytest.mark.parametrize("steps, decay_at, boundary", [(200000, 0.5, 100000), (200000, 0.75, 150000), (10, 0.5, 5)])
def test_step_decay_is_the_lectures_schedule(steps, decay_at, boundary):
    rates = [training.step_decay(i, steps, 0.1, decay_at) for i in (0, boundary - 1, boundary, steps - 1)]
    assert rates == [0.1, 0.1, 0.01, 0.01]


def test_one_training_step_equals_torch_optim_sgd_on_the_same_minibatch():
    X, Y = build_dataset(load_names()[:50], block_size=3)
    model = training.mlp(n_hidden=20, generator=torch.Generator().manual_seed(5))
    reference = copy.deepcopy(model)
    params = reference.parameters()
    for p in params:
        p.requires_grad = True
    ix = torch.randint(0, X.shape[0], (32,), generator=torch.Generator().manual_seed(6))
    optimizer = torch.optim.SGD(params, lr=0.1)
    with training.one_thread():  # as train() computes: the same sums in the same order
        loss = F.cross_entropy(reference(X[ix]), Y[ix])
        loss.backward()
        optimizer.step()
    lossi = training.train(model, X, Y, steps=1, lr=0.1, generator=torch.Generator().manual_seed(6))
    assert lossi == [loss.item()]
    for ours, theirs in zip(model.parameters(), params):
        assert torch.allclose(ours, theirs, atol=1e-6)


def test_training_is_reproducible_lowers_the_loss_and_restores_the_thread_count():
    train, dev, _ = split_words(load_names())
    Xtr, Ytr = build_dataset(train[:500])
    threads = torch.get_num_threads()
    runs = []
    for _ in range(2):
        g = torch.Generator().manual_seed(42)
        model = training.mlp(n_hidden=50, generator=g)
        before = training.evaluate(model, Xtr, Ytr)
        runs.append(training.train(model, Xtr, Ytr, steps=300, generator=g))
        after = training.evaluate(model, Xtr, Ytr)
    assert runs[0] == runs[1]
    assert before == pytest.approx(3.2958, abs=0.05)  # a near-uniform start: -ln(1/27)
    assert after < before - 0.5
    assert torch.get_num_threads() == threads


def test_evaluate_uses_the_running_statistics_and_changes_nothing():
    g = torch.Generator().manual_seed(0)
    model = training.wavenet(n_embd=4, n_hidden=8, generator=g)
    X, Y = build_dataset(load_names()[:40], block_size=8)
    training.train(model, X, Y, steps=20, generator=g)
    state = [p.clone() for p in model.parameters()] + [model.layers[3].running_mean.clone()]
    loss = training.evaluate(model, X, Y)
    assert all(layer.training is False for layer in model.layers)
    assert loss == pytest.approx(F.cross_entropy(model(X), Y).item(), abs=1e-6)  # eval mode: batch-independent
    assert loss == pytest.approx(F.cross_entropy(torch.cat([model(X[:7]), model(X[7:])]), Y).item(), abs=1e-5)
    after = [p.clone() for p in model.parameters()] + [model.layers[3].running_mean]
    assert all(torch.equal(a, b) for a, b in zip(state, after))


@pytest.mark.parametrize("build, block_size", [(training.mlp, 3), (training.wavenet, 8)])
def test_samples_are_words_of_a_to_z_ended_by_a_dot_and_reproducible(build, block_size):
    model = build(generator=torch.Generator().manual_seed(1))
    words = [training.sample(model, block_size, torch.Generator().manual_seed(s)) for s in range(4)]
    assert all(w.endswith(".") and set(w[:-1]) <= set(LETTERS) for w in words)
    again = [training.sample(model, block_size, torch.Generator().manual_seed(s)) for s in range(4)]
    assert words == again
