"""matmul backward: the page's claims, checked."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(1, 8), k=st.integers(1, 8), m=st.integers(1, 8), seed=st.integers(0, 2**31))
def test_dx_dw_db_match_autograd(n, k, m, seed):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, k, generator=g, dtype=torch.float64, requires_grad=True)
    W = torch.randn(k, m, generator=g, dtype=torch.float64, requires_grad=True)
    b = torch.randn(m, generator=g, dtype=torch.float64, requires_grad=True)
    dY = torch.randn(n, m, generator=g, dtype=torch.float64)
    (X @ W + b).backward(dY)
    assert torch.allclose(dY @ W.detach().T, X.grad)
    assert torch.allclose(X.detach().T @ dY, W.grad)
    assert torch.allclose(dY.sum(0), b.grad)


def test_one_entry_by_finite_differences():
    g = torch.Generator().manual_seed(1)
    X = torch.randn(3, 2, generator=g, dtype=torch.float64)
    W = torch.randn(2, 4, generator=g, dtype=torch.float64)
    dY = torch.randn(3, 4, generator=g, dtype=torch.float64)
    loss = lambda W: ((X @ W) * dY).sum()  # noqa: E731 - its gradient w.r.t. X @ W is dY
    nudge = torch.zeros_like(W)
    nudge[1, 2] = 1e-6
    slope = (loss(W + nudge) - loss(W - nudge)) / 2e-6
    assert slope.item() == pytest.approx((X.T @ dY)[1, 2].item(), abs=1e-8)


def test_with_leading_dims_dw_adds_up_over_all_of_them():
    g = torch.Generator().manual_seed(2)
    X = torch.randn(4, 5, 3, generator=g, dtype=torch.float64)
    W = torch.randn(3, 2, generator=g, dtype=torch.float64, requires_grad=True)
    dY = torch.randn(4, 5, 2, generator=g, dtype=torch.float64)
    (X @ W).backward(dY)
    assert torch.allclose(X.reshape(-1, 3).T @ dY.reshape(-1, 2), W.grad)


def test_the_example(example):
    ran = example("matmul_backward")
    assert ran.stdout.splitlines() == ["dX: shape (5, 3), matches autograd: True",
                                      "dW: shape (3, 4), matches autograd: True",
                                      "db: shape (4,), matches autograd: True"]
