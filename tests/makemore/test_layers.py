"""The part-5 layers, checked against torch.nn: the same inputs and parameters give the same outputs."""

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.layers import (BatchNorm1d, Embedding, FlattenConsecutive, Linear,
                                               Sequential, Tanh)


def randn(*shape, seed=0, dtype=torch.float32):
    return torch.randn(shape, generator=torch.Generator().manual_seed(seed), dtype=dtype)


# ---------------------------------------------------------------- Linear


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("shape", [(32, 30), (4, 8, 30), (30,)])
def test_linear_computes_what_nn_linear_computes_with_the_transposed_weight(bias, shape):
    ours = Linear(30, 200, bias=bias, generator=torch.Generator().manual_seed(1))
    if bias:
        ours.bias = randn(200, seed=2)  # a non-zero bias, so adding it is checked
    theirs = nn.Linear(30, 200, bias=bias)
    with torch.no_grad():
        theirs.weight.copy_(ours.weight.T)  # torch stores (fan_out, fan_in)
        if bias:
            theirs.bias.copy_(ours.bias)
    x = randn(*shape, seed=3)
    out = ours(x)
    assert out is ours.out  # the output is kept, as in the lecture
    assert out.shape == (*shape[:-1], 200)
    assert torch.allclose(out, theirs(x), atol=1e-5)  # forward pass went well
    assert len(ours.parameters()) == (2 if bias else 1)


def test_linear_init_is_standard_normal_over_sqrt_fan_in_and_zero_bias():
    g = torch.Generator().manual_seed(2147483647)
    layer = Linear(400, 300, generator=g)
    expected = torch.randn((400, 300), generator=torch.Generator().manual_seed(2147483647)) / 400**0.5
    assert torch.equal(layer.weight, expected)
    assert torch.equal(layer.bias, torch.zeros(300))
    assert layer.weight.std().item() == pytest.approx(1 / 20, rel=0.02)


def test_linear_without_a_generator_draws_from_the_global_seed():
    torch.manual_seed(42)
    a = Linear(3, 2).weight
    torch.manual_seed(42)
    assert torch.equal(a, Linear(3, 2).weight)


def test_linear_gradients_match_nn_linear():
    ours = Linear(5, 3, generator=torch.Generator().manual_seed(4))
    for p in ours.parameters():
        p.requires_grad = True
    theirs = nn.Linear(5, 3)
    with torch.no_grad():
        theirs.weight.copy_(ours.weight.T)
        theirs.bias.copy_(ours.bias)
    x = randn(7, 5, seed=5)
    ours(x).pow(2).sum().backward()
    theirs(x).pow(2).sum().backward()
    assert torch.allclose(ours.weight.grad, theirs.weight.grad.T, atol=1e-5)  # backward pass went well
    assert torch.allclose(ours.bias.grad, theirs.bias.grad, atol=1e-5)


# ---------------------------------------------------------------- BatchNorm1d


def torch_batchnorm(dim, ours):
    theirs = nn.BatchNorm1d(dim, eps=ours.eps, momentum=ours.momentum)
    with torch.no_grad():
        theirs.weight.copy_(ours.gamma)
        theirs.bias.copy_(ours.beta)
    return theirs


@pytest.mark.parametrize("momentum", [0.1, 0.001, 1.0])
def test_batchnorm_2d_train_mode_output_and_running_stats_match_torch(momentum):
    ours = BatchNorm1d(6, momentum=momentum)
    ours.gamma, ours.beta = randn(6, seed=1), randn(6, seed=2)
    theirs = torch_batchnorm(6, ours)
    for step in range(3):  # the running averages compound over calls
        x = randn(32, 6, seed=10 + step) * 3 + 5
        assert torch.allclose(ours(x), theirs(x), atol=1e-5)
        assert torch.allclose(ours.running_mean, theirs.running_mean, atol=1e-5)
        assert torch.allclose(ours.running_var, theirs.running_var, atol=1e-5)
    assert ours.running_mean.shape == ours.running_var.shape == (6,)


def test_batchnorm_2d_eval_mode_uses_the_running_stats_like_torch():
    ours = BatchNorm1d(6)
    theirs = torch_batchnorm(6, ours)
    for step in range(5):
        x = randn(16, 6, seed=step) * 2 - 1
        ours(x), theirs(x)
    ours.training = False
    theirs.eval()
    x = randn(3, 6, seed=99)
    before = ours.running_mean.clone()
    assert torch.allclose(ours(x), theirs(x), atol=1e-5)
    assert torch.equal(ours.running_mean, before)  # eval never updates the buffers
    one = randn(1, 6, seed=7)  # eval mode takes a single example
    assert torch.allclose(ours(one), theirs(one), atol=1e-5)


def test_batchnorm_3d_reduces_over_batch_and_time_like_torch_on_channels_in_the_middle():
    ours = BatchNorm1d(8)
    ours.gamma, ours.beta = randn(8, seed=1), randn(8, seed=2)
    theirs = torch_batchnorm(8, ours)
    for step in range(3):
        x = randn(4, 5, 8, seed=20 + step) + torch.arange(5.0).view(1, 5, 1)  # the mean depends on T
        expected = theirs(x.transpose(1, 2)).transpose(1, 2)  # torch: (B, C, T)
        assert torch.allclose(ours(x), expected, atol=1e-5)
        assert torch.allclose(ours.running_mean, theirs.running_mean, atol=1e-5)
        assert torch.allclose(ours.running_var, theirs.running_var, atol=1e-5)
    out = ours.out
    assert torch.allclose(((out - ours.beta) / ours.gamma).mean((0, 1)), torch.zeros(8), atol=1e-5)
    ours.training = False
    theirs.eval()
    x = randn(2, 3, 8, seed=30)
    assert torch.allclose(ours(x), theirs(x.transpose(1, 2)).transpose(1, 2), atol=1e-5)


def test_batchnorm_gradients_match_torch():
    ours = BatchNorm1d(4)
    ours.gamma, ours.beta = randn(4, seed=1), randn(4, seed=2)
    theirs = torch_batchnorm(4, ours)
    for p in ours.parameters():
        p.requires_grad = True
    x1 = randn(10, 4, seed=3, dtype=torch.float64).float().requires_grad_()
    x2 = x1.detach().clone().requires_grad_()
    w = randn(10, 4, seed=4)
    (ours(x1) * w).sum().backward()
    (theirs(x2) * w).sum().backward()
    assert torch.allclose(x1.grad, x2.grad, atol=1e-5)
    assert torch.allclose(ours.gamma.grad, theirs.weight.grad, atol=1e-5)
    assert torch.allclose(ours.beta.grad, theirs.bias.grad, atol=1e-5)


@pytest.mark.parametrize("shape", [(1, 6), (1, 1, 6)])
def test_batchnorm_training_on_one_value_per_feature_fails_loudly_like_torch(shape):
    x = randn(*shape)
    with pytest.raises(ValueError, match="more than 1 value per feature"):
        BatchNorm1d(6)(x)
    with pytest.raises(ValueError, match="more than 1 value per channel"):
        nn.BatchNorm1d(6)(x.transpose(1, 2) if len(shape) == 3 else x)


def test_batchnorm_3d_with_one_example_of_several_steps_trains():
    x = randn(1, 4, 6)  # 4 values per feature: allowed, as in torch
    ours = BatchNorm1d(6)
    assert torch.allclose(ours(x), nn.BatchNorm1d(6)(x.transpose(1, 2)).transpose(1, 2), atol=1e-5)


# ---------------------------------------------------------------- Tanh, Embedding


def test_tanh_matches_nn_tanh_and_has_no_parameters():
    x = randn(5, 7) * 10
    layer = Tanh()
    assert torch.equal(layer(x), nn.Tanh()(x)) and layer.out is not None
    assert layer.parameters() == []


def test_embedding_matches_nn_embedding_with_the_same_table():
    ours = Embedding(27, 10, generator=torch.Generator().manual_seed(1))
    theirs = nn.Embedding.from_pretrained(ours.weight)
    IX = torch.randint(0, 27, (32, 8), generator=torch.Generator().manual_seed(2))
    assert ours(IX).shape == (32, 8, 10)
    assert torch.equal(ours(IX), theirs(IX))
    assert ours.parameters() == [ours.weight]


# ---------------------------------------------------------------- FlattenConsecutive, Sequential


@pytest.mark.parametrize("n", [1, 2, 4, 8])
def test_flatten_consecutive_concatenates_n_neighbours(n):
    x = randn(3, 8, 5)
    out = FlattenConsecutive(n)(x)
    expected = torch.cat([x[:, i::n, :] for i in range(n)], dim=2)  # explicit concatenation
    if n == 8:
        expected = expected.squeeze(1)
    assert torch.equal(out, expected)


def test_flatten_consecutive_of_the_whole_length_equals_nn_flatten():
    x = randn(32, 8, 10)
    out = FlattenConsecutive(8)(x)
    assert out.shape == (32, 80)
    assert torch.equal(out, nn.Flatten()(x))  # flattens dims 1.. into one
    assert torch.equal(out, x.view(32, -1))


def test_flatten_consecutive_keeps_a_batch_of_one_two_dimensional():
    out = FlattenConsecutive(8)(randn(1, 8, 10))
    assert out.shape == (1, 80)  # x.squeeze() would give (80,)


def test_flatten_consecutive_rejects_a_length_it_cannot_divide():
    with pytest.raises(ValueError, match="divisible by 3"):
        FlattenConsecutive(3)(randn(2, 8, 4))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(1, 4), st.sampled_from([1, 2, 4]), st.integers(1, 3), st.integers(1, 5))
def test_flatten_consecutive_equals_nn_unflatten_of_nn_flatten(B, n, groups, C):
    x = randn(B, n * groups, C)
    expected = nn.Unflatten(1, (groups, n * C))(nn.Flatten()(x))
    if groups == 1:
        expected = expected.squeeze(1)
    assert torch.equal(FlattenConsecutive(n)(x), expected)


def test_sequential_equals_nn_sequential_and_collects_every_parameter():
    g = torch.Generator().manual_seed(3)
    ours = Sequential([Embedding(27, 4, generator=g), FlattenConsecutive(2), Linear(8, 6, bias=False, generator=g),
                       BatchNorm1d(6), Tanh(), FlattenConsecutive(2), Linear(12, 27, generator=g)])
    emb, _, lin1, bn, _, _, lin2 = ours.layers
    theirs = nn.Sequential(nn.Embedding.from_pretrained(emb.weight), nn.Flatten(), nn.Unflatten(1, (2, 8)),
                           nn.Linear(8, 6, bias=False), nn.Flatten(0, 1), nn.BatchNorm1d(6),
                           nn.Unflatten(0, (-1, 2)), nn.Tanh(), nn.Flatten(), nn.Linear(12, 27))
    with torch.no_grad():
        theirs[3].weight.copy_(lin1.weight.T)
        theirs[9].weight.copy_(lin2.weight.T)
        theirs[9].bias.copy_(lin2.bias)
    X = torch.randint(0, 27, (16, 4), generator=g)
    assert torch.allclose(ours(X), theirs(X), atol=1e-5)
    assert ours.out.shape == (16, 27)
    assert [tuple(p.shape) for p in ours.parameters()] == [(27, 4), (8, 6), (6,), (6,), (12, 27), (27,)]
    assert sum(p.nelement() for p in ours.parameters()) == sum(p.nelement() for p in theirs.parameters())
