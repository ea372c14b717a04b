"""data normalization: the page's claims, checked with NumPy float64 and over the inputs that break them."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.counts import count_matrix
from glossary_examples.makemore.data import load_names

COUNT_ROWS = st.lists(st.lists(st.integers(0, 10_000), min_size=3, max_size=3).filter(any),  # positive sums
                      min_size=1, max_size=4)


def test_the_example_row_normalizes_like_numpy(example):
    run = example("data_normalization")
    N, P = run.globals["N"], run.globals["P"]
    expected = N.double().numpy() / N.double().numpy().sum(1, keepdims=True)
    assert np.allclose(P.numpy(), expected, rtol=0, atol=1e-7)
    counts = run.globals["counts"]
    assert torch.allclose(counts / counts.sum(1, keepdim=True), F.softmax(run.globals["logits"], dim=1))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(COUNT_ROWS, st.integers(1, 1000))
def test_rows_with_a_positive_sum_become_distributions_and_scaling_changes_nothing_beyond_rounding(rows, scale):
    N = torch.tensor(rows, dtype=torch.float32)
    P = N / N.sum(1, keepdim=True)
    assert ((P >= 0) & (P <= 1)).all()
    assert (P.double().sum(1) - 1).abs().max() <= 3 * torch.finfo(torch.float32).eps
    scaled = N * scale
    assert torch.allclose(scaled / scaled.sum(1, keepdim=True), P, rtol=1e-6, atol=0)


def test_a_row_of_zeros_is_nan_and_f_normalize_keeps_it_zero():
    N = torch.tensor([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
    assert torch.isnan((N / N.sum(1, keepdim=True))[0]).all()
    assert torch.equal(F.normalize(N, p=1, dim=1)[0], torch.zeros(3))
    tiny = torch.tensor([[1e-13, 1e-13]])  # a sum below eps = 1e-12: F.normalize divides by eps instead
    assert not torch.allclose(F.normalize(tiny, p=1, dim=1), tiny / tiny.sum(1, keepdim=True))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(COUNT_ROWS)
def test_f_normalize_is_row_normalization_for_non_negative_rows_with_a_positive_sum(rows):
    N = torch.tensor(rows, dtype=torch.float32)
    assert torch.allclose(F.normalize(N, p=1, dim=1), N / N.sum(1, keepdim=True), rtol=1e-6, atol=0)


def test_on_the_census_counts_too():
    N = count_matrix(load_names()).float()
    P = N / N.sum(1, keepdim=True)
    assert torch.allclose(P.sum(1), torch.ones(27)) and torch.allclose(F.normalize(N, p=1, dim=1), P)


def test_feature_scaling_region(example):
    run = example("data_normalization", "feature_scaling")
    X = run.globals["X"].double().numpy()
    standardized = (X - X.mean(0)) / X.std(0, ddof=1)  # torch's std is the sample std (n - 1)
    assert np.allclose(run.globals["standardized"].numpy(), standardized, atol=1e-6)
    assert np.allclose(run.globals["min_max"].numpy(), (X - X.min(0)) / (X.max(0) - X.min(0)), atol=1e-7)
    assert np.allclose(standardized.mean(0), 0) and np.allclose(standardized.std(0, ddof=1), 1)
    row_sums = np.concatenate([standardized.sum(1), run.globals["min_max"].sum(1).numpy()])
    assert (standardized < 0).any() and not np.allclose(row_sums, 1)  # not distributions
    assert np.isclose(row_sums, 1).any()  # though a row can sum to 1 by accident ("not 1 in general")


def test_a_constant_column_cannot_be_standardized_or_min_max_scaled():
    X = torch.tensor([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]])
    assert torch.isnan(((X - X.mean(0)) / X.std(0))[:, 1]).all()
    assert torch.isnan(((X - X.min(0).values) / (X.max(0).values - X.min(0).values))[:, 1]).all()


@pytest.mark.parametrize("X", [[[0., 4., 1.], [3., 1., 6.], [5., 2., 3.]], [[1., 200.], [2., 400.], [3., 600.]]])
def test_standardization_gives_mean_0_and_std_1_for_columns_that_are_not_constant(X):
    X = torch.tensor(X)
    Z = (X - X.mean(0)) / X.std(0)
    assert torch.allclose(Z.mean(0), torch.zeros(X.shape[1]), atol=1e-6)
    assert torch.allclose(Z.std(0), torch.ones(X.shape[1]))
