"""@ (matrix multiplication): the page's claims, checked."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

FAST = settings(max_examples=100, deadline=None, derandomize=True)
sizes = st.integers(1, 6)
small = st.floats(-10, 10, width=32)


def matrix(rows, cols):
    return hnp.arrays(np.float64, (rows, cols), elements=st.floats(-10, 10))


@FAST
@given(sizes.flatmap(lambda n: st.tuples(st.just(n), sizes, sizes)).flatmap(
    lambda nmk: st.tuples(matrix(nmk[0], nmk[1]), matrix(nmk[1], nmk[2]))))
def test_entry_ij_is_row_i_of_a_dotted_with_column_j_of_b(pair):
    a, b = pair
    C = (torch.from_numpy(a) @ torch.from_numpy(b)).numpy()
    by_hand = [[sum(a[i, k] * b[k, j] for k in range(a.shape[1])) for j in range(b.shape[1])] for i in range(a.shape[0])]
    assert C.shape == (a.shape[0], b.shape[1]) and np.allclose(C, by_hand)
    assert np.allclose(a @ b, C)  # NumPy's @ is np.matmul and agrees


def test_the_example_products(example):
    ran = example("matmul")
    A, B = ran.globals["A"], ran.globals["B"]
    by_hand = [[sum(A[i, k].item() * B[k, j].item() for k in range(2)) for j in range(2)] for i in range(2)]
    assert (A @ B).tolist() == by_hand == [[19.0, 22.0], [43.0, 50.0]]
    printed = ran.stdout.splitlines()
    assert printed[3] == f"entry (0, 1) by hand, 1*6 + 2*8 = {by_hand[0][1]:g}"
    assert printed[4] == "same as torch.matmul: True"
    assert (A * B).tolist() == [[5.0, 12.0], [21.0, 32.0]] != by_hand  # element-wise is something else
    assert printed[-1] == "1-D @ 1-D, the dot product: tensor(32.)"  # 1*4 + 2*5 + 3*6


@FAST
@given(st.integers(1, 8).flatmap(lambda n: st.tuples(hnp.arrays(np.float32, n, elements=small),
                                                     hnp.arrays(np.float32, n, elements=small))))
def test_one_d_at_one_d_is_the_dot_product_a_0_d_tensor(pair):
    u, v = map(torch.from_numpy, pair)
    out = u @ v
    assert out.dim() == 0 and out.item() == pytest.approx(float(np.dot(pair[0].astype(float), pair[1])), abs=1e-3)


def test_square_matrices_of_the_same_shape_usually_give_different_results():
    g = torch.Generator().manual_seed(0)
    differ = sum(not torch.allclose((A := torch.randn(3, 3, generator=g)) @ (B := torch.randn(3, 3, generator=g)), A * B)
                 for _ in range(20))
    assert differ == 20
    eye = torch.eye(3)
    assert torch.equal(eye @ eye, eye * eye)  # "usually": the identity is one exception


def test_more_than_two_dims_multiply_the_last_two_and_batch_the_rest():
    X = torch.randn(3, 5, 27, generator=torch.Generator().manual_seed(0))
    W = torch.randn(27, 4, generator=torch.Generator().manual_seed(1))
    out = X @ W
    assert out.shape == (3, 5, 4)
    assert all(torch.allclose(out[b], X[b] @ W) for b in range(3))


@FAST
@given(st.lists(st.integers(0, 26), min_size=1, max_size=20), st.integers(0, 2**32), st.sampled_from([1e-30, 1.0, 1e30]))
def test_a_one_hot_row_times_w_selects_a_row_of_w_exactly(xs, seed, scale):
    W = torch.randn(27, 27, generator=torch.Generator().manual_seed(seed)) * scale  # any finite weights
    logits = F.one_hot(torch.tensor(xs), num_classes=27).float() @ W
    assert logits.shape == (len(xs), 27) and torch.equal(logits, W[xs])


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan")])
def test_but_a_non_finite_weight_spoils_its_whole_column(bad):
    W = torch.randn(27, 27, generator=torch.Generator().manual_seed(0))
    W[3, 4] = bad  # row 3 is never selected below
    xs = torch.tensor([0, 5, 13, 13, 1])
    logits = F.one_hot(xs, num_classes=27).float() @ W
    assert logits[:, 4].isnan().all()  # 0 * inf (or 0 * nan) is nan, in every row
    assert not W[xs].isnan().any() and torch.equal(logits[:, :4], W[xs][:, :4])  # the lookup is unaffected


def test_the_one_hot_example_picks_rows_of_w(example):
    ran = example("matmul", "one_hot")
    W, xs, logits = ran.globals["W"], ran.globals["xs"], ran.globals["logits"]
    assert logits.shape == (5, 27) and torch.equal(logits, W[xs])
    printed = ran.stdout.splitlines()
    assert printed[1] == "one-hot @ W picks rows of W: True"
    assert printed[2].split(":")[1].strip() == printed[3].split(":")[1].strip()  # row 1 of logits is row 5 of W


@pytest.mark.parametrize("a, b", [((5, 26), (27, 27)), ((3, 2), (3, 2)), ((1, 4), (5, 1))])
def test_mismatched_inner_sizes_of_two_matrices_raise_naming_both_shapes(a, b):
    with pytest.raises(RuntimeError, match=rf"shapes cannot be multiplied \({a[0]}x{a[1]} and {b[0]}x{b[1]}\)"):
        torch.ones(a) @ torch.ones(b)


@pytest.mark.parametrize("a, b", [((3,), (4,)), ((2, 3), (4,)), ((2, 5, 26), (27, 4))])
def test_mismatched_inner_sizes_raise_for_other_dimensions_too(a, b):
    with pytest.raises(RuntimeError):
        torch.ones(a) @ torch.ones(b)


def test_the_shape_error_example(example):
    printed = example("matmul", "shape_error").stdout.splitlines()
    assert printed == ["RuntimeError: mat1 and mat2 shapes cannot be multiplied (5x26 and 27x27)",
                       "(5, 27) @ (27, 27): torch.Size([5, 27])"]
