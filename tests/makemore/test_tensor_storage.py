"""storage and strides: every element is at offset + sum(index * stride); reshape copies exactly when view fails."""

import itertools

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


def views_of(base):
    yield base
    yield base.T if base.ndim == 2 else base.permute(*reversed(range(base.ndim)))
    yield base[..., 1:]
    yield base[..., ::2]
    if base.ndim >= 2:
        yield base.transpose(0, 1)[1:]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.integers(2, 4), min_size=1, max_size=3))
def test_every_element_sits_at_offset_plus_index_times_stride(shape):
    base = torch.arange(torch.Size(shape).numel()).view(*shape)  # value == its storage index
    for y in views_of(base):
        assert y.untyped_storage().data_ptr() == base.untyped_storage().data_ptr()
        for index in itertools.product(*map(range, y.shape)):
            where = y.storage_offset() + sum(i * s for i, s in zip(index, y.stride()))
            assert y[index].item() == where


def contiguous_strides(shape):
    strides, step = [], 1
    for size in reversed(shape):
        strides.append(step)
        step *= size
    return tuple(reversed(strides))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.integers(2, 4), min_size=1, max_size=3))
def test_contiguous_means_the_strides_of_a_fresh_tensor_ignoring_dims_of_size_1(shape):
    base = torch.zeros(shape)
    for y in views_of(base):
        fresh = contiguous_strides(y.shape)
        same = all(s == f for s, f, n in zip(y.stride(), fresh, y.shape) if n > 1)
        assert y.is_contiguous() == same
    assert torch.zeros(shape).stride() == contiguous_strides(shape)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.integers(1, 4), min_size=2, max_size=3), st.permutations([0, 1, 2]), st.integers(0, 3))
def test_reshape_is_a_view_exactly_when_view_works_and_a_copy_otherwise(shape, order, cut):
    base = torch.arange(torch.Size(shape).numel()).view(*shape)
    y = base.permute(*[o for o in order if o < base.ndim])
    new = (-1,) if cut == 0 else (y.shape[0], -1)
    try:
        viewed = y.view(*new)
    except RuntimeError:
        viewed = None
    reshaped = y.reshape(*new)
    assert torch.equal(reshaped, y.contiguous().view(*new))  # the same numbers either way
    shares = reshaped.untyped_storage().data_ptr() == base.untyped_storage().data_ptr()
    assert shares == (viewed is not None)


def test_indexing_with_a_tensor_copies():
    C = torch.randn(27, 2)
    emb = C[torch.tensor([[0, 0, 5]])]
    assert emb.untyped_storage().data_ptr() != C.untyped_storage().data_ptr()
    emb[0, 0, 0] = 1000.0
    assert C[0, 0].item() != 1000.0


def test_example_prints_what_the_strides_say(example):
    ran = example("tensor_storage")
    lines = ran.stdout.splitlines()
    assert lines[0] == "x: [[0, 1, 2], [3, 4, 5]]  strides: (3, 1)  storage bytes: 48"  # 6 int64
    assert lines[1] == "x[1, 2] = 5 = storage element 5"
    assert lines[2].endswith("strides (2, 1), offset 0, contiguous True, shares x's storage True")
    assert lines[3].endswith("strides (1, 3), offset 0, contiguous False, shares x's storage True")
    assert lines[4].endswith("strides (3,), offset 1, contiguous False, shares x's storage True")
    assert lines[5].startswith("x.T.view(6): view size is not compatible")
    assert lines[6] == "x.T.reshape(6): [0, 3, 1, 4, 2, 5]  shares x's storage: False"


@pytest.mark.parametrize("dtype, size", [(torch.int64, 8), (torch.float32, 4), (torch.float16, 2)])
def test_storage_bytes_are_elements_times_element_size(dtype, size):
    x = torch.zeros(6, dtype=dtype)
    assert x.untyped_storage().nbytes() == 6 * size == 6 * x.element_size()


@pytest.mark.parametrize("index", [torch.tensor([[0, 0, 5]]), torch.arange(27), torch.tensor([3]), torch.tensor([], dtype=torch.long)])
def test_indexing_with_any_index_tensor_copies(index):
    C = torch.randn(27, 2)
    looked_up = C[index]
    if looked_up.numel():
        assert looked_up.untyped_storage().data_ptr() != C.untyped_storage().data_ptr()
        looked_up.view(-1)[0] = 1000.0
    assert not (C == 1000.0).any()
