"""t.shape: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from glossary_examples import _registry, _runner, tensor_shape  # noqa: F401  (runs the page's examples)

SHAPES = [(), (5,), (27, 27), (2, 3, 4), (1, 1, 1, 1)]


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_is_a_torch_size_tuple_equal_to_size_and_to_a_plain_tuple(shape):
    t = torch.zeros(shape)
    assert type(t.shape) is torch.Size and isinstance(t.shape, tuple)
    assert t.shape == shape and t.shape == t.size() and tuple(t.shape) == shape


@pytest.mark.parametrize("shape", SHAPES)
def test_length_is_ndim_and_product_is_numel(shape):
    t = torch.zeros(shape)
    assert len(t.shape) == t.ndim == len(shape)
    assert math.prod(t.shape) == t.numel()


def test_indexing_size_of_one_dim_and_unpacking():
    t = torch.zeros(27, 3)
    assert t.shape[0] == t.size(0) == 27 and t.shape[1] == t.size(1) == 3
    assert t.shape[-1] == 3 and t.shape[1:] == (3,)
    rows, cols = t.shape
    assert (rows, cols) == (27, 3)


def test_zero_d_tensor_has_empty_shape():
    assert torch.tensor(5.0).shape == torch.Size([]) == ()


def test_numpy_shape_is_a_plain_tuple():
    assert type(np.zeros((27, 27)).shape) is tuple


def test_bigram_shapes_follow_the_matmul_rule():
    n = 5
    xenc = F.one_hot(torch.tensor([0, 5, 13, 13, 1]), num_classes=27).float()
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    assert xenc.shape == (n, 27) and (xenc @ W).shape == (xenc.shape[0], W.shape[1])
    counts = (xenc @ W).exp()
    assert counts.sum(1, keepdim=True).shape == (n, 1) and counts.sum(1).shape == (n,)


def test_bigram_example_prints_the_shapes():
    term = _registry.discover()["tensor_shape"]
    printed = _runner.execute(term, term.regions["bigram"]).stdout
    assert "logits: torch.Size([5, 27])" in printed
    assert "row sums: torch.Size([5, 1]) | without keepdim: torch.Size([5])" in printed
