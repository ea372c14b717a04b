"""one-hot encoding: the page's claims, checked."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import stoi

EMMA = torch.tensor([stoi[c] for c in ".emma"])
W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))


def test_the_example_encodes_emma_with_one_1_per_row_at_the_index(example):
    run = example("one_hot_encoding")
    assert run.globals["xs"].tolist() == EMMA.tolist() == [0, 5, 13, 13, 1]
    onehot = run.globals["onehot"]
    assert onehot.shape == (5, 27) and onehot.dtype == torch.int64
    assert torch.equal(onehot, torch.eye(27, dtype=torch.int64)[EMMA])  # the definition, another way
    lines = run.stdout.splitlines()
    assert lines[-2] == "ones per row: [1, 1, 1, 1, 1]  argmax gives back the index: [0, 5, 13, 13, 1]"
    assert lines[-1] == "xenc @ W is the rows W[xs]: True"


def test_the_pitfall_shows_the_dtype_error_and_the_fix(example):
    lines = example("one_hot_encoding", "pitfall").stdout.splitlines()
    assert lines[0].startswith("RuntimeError: ") and len(lines) == 2
    assert lines[1] == "with .float(): (5, 27) torch.float32"


def test_the_figure_shows_the_same_encoding(example):
    xenc = example("one_hot_encoding", "figure").globals["xenc"]
    assert torch.equal(xenc, F.one_hot(EMMA, num_classes=27).float())


def test_matches_the_definition_built_by_hand_with_numpy():
    by_hand = np.zeros((5, 27), dtype=np.int64)
    by_hand[np.arange(5), EMMA.numpy()] = 1
    assert np.array_equal(F.one_hot(EMMA, num_classes=27).numpy(), by_hand)
    assert np.array_equal(np.eye(27, dtype=np.int64)[EMMA.numpy()], by_hand)


def test_f_one_hot_takes_and_returns_int64_and_float_makes_float32():
    onehot = F.one_hot(EMMA, num_classes=27)
    assert EMMA.dtype == onehot.dtype == torch.int64
    assert onehot.float().dtype == torch.float32
    with pytest.raises(RuntimeError):  # int32 indices are refused
        F.one_hot(EMMA.int(), num_classes=27)


def test_pitfall_int64_times_float_weights_raises_and_float_fixes_it():
    onehot = F.one_hot(EMMA, num_classes=27)
    with pytest.raises(RuntimeError):
        onehot @ W
    assert (onehot.float() @ W).shape == (5, 27)


def test_without_num_classes_the_width_is_the_largest_index_plus_one():
    assert F.one_hot(EMMA).shape == (5, 14)
    assert F.one_hot(torch.tensor([2, 0, 1])).shape == (3, 3)
    assert F.one_hot(EMMA, num_classes=27).shape == (5, 27)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 26), min_size=1, max_size=20), st.integers(0, 2**32 - 1))
def test_one_hot_times_w_selects_rows_of_w(ix, seed):
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(seed))
    ix = torch.tensor(ix)
    assert torch.equal(F.one_hot(ix, num_classes=27).float() @ W, W[ix])


def test_any_index_shape_gets_a_last_dimension_of_size_k():
    ix = torch.tensor([[0, 0, 5], [0, 5, 13]])
    assert F.one_hot(ix, num_classes=27).shape == (2, 3, 27)
