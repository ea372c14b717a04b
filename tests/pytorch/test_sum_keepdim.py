"""sum(dim, keepdim=True): the page's claims, checked."""

import ast

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=60, deadline=None, derandomize=True)


def counts(seed, rows, cols):
    return torch.randint(1, 50, (rows, cols), generator=torch.Generator().manual_seed(seed)).float()


@FAST
@given(st.integers(0, 2**32), st.integers(1, 30), st.integers(1, 30))
def test_dim_1_gives_one_total_per_row_and_keepdim_keeps_it_as_a_column(seed, rows, cols):
    P = counts(seed, rows, cols)
    assert P.sum(1).shape == (rows,) and P.sum(1, keepdim=True).shape == (rows, 1)
    assert P.sum(0).shape == (cols,) and P.sum(0, keepdim=True).shape == (1, cols)
    assert P.sum(1).tolist() == [sum(row) for row in P.tolist()]  # along each row, across the columns
    assert torch.equal(P.sum(1, keepdim=True), P.sum(1).unsqueeze(1))  # the same totals, size-1 dim kept


@FAST
@given(st.integers(0, 2**32), st.integers(1, 30), st.integers(1, 30))
def test_dividing_by_the_column_divides_each_row_by_its_own_total(seed, rows, cols):
    P = counts(seed, rows, cols)
    probs = P / P.sum(1, keepdim=True)
    assert torch.allclose(probs.sum(1), torch.ones(rows))
    assert torch.allclose(probs, torch.stack([row / row.sum() for row in P]))


@FAST
@given(st.integers(0, 2**32), st.integers(2, 30))
def test_square_without_keepdim_raises_nothing_divides_column_j_by_row_total_j(seed, n):
    P = counts(seed, n, n)
    wrong, right = P / P.sum(1), P / P.sum(1, keepdim=True)
    assert torch.allclose(wrong, P / P.sum(1)[None, :])  # entry (i, j) / total of row j
    assert torch.allclose(wrong.diagonal(), right.diagonal())  # only the diagonal is guaranteed right


@pytest.mark.parametrize("shape", [(3, 4), (4, 3), (27, 26), (2, 5)])
def test_non_square_with_several_rows_and_columns_raises(shape):
    P = torch.ones(shape)
    with pytest.raises(RuntimeError, match="must match the size"):
        P / P.sum(1)


def test_a_single_column_or_row_raises_nothing():
    column, row = torch.ones(5, 1), torch.ones(1, 5)
    assert (column / column.sum(1)).shape == (5, 5)  # silently the wrong shape
    assert torch.equal(row / row.sum(1), row / row.sum(1, keepdim=True))  # one row: no harm done


def test_the_example_normalises_each_row(example):
    ran = example("sum_keepdim")
    P, probs = ran.globals["P"], ran.globals["probs"]
    printed = ran.stdout.splitlines()
    assert printed[0] == f"row sums: {[[sum(r)] for r in P.tolist()]} shape (2, 1)"
    assert probs.tolist() == [[1 / 4, 3 / 4], [1 / 2, 1 / 2]]
    assert printed[3] == "each row sums to [1.0, 1.0]"
    assert ast.literal_eval(printed[4].split(": ")[1]) == [[sum(c) for c in zip(*P.tolist())]]  # dim=0: columns
    assert printed[5] == "27 x 27 counts: (27, 1)"


def test_the_numpy_tab_prints_the_same_numbers(example):
    torch_lines = example("sum_keepdim").stdout.splitlines()
    numpy_lines = example("sum_keepdim", "numpy").stdout.splitlines()
    assert numpy_lines[0] == torch_lines[0] and numpy_lines[3] == torch_lines[3] and numpy_lines[5] == torch_lines[5]
    assert numpy_lines[4].split(": ")[1] == torch_lines[4].split(": ")[1]


def test_numpy_spells_it_keepdims_and_rejects_keepdim_torch_accepts_both():
    P = np.array([[1.0, 3.0], [1.0, 1.0]])
    assert np.sum(P, axis=1, keepdims=True).shape == (2, 1)
    with pytest.raises(TypeError, match="keepdim"):
        np.sum(P, axis=1, keepdim=True)
    T = torch.from_numpy(P)
    assert torch.equal(T.sum(axis=1, keepdims=True), T.sum(dim=1, keepdim=True))


def test_pitfall_wrong_rows_do_not_sum_to_one_and_hold_a_probability_above_one(example):
    ran = example("sum_keepdim", "pitfall")
    P, right, wrong = ran.globals["P"], ran.globals["right"], ran.globals["wrong"]
    totals = [sum(r) for r in P.tolist()]
    assert wrong.tolist() == [[P[i, j].item() / totals[j] for j in range(2)] for i in range(2)]
    assert wrong.max().item() == 1.5  # a "probability" above 1, as the page says
    printed = ran.stdout.splitlines()
    assert ast.literal_eval(printed[-2].split(": ")[1]) == [1.0, 1.0]
    assert ast.literal_eval(printed[-1].split(": ")[1]) == [sum(r) for r in wrong.tolist()] != [1.0, 1.0]
    assert torch.equal(right.diagonal(), wrong.diagonal())
