"""one-hot encoding: the page's claims, checked."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from glossary_examples import one_hot_encoding  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.makemore.data import stoi

EMMA = torch.tensor([stoi[c] for c in ".emma"])
W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))


def test_emma_indices_and_one_1_per_row_at_the_index():
    assert EMMA.tolist() == [0, 5, 13, 13, 1]
    onehot = F.one_hot(EMMA, num_classes=27)
    assert onehot.shape == (5, 27)
    assert onehot.sum(1).tolist() == [1] * 5
    assert onehot.argmax(1).tolist() == EMMA.tolist()
    assert set(onehot.unique().tolist()) == {0, 1}


def test_matches_the_definition_built_by_hand_with_numpy():
    by_hand = np.zeros((5, 27), dtype=np.int64)
    by_hand[np.arange(5), EMMA.numpy()] = 1
    assert np.array_equal(F.one_hot(EMMA, num_classes=27).numpy(), by_hand)
    assert np.array_equal(np.eye(27, dtype=np.int64)[EMMA.numpy()], by_hand)


def test_f_one_hot_takes_and_returns_int64_and_float_makes_float32():
    onehot = F.one_hot(EMMA, num_classes=27)
    assert EMMA.dtype == onehot.dtype == torch.int64
    assert onehot.float().dtype == torch.float32
    with pytest.raises(RuntimeError, match="LongTensor"):
        F.one_hot(EMMA.int(), num_classes=27)


def test_pitfall_int64_times_float_weights_raises_and_float_fixes_it():
    onehot = F.one_hot(EMMA, num_classes=27)
    with pytest.raises(RuntimeError, match="expected m1 and m2 to have the same dtype"):
        onehot @ W
    assert (onehot.float() @ W).shape == (5, 27)


def test_without_num_classes_the_width_is_the_largest_index_plus_one():
    assert F.one_hot(EMMA).shape == (5, 14)
    assert F.one_hot(torch.tensor([2, 0, 1])).shape == (3, 3)
    assert F.one_hot(EMMA, num_classes=27).shape == (5, 27)


def test_one_hot_times_w_selects_rows_of_w():
    xenc = F.one_hot(EMMA, num_classes=27).float()
    assert torch.equal(xenc @ W, W[EMMA])
    for i in range(27):  # every category, one row at a time
        row = F.one_hot(torch.tensor(i), num_classes=27).float()
        assert torch.equal(row @ W, W[i])


def test_any_index_shape_gets_a_last_dimension_of_size_k():
    ix = torch.tensor([[0, 0, 5], [0, 5, 13]])
    assert F.one_hot(ix, num_classes=27).shape == (2, 3, 27)
