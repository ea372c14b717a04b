"""Tensor.view: the same numbers as cat/unbind, the same memory as the original, never a transpose."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


def test_example_three_ways_agree_and_only_view_shares_memory(example):
    ran = example("tensor_view")
    out = ran.stdout.splitlines()
    assert out[:4] == ["shapes: (4, 6) (4, 6) (4, 6)", "the same numbers: True",
                       "view shares memory with emb: True", "cat shares memory with emb:  False"]
    g = ran.globals
    assert g["emb"][0, 0, 0].item() == 100.0  # the write through the view reached emb
    assert g["by_name"][0, 0].item() != 100.0 and g["by_unbind"][0, 0].item() != 100.0
    C, X = g["C"], g["X"]
    side_by_side = np.concatenate([C[X][:, i].numpy() for i in range(3)], 1)  # C is unchanged
    assert np.array_equal(g["by_name"].numpy(), side_by_side)
    assert out[4:] == ["emb[0, 0, 0] is now 100.0", f"the cat copy still has {g['by_name'][0, 0].item()}"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(1, 6), st.integers(1, 8), st.integers(1, 5))
def test_view_equals_cat_of_unbind_for_any_block_size(B, T, C):
    emb = torch.randn(B, T, C)
    flat = emb.view(-1, T * C)
    assert torch.equal(flat, torch.cat(torch.unbind(emb, 1), 1))
    assert np.array_equal(flat.numpy(), emb.numpy().reshape(B, T * C))  # NumPy's row-major reshape
    assert flat.data_ptr() == emb.data_ptr()


def test_writes_go_both_ways_between_a_view_and_its_original():
    x = torch.zeros(2, 3)
    v = x.view(6)
    v[4] = 7.0
    assert x[1, 1].item() == 7.0
    x[0, 2] = 5.0
    assert v[2].item() == 5.0


def test_view_reads_the_same_order_it_is_not_a_transpose(example):
    x = torch.arange(6).view(2, 3)
    assert x.view(3, 2).tolist() == [[0, 1], [2, 3], [4, 5]] != x.T.tolist()
    out = example("tensor_view", "pitfall").stdout
    assert "x.view(4, 2): shape '[4, 2]' is invalid for input of size 6" in out


@pytest.mark.parametrize("shape", [(-1, 6), (32, -1), (-1,)])
def test_minus_one_is_the_size_that_makes_the_count_match(shape):
    emb = torch.randn(32, 3, 2)
    assert emb.view(*shape).numel() == emb.numel()
    with pytest.raises(RuntimeError):
        emb.view(-1, 5)  # 192 is not a multiple of 5
    with pytest.raises(RuntimeError):
        emb.view(-1, -1)  # only one size can be inferred


def test_view_fails_on_some_transposes_where_reshape_copies():
    x = torch.arange(6).view(2, 3)
    with pytest.raises(RuntimeError, match="view size is not compatible"):
        x.T.view(6)
    flat = x.T.reshape(6)
    assert flat.tolist() == [0, 3, 1, 4, 2, 5] and flat.data_ptr() != x.data_ptr()


def test_view_is_free_whatever_the_size():
    big = torch.zeros(1000, 3, 10)
    v = big.view(-1, 30)
    assert v.untyped_storage().data_ptr() == big.untyped_storage().data_ptr()
    assert torch.cat(torch.unbind(big, 1), 1).untyped_storage().data_ptr() != big.untyped_storage().data_ptr()


def test_view_reads_row_major_order_even_when_memory_is_not():
    # a slice is not contiguous; where view works on it, it still reads row-major order
    x = torch.arange(24).view(4, 6)[:, :4]
    assert not x.is_contiguous()
    v = x.view(4, 2, 2)
    assert v.tolist() == x.contiguous().view(4, 2, 2).tolist()
    assert v.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    with pytest.raises(RuntimeError):
        x.view(16)  # the rows are not adjacent in memory: no strides describe it


def test_view_with_a_dtype_changes_the_element_count_with_the_element_size():
    x = torch.ones(4)  # float32, 4 bytes each
    as_bytes = x.view(torch.uint8)
    assert as_bytes.shape == (16,) and as_bytes.data_ptr() == x.data_ptr()
    assert x.view(torch.int32).shape == (4,)
