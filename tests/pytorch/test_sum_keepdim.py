"""sum(dim, keepdim=True): the page's claims, checked."""

import numpy as np
import pytest
import torch

from glossary_examples import sum_keepdim  # noqa: F401  (imports run the examples, as the page did)

P = torch.tensor([[1.0, 3.0], [1.0, 1.0]])


def test_row_sums_as_a_column():
    row_sums = P.sum(1, keepdim=True)
    assert row_sums.shape == (2, 1)
    assert row_sums.tolist() == [[4.0], [2.0]]
    assert torch.equal(row_sums, P.sum(1).unsqueeze(1))  # keepdim = sum, then put the size-1 dim back
    assert P.sum(0, keepdim=True).tolist() == [[2.0, 4.0]]  # dim=0: column sums, shape (1, 2)


def test_27_by_27_shapes():
    P27 = torch.rand(27, 27, generator=torch.Generator().manual_seed(0))
    assert P27.sum(1, keepdim=True).shape == (27, 1)
    assert P27.sum(1).shape == (27,)


@pytest.mark.parametrize("seed", range(3))
def test_dividing_by_the_column_normalises_each_row(seed):
    counts = torch.randint(0, 50, (27, 27), generator=torch.Generator().manual_seed(seed)).float() + 1
    probs = counts / counts.sum(1, keepdim=True)
    assert torch.allclose(probs.sum(1), torch.ones(27))
    # row i divided by its own total, element by element
    by_hand = torch.stack([counts[i] / counts[i].sum() for i in range(27)])
    assert torch.allclose(probs, by_hand)


def test_pitfall_without_keepdim_divides_columns_by_row_totals():
    right = P / P.sum(1, keepdim=True)
    wrong = P / P.sum(1)  # no error raised
    assert torch.allclose(right, torch.tensor([[0.25, 0.75], [0.5, 0.5]]))
    assert torch.allclose(wrong, torch.tensor([[0.25, 1.5], [0.25, 0.5]]))
    assert right.sum(1).tolist() == [1.0, 1.0]
    assert wrong.sum(1).tolist() == [1.75, 0.75]  # rows no longer sum to 1
    assert wrong.max() > 1  # a "probability" above 1
    # the wrong result is exactly P divided by the row totals laid out as a row
    assert torch.equal(wrong, P / P.sum(1).reshape(1, 2))


def test_pitfall_only_the_diagonal_is_guaranteed_right():
    counts = torch.randint(1, 50, (27, 27), generator=torch.Generator().manual_seed(0)).float()
    right = counts / counts.sum(1, keepdim=True)
    wrong = counts / counts.sum(1)
    totals = counts.sum(1)
    assert torch.allclose(wrong.diagonal(), right.diagonal())
    # entry (i, j) of the wrong result is counts[i, j] / total of row j
    assert torch.allclose(wrong, counts / totals[None, :])
    assert not torch.allclose(wrong, right)


def test_numpy_gives_the_same_and_spells_it_keepdims():
    row_sums = np.sum(P.numpy(), axis=1, keepdims=True)
    assert row_sums.shape == (2, 1)
    assert np.allclose(P.numpy() / row_sums, (P / P.sum(1, keepdim=True)).numpy())
    with pytest.raises(TypeError):
        np.sum(P.numpy(), axis=1, keepdim=True)  # NumPy rejects PyTorch's spelling
    assert torch.equal(P.sum(axis=1, keepdims=True), P.sum(1, keepdim=True))  # PyTorch accepts NumPy's
