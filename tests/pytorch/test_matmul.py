"""@ (matrix multiplication): the page's claims, checked."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from glossary_examples import matmul  # noqa: F401  (imports run the examples, as the page did)

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[5.0, 6.0], [7.0, 8.0]])


def test_entry_ij_is_row_i_dot_column_j():
    C = A @ B
    by_hand = torch.tensor([[sum(A[i, k] * B[k, j] for k in range(2)) for j in range(2)] for i in range(2)])
    assert torch.equal(C, by_hand)
    assert C.tolist() == [[19.0, 22.0], [43.0, 50.0]]
    assert torch.equal(C, torch.matmul(A, B))


def test_differs_from_elementwise_star():
    assert (A @ A).tolist() == [[7.0, 10.0], [15.0, 22.0]]
    assert (A * A).tolist() == [[1.0, 4.0], [9.0, 16.0]]
    assert not torch.equal(A @ B, A * B)


def test_one_d_at_one_d_is_the_dot_product():
    out = torch.tensor([1.0, 2.0, 3.0]) @ torch.tensor([4.0, 5.0, 6.0])
    assert out.dim() == 0 and out.item() == 32.0
    assert out.item() == torch.dot(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0])).item()


def test_batched_when_more_than_two_dims():
    X = torch.randn(3, 5, 27, generator=torch.Generator().manual_seed(0))
    W = torch.randn(27, 4, generator=torch.Generator().manual_seed(1))
    out = X @ W
    assert out.shape == (3, 5, 4)
    assert torch.allclose(out[2], X[2] @ W)


def test_n_by_27_times_27_by_27_and_one_hot_selects_rows():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    xs = torch.tensor([0, 5, 13, 13, 1])
    logits = F.one_hot(xs, num_classes=27).float() @ W
    assert logits.shape == (5, 27)
    assert torch.allclose(logits, W[xs])


def test_mismatched_inner_sizes_raise_and_name_both_shapes():
    with pytest.raises(RuntimeError, match=r"mat1 and mat2 shapes cannot be multiplied \(5x26 and 27x27\)"):
        torch.ones(5, 26) @ torch.ones(27, 27)


def test_numpy_at_is_np_matmul_and_agrees_with_torch():
    a, b = A.numpy(), B.numpy()
    assert np.array_equal(a @ b, np.matmul(a, b))
    assert np.array_equal(a @ b, (A @ B).numpy())
