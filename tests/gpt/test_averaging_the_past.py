"""averaging the past: the page's claims, checked."""

import pytest
import torch
import torch.nn.functional as F


def by_tril(T, dtype):
    wei = torch.tril(torch.ones(T, T, dtype=dtype))
    return wei / wei.sum(1, keepdim=True)


def by_masked_softmax(T, dtype):
    tril = torch.tril(torch.ones(T, T))
    return F.softmax(torch.zeros((T, T), dtype=dtype).masked_fill(tril == 0, float("-inf")), dim=-1)


def by_loop(x):
    B, T, C = x.shape
    out = torch.zeros_like(x)
    for b in range(B):
        for t in range(T):
            out[b, t] = x[b, : t + 1].mean(0)
    return out


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("T", [1, 2, 3, 7, 8, 64, 255, 256, 257, 300])
def test_tril_and_masked_softmax_give_exactly_the_same_weights(T, dtype):
    wei = by_tril(T, dtype)
    assert torch.equal(wei, by_masked_softmax(T, dtype))
    closed_form = torch.tril(torch.ones(T, T, dtype=torch.float64)) / torch.arange(1, T + 1, dtype=torch.float64)[:, None]
    assert torch.allclose(wei.double(), closed_form, rtol=1e-6, atol=0)  # row t: 1 / (t + 1), then 0


@pytest.mark.parametrize("dtype, first_bad", [(torch.bfloat16, 257), (torch.float16, 2049)])
def test_in_16_bit_dtypes_the_tril_version_drifts_from_the_first_inexact_row_sum(dtype, first_bad):
    for T in (first_bad - 1, first_bad):
        exact = torch.equal(by_tril(T, dtype), by_masked_softmax(T, dtype))
        assert exact == (T < first_bad), T
    assert torch.ones(first_bad, dtype=dtype).sum().item() != first_bad  # the row sum itself is rounded


@pytest.mark.parametrize("dtype, atol", [(torch.float32, 1e-6), (torch.float64, 1e-14)])
@pytest.mark.parametrize("B, T, C", [(1, 1, 1), (4, 8, 2), (2, 32, 5)])
def test_the_loop_agrees_with_both_matrix_versions_up_to_rounding(B, T, C, dtype, atol):
    x = torch.randn(B, T, C, generator=torch.Generator().manual_seed(T), dtype=dtype)
    loop = by_loop(x)
    for wei in (by_tril(T, dtype), by_masked_softmax(T, dtype)):
        out = wei @ x  # (T, T) @ (B, T, C): broadcast over the batch
        assert out.shape == (B, T, C)
        assert torch.allclose(out, loop, rtol=0, atol=atol)


def test_the_example_prints_what_its_tensors_hold(example):
    region = example("averaging_the_past")
    g = region.globals
    lines = region.stdout.splitlines()
    assert torch.equal(g["wei"], g["wei3"]) and lines[4] == "same weights (2, 3): True"
    assert torch.allclose(g["xbow"], by_loop(g["x"]), atol=0)  # the region's loop is the plain definition
    diff = (g["xbow"] - g["xbow2"]).abs().max().item()
    assert lines[5] == f"loop vs matmul: largest difference {diff:.1e}" and 0 < diff < 1e-6
    assert lines[6] == "allclose(atol=1e-6): True True"
    assert lines[7] == "allclose with its default atol=1e-8: False"  # the rounding pitfall the page describes
    near_zero = (g["xbow"] - g["xbow2"]).abs() > 1e-8 + 1e-5 * g["xbow2"].abs()
    assert g["xbow2"][near_zero].abs().max() < 0.01  # the failing entries are the ones near 0


def test_version_3_with_scores_instead_of_zeros_is_a_weighted_average_of_the_past():
    T = 6
    scores = torch.randn(T, T, generator=torch.Generator().manual_seed(0))
    tril = torch.tril(torch.ones(T, T))
    wei = F.softmax(scores.masked_fill(tril == 0, float("-inf")), dim=-1)
    assert torch.equal(wei.triu(1), torch.zeros(T, T))  # still only the past
    assert torch.allclose(wei.sum(1), torch.ones(T))
    assert not torch.allclose(wei, by_tril(T, torch.float32))  # but no longer uniform
