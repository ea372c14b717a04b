"""add-one smoothing: the page's claims, checked."""

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

FAST = settings(max_examples=100, deadline=None, derandomize=True)
count_tables = hnp.arrays("int32", st.tuples(st.integers(1, 6), st.integers(2, 27)), elements=st.integers(0, 2**31 - 2))
small_tables = hnp.arrays("int64", st.tuples(st.integers(1, 6), st.integers(2, 27)), elements=st.integers(0, 50))


def smoothed(counts, k):
    counts = torch.as_tensor(counts).double() + k
    return counts / counts.sum(1, keepdim=True)


def average_nll(counts, probs):
    """Average -log p over the bigrams counted in `counts` (a cell counted 0 times adds nothing)."""
    counts = torch.as_tensor(counts).double()
    return (-torch.special.xlogy(counts, probs).sum() / counts.sum()).item()


def test_the_example_raw_zero_gives_infinite_surprise_add_one_a_finite_one(example):
    ran = example("add_one_smoothing")
    N, raw, P = ran.globals["N"], ran.globals["raw"], ran.globals["P"]
    assert raw[0, 0] == 0 and math.isinf(-raw[0, 0].log().item())
    assert (P > 0).all() and torch.isfinite(-P.log()).all()
    printed = ran.stdout.splitlines()
    assert printed[-2].split() == ["raw:", "inf"]
    assert float(printed[-1].split()[1]) == pytest.approx(math.log(13), abs=5e-5)  # -log(1/13): row 0 is [0, 5, 5]


def test_the_example_matches_the_formula_with_k_1_and_v_3(example):
    N, P = example("add_one_smoothing").globals["N"], example("add_one_smoothing").globals["P"]
    V = N.shape[1]
    by_formula = [(N[i, j].item() + 1) / (N[i].sum().item() + V) for i in range(2) for j in range(V)]
    assert P.flatten().tolist() == pytest.approx(by_formula, rel=1e-6)
    assert P.sum(1).tolist() == pytest.approx([1.0, 1.0], abs=1e-6)


@FAST
@given(count_tables)
def test_no_probability_is_zero_and_no_surprise_infinite_for_any_int32_count_table(N):
    N = torch.from_numpy(N)
    assert (N + 1).dtype == torch.int32 and ((N + 1) > N).all()  # no wrap-around below the largest int32
    P = (N + 1).float()
    P = P / P.sum(1, keepdim=True)
    assert (P > 0).all() and torch.isfinite(-P.log()).all()


def test_at_the_largest_int32_the_plus_one_wraps_around():
    N = torch.tensor([[2**31 - 1, 0]], dtype=torch.int32)
    assert (N + 1)[0, 0].item() == -(2**31)  # why the page says "below 2**31 - 1"


def test_n_plus_one_stays_int32_and_float_converts_after(example):
    N = example("add_one_smoothing").globals["N"]
    assert (N + 1).dtype == torch.int32 and (N + 1).float().dtype == torch.float32
    assert torch.equal((N + 1).float(), N.float() + 1)


@FAST
@given(small_tables)
def test_k_zero_is_the_raw_estimate(N):
    N[:, 0] += 1  # every row has a count, so raw probabilities exist
    assert torch.equal(smoothed(N, 0), torch.from_numpy(N).double() / torch.from_numpy(N).double().sum(1, keepdim=True))


@FAST
@given(small_tables, st.floats(0, 100), st.floats(0.01, 100))
def test_a_larger_k_pulls_every_probability_toward_uniform(N, k, more):
    N[:, 0] += 1
    V = N.shape[1]
    before = (smoothed(N, k) - 1 / V).abs()
    after = (smoothed(N, k + more) - 1 / V).abs()
    assert (after <= before + 1e-15).all()  # never further from 1/V
    assert (smoothed(N, 1e9) - 1 / V).abs().max() < 1e-6  # and, in the limit, uniform


def test_the_pseudocounts_example_ends_at_uniform(example):
    lines = example("add_one_smoothing", "pseudocounts").stdout.splitlines()
    rows = [[float(v) for v in line.split(":")[1].strip(" []").split(", ")] for line in lines]
    distance = [max(abs(p - 0.25) for p in row) for row in rows[:-1]]  # k = 0, 1, 10, 100, 1e6
    assert distance == sorted(distance, reverse=True) and distance[-1] < 1e-4
    assert rows[-1] == [0.25] * 4
    assert rows[0] == pytest.approx([0, 5 / 30, 5 / 30, 20 / 30], abs=5e-5)  # k = 0: the raw counts


@FAST
@given(small_tables, st.floats(0.01, 100))
def test_smoothing_raises_the_training_nll_because_raw_counts_fit_best(N, k):
    N[:, 0] += 1
    assert average_nll(N, smoothed(N, 0)) <= average_nll(N, smoothed(N, k)) + 1e-12


@FAST
@given(small_tables, st.floats(1, 100))
def test_the_training_nll_stays_the_same_only_when_every_counted_row_is_uniform(N, k):
    N[:, 0] += 1
    for row in N:  # row by row, so a rise in a row with few counts is not lost in rounding
        row = row[None, :]
        rise = average_nll(row, smoothed(row, k)) - average_nll(row, smoothed(row, 0))
        if (row == row[0, 0]).all():
            assert abs(rise) < 1e-12  # already uniform: smoothing changes nothing
        else:
            assert rise > 1e-9


def test_a_uniform_row_loses_nothing_to_smoothing():
    row = torch.tensor([[3, 3, 3, 3]])
    assert torch.equal(smoothed(row, 1), smoothed(row, 0))
    assert average_nll(row, smoothed(row, 1)) == average_nll(row, smoothed(row, 0)) == pytest.approx(math.log(4))


def test_how_much_the_nll_rises_depends_on_how_many_counts_a_row_holds():
    few = torch.tensor([[1, 0, 0, 1]])  # 2 counts
    many = few * 1000  # the same proportions, 2,000 counts
    rise_few = average_nll(few, smoothed(few, 1)) - average_nll(few, smoothed(few, 0))
    rise_many = average_nll(many, smoothed(many, 1)) - average_nll(many, smoothed(many, 0))
    assert rise_few > 0.4 and rise_many < 0.002  # "a lot" vs "a little"


def test_the_figure_draws_one_bar_group_per_k(example):
    figure = example("add_one_smoothing", "figure")
    assert len(figure.figures) == 1
    assert figure.globals["k"] == 100 and figure.globals["p"].tolist() == pytest.approx(smoothed([[0, 5, 5, 20]], 100)[0].tolist())
