"""layer normalization: the page's claims, checked."""

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.model import Block, LayerNorm


class LectureBatchNorm1d:
    """The lecture's BatchNorm1d (training mode, without running buffers), normalizing over `dim`.

    The lecture writes `x.var(dim, keepdim=True)`: torch's default, the unbiased variance.
    """

    def __init__(self, dim_size, dim, eps=1e-5, unbiased=True):
        self.gamma, self.beta, self.dim, self.eps = torch.ones(dim_size), torch.zeros(dim_size), dim, eps
        self.unbiased = unbiased

    def __call__(self, x):
        xmean = x.mean(self.dim, keepdim=True)
        xvar = x.var(self.dim, keepdim=True, unbiased=self.unbiased)
        return self.gamma * (x - xmean) / torch.sqrt(xvar + self.eps) + self.beta


def formula(x, weight, bias, eps=1e-5):
    mu = x.mean(-1, keepdim=True)
    var = ((x - mu) ** 2).mean(-1, keepdim=True)  # divided by C
    return weight * (x - mu) / torch.sqrt(var + eps) + bias


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("shape", [(3, 7), (2, 4, 16), (1, 1, 2)])
def test_the_definitions_formula_and_the_glossary_layer_norm_equal_nn_layer_norm(shape, dtype):
    g = torch.Generator().manual_seed(0)
    torch_ln = nn.LayerNorm(shape[-1]).to(dtype)
    with torch.no_grad():
        torch_ln.weight.copy_(torch.randn(shape[-1], generator=g, dtype=dtype))
        torch_ln.bias.copy_(torch.randn(shape[-1], generator=g, dtype=dtype))
    ours = LayerNorm(shape[-1]).to(dtype)
    ours.load_state_dict(torch_ln.state_dict())
    x = torch.randn(shape, generator=g, dtype=dtype) * 4 - 3
    tol = dict(atol=1e-5) if dtype == torch.float32 else dict(atol=1e-12)
    with torch.no_grad():
        assert torch.allclose(formula(x, torch_ln.weight, torch_ln.bias), torch_ln(x), **tol)
        assert torch.allclose(ours(x), torch_ln(x), **tol)
    assert torch.equal(nn.LayerNorm(5).weight, torch.ones(5)) and torch.equal(nn.LayerNorm(5).bias, torch.zeros(5))
    assert nn.LayerNorm(5).eps == 1e-5


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.floats(1e-3, 1e4), st.floats(-1e3, 1e3), st.integers(2, 64), st.integers(0, 1000))
def test_every_row_comes_out_with_mean_0_and_variance_1(scale, shift, C, seed):
    x = torch.randn(3, C, generator=torch.Generator().manual_seed(seed), dtype=torch.float64) * scale + shift
    with torch.no_grad():
        y = nn.LayerNorm(C, dtype=torch.float64)(x)
    assert torch.allclose(y.mean(1), torch.zeros(3, dtype=torch.float64), atol=1e-9)
    var = x.var(1, unbiased=False)
    assert torch.allclose(y.var(1, unbiased=False), var / (var + 1e-5), atol=1e-9)  # 1, up to eps


def test_a_constant_row_becomes_the_bias_not_nan():
    with torch.no_grad():
        assert torch.equal(nn.LayerNorm(4)(torch.full((2, 4), 3.0)), torch.zeros(2, 4))


def test_the_lectures_batchnorm_over_dim_1_is_layer_norm_over_dim_0_is_batch_norm():
    x = torch.randn(32, 100, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():  # with the biased variance, exactly the torch modules
        biased = dict(unbiased=False)
        assert torch.allclose(LectureBatchNorm1d(100, dim=1, **biased)(x), nn.LayerNorm(100)(x), atol=1e-5)
        assert torch.allclose(LectureBatchNorm1d(100, dim=0, **biased)(x), nn.BatchNorm1d(100)(x), atol=1e-5)


@pytest.mark.parametrize("C", [2, 5, 100, 384])
def test_the_lectures_unbiased_variance_leaves_rows_a_variance_of_c_minus_1_over_c(C):
    x = torch.randn(16, C, generator=torch.Generator().manual_seed(C), dtype=torch.float64) * 3 + 1
    with torch.no_grad():
        lecture = LectureBatchNorm1d(C, dim=1)(x)  # x.var(1): divided by C - 1
        torch_ln = nn.LayerNorm(C, dtype=torch.float64)(x)
    var = x.var(1, unbiased=False)
    expected = var / (var * C / (C - 1) + 1e-5)  # (C - 1) / C, up to eps
    assert torch.allclose(lecture.var(1, unbiased=False), expected, atol=1e-12)
    assert torch.allclose(expected, torch.full_like(expected, (C - 1) / C), atol=1e-5)
    assert not torch.allclose(lecture, torch_ln, atol=1e-4)
    assert torch.allclose(lecture, torch_ln * ((C - 1) / C) ** 0.5, atol=1e-5)


def test_the_example_rows_and_columns(example):
    region = example("layer_normalization")
    by_row, by_column = region.globals["by_row"], region.globals["by_column"]
    assert torch.allclose(by_row.mean(1), torch.zeros(4), atol=1e-6)
    assert torch.allclose(by_column.mean(0), torch.zeros(5), atol=1e-6)
    assert torch.allclose(by_row.var(1, unbiased=False), torch.ones(4), atol=1e-3)
    assert not torch.allclose(by_row.mean(0), torch.zeros(5), atol=1e-2)  # LayerNorm's columns are not normalized
    lines = region.stdout.splitlines()
    assert lines[0].endswith("tensor([0., 0., 0., 0.])") and lines[2].endswith("tensor([0., 0., 0., 0., 0.])")


@pytest.mark.parametrize("seed", range(5))
def test_layer_norm_treats_each_example_alone_batch_norm_does_not(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(6, 5, generator=g)
    changed = x.clone()
    changed[0] = torch.randn(5, generator=g) * 50
    ln, bn = nn.LayerNorm(5), nn.BatchNorm1d(5)
    with torch.no_grad():
        assert torch.equal(ln(changed)[1:], ln(x)[1:])
        assert not torch.allclose(bn(changed)[1:], bn(x)[1:])
        assert torch.equal(ln.eval()(x), ln.train()(x))
        assert not torch.allclose(bn.eval()(x), bn.train()(x))


def test_the_batch_region_output(example):
    lines = example("layer_normalization", "batch").stdout.splitlines()
    assert lines == ["LayerNorm: rows 1-3 unchanged? True", "BatchNorm: rows 1-3 unchanged? False",
                     "LayerNorm: eval == train? True", "BatchNorm: eval == train? False",
                     "BatchNorm, one example: Expected more than 1 value per channel when training, "
                     "got input size torch.Size([1, 5])",
                     "LayerNorm, one example: torch.Size([1, 5])"]


@pytest.mark.parametrize("seed", range(3))
def test_pre_norm_with_silent_branches_is_the_identity_post_norm_normalizes(seed, example):
    lines = example("layer_normalization", "prenorm").stdout.splitlines()
    assert lines[:2] == ["pre-norm block returns x unchanged:  True", "post-norm block returns x unchanged: False"]
    torch.manual_seed(seed)
    block = Block(16, 4, 8)
    with torch.no_grad():
        for layer in (block.sa.proj, block.ffwd.net[2]):
            layer.weight.zero_()
            layer.bias.zero_()
        x = torch.randn(2, 8, 16, generator=torch.Generator().manual_seed(seed)) * 7 + 3
        assert torch.equal(block(x), x)
        post = block.ln2(block.ln1(x))  # what post-norm returns when the branches add 0
        assert torch.allclose(post.mean(-1), torch.zeros(2, 8), atol=1e-5)
        assert torch.allclose(post.std(-1, unbiased=False), torch.ones(2, 8), atol=1e-3)


def test_batch_norm_refuses_one_value_per_feature_not_a_batch_of_one_sequence():
    bn = nn.BatchNorm1d(5)
    with pytest.raises(ValueError, match="more than 1 value per channel"):
        bn(torch.randn(1, 5))
    assert bn(torch.randn(1, 5, 3)).shape == (1, 5, 3)  # (N, C, L): statistics over N and L
    assert nn.LayerNorm(5)(torch.randn(1, 5)).shape == (1, 5)
