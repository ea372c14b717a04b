"""t.shape: the page's claims, checked."""

import math

import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=100, deadline=None, derandomize=True)
shapes = st.lists(st.integers(0, 4), max_size=5).map(tuple)


@FAST
@given(shapes)
def test_shape_is_a_torch_size_tuple_equal_to_size_and_to_a_plain_tuple(shape):
    t = torch.zeros(shape)
    assert type(t.shape) is torch.Size and isinstance(t.shape, tuple)
    assert t.shape == shape and t.shape == t.size() and all(type(n) is int for n in t.shape)


@FAST
@given(shapes)
def test_its_length_is_ndim_and_its_product_is_numel(shape):
    t = torch.zeros(shape)
    assert len(t.shape) == t.ndim == len(shape)
    assert math.prod(t.shape) == t.numel()  # the empty product, 1, for a 0-d tensor


@FAST
@given(st.lists(st.integers(1, 4), min_size=1, max_size=5).map(tuple))
def test_indexing_size_of_one_dim_slicing_and_unpacking(shape):
    t = torch.zeros(shape)
    assert [t.shape[d] for d in range(t.ndim)] == [t.size(d) for d in range(t.ndim)] == list(shape)
    assert t.shape[-1] == shape[-1] and t.shape[1:] == shape[1:]
    first, *rest = t.shape
    assert (first, *rest) == shape


def test_numpy_shape_is_a_plain_tuple():
    assert type(np.zeros((27, 27)).shape) is tuple


def test_the_example_prints_the_claims(example):
    ran = example("tensor_shape")
    N = ran.globals["N"]
    printed = ran.stdout.splitlines()
    assert printed[0] == "torch.Size([27, 27])"
    assert printed[1:4] == ["equals a plain tuple: True", "is a tuple: True", "same as N.size(): True"]
    assert (ran.globals["rows"], ran.globals["cols"]) == tuple(N.shape) == (27, 27)
    assert printed[5] == "0-d tensor: torch.Size([])" and torch.tensor(5.0).shape == ()


def test_the_bigram_shapes_follow_the_matmul_and_keepdim_rules(example):
    ran = example("tensor_shape", "bigram")
    xs, xenc, W, logits, counts = (ran.globals[name] for name in ("xs", "xenc", "W", "logits", "counts"))
    n = len(xs)
    assert xenc.shape == (n, 27) and W.shape == (27, 27)
    assert logits.shape == (xenc.shape[0], W.shape[1])  # (N, 27) @ (27, 27) -> (N, 27)
    assert counts.sum(1, keepdim=True).shape == (n, 1) and counts.sum(1).shape == (n,)
    printed = ran.stdout.splitlines()
    assert printed[1] == f"logits: {torch.Size([n, 27])}"
    assert printed[2] == f"row sums: {torch.Size([n, 1])} | without keepdim: {torch.Size([n])}"
