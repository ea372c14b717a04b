"""batched matrix multiplication: @ against NumPy's matmul and explicit loops, over broadcast batch shapes."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


def test_example_matches_a_loop_and_folding(example):
    ran = example("batched_matrix_multiplication")
    lines = ran.stdout.splitlines()
    assert lines[:4] == ["x (32, 4, 20) @ W (20, 200) -> (32, 4, 200)", "equals a loop over every pair: True",
                         "equals folding the batch dims: True",
                         "batch dims broadcast: (2, 1, 3, 4) @ (5, 4, 6) -> (2, 5, 3, 6)"]
    assert lines[4].startswith("torch.bmm(x, W): ")
    g = ran.globals
    assert np.allclose(g["out"].numpy(), np.matmul(g["x"].numpy(), g["W"].numpy()), atol=1e-4)


def test_the_lectures_shape_check():
    assert (torch.randn(4, 5, 80) @ torch.randn(80, 200)).shape == (4, 5, 200)
    assert (torch.randn(4, 80) @ torch.randn(80, 200) + torch.randn(200)).shape == (4, 200)


batch = st.lists(st.integers(1, 3), max_size=3)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(batch, batch, st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.data())
def test_batch_dims_broadcast_like_elementwise_ops_and_numpy(left, right, n, k, m, data):
    # make the two batch shapes broadcastable: equal, 1, or missing
    size = max(len(left), len(right))
    left = [1] * (size - len(left)) + left
    right = [data.draw(st.sampled_from([d, 1])) for d in left][size - len(right):] if right else []
    a = torch.randn(*left, n, k, dtype=torch.float64)
    b = torch.randn(*right, k, m, dtype=torch.float64)
    out = a @ b
    assert out.shape == (*torch.broadcast_shapes(tuple(left), tuple(right)), n, m)
    assert np.allclose(out.numpy(), np.matmul(a.numpy(), b.numpy()))


def test_a_2d_right_operand_equals_folding_the_batch_dims_into_rows():
    x = torch.randn(3, 4, 5, 20, dtype=torch.float64)
    W = torch.randn(20, 7, dtype=torch.float64)
    assert torch.allclose(x @ W, (x.reshape(-1, 20) @ W).view(3, 4, 5, 7))


def test_inner_sizes_must_match():
    with pytest.raises(RuntimeError):
        torch.randn(4, 5, 80) @ torch.randn(20, 200)


def test_bmm_is_strict_3d_with_equal_batches_and_then_equals_matmul():
    a, b = torch.randn(6, 3, 4, dtype=torch.float64), torch.randn(6, 4, 5, dtype=torch.float64)
    assert torch.allclose(torch.bmm(a, b), a @ b)
    with pytest.raises(RuntimeError):
        torch.bmm(a, torch.randn(1, 4, 5, dtype=torch.float64))  # no broadcasting of the batch
    with pytest.raises(RuntimeError):
        torch.bmm(a, torch.randn(4, 5, dtype=torch.float64))  # both must be 3-D


def test_a_1d_operand_is_a_vector_whose_dimension_is_dropped():
    g = torch.Generator().manual_seed(0)
    x, v = torch.randn(32, 4, 20, generator=g), torch.randn(20, generator=g)
    assert (x @ v).shape == (32, 4)
    assert torch.allclose(x @ v, (x @ v[:, None])[..., 0])
    assert (v @ torch.randn(3, 20, 5, generator=g)).shape == (3, 5)  # on the left: rows
