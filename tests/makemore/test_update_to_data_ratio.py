"""update-to-data ratio: the page's claims, checked."""

import ast
import math
import re

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset


def log_ratio(p, grad, lr):
    return math.log10((lr * grad).std().item() / p.std().item())


def printed_rows(stdout):
    return {int(step): ast.literal_eval(d) for step, d in re.findall(r"step (\d+): log10 update/data (\{.*\})", stdout)}


def test_the_first_step_matches_a_float64_recomputation(example):
    rows = printed_rows(example("update_to_data_ratio").stdout)
    assert set(rows) == {0, 200}
    X, Y = build_dataset(load_names(), block_size=3)
    g = torch.Generator().manual_seed(2147483647)
    C = torch.randn((27, 10), generator=g).double().requires_grad_()
    W1 = (torch.randn((30, 200), generator=g) * (5 / 3) / 30**0.5).double().requires_grad_()
    W2 = (torch.randn((200, 27), generator=g) * 0.1).double().requires_grad_()
    ix = torch.randint(0, X.shape[0], (32,), generator=g)
    F.cross_entropy(torch.tanh(C[X[ix]].view(-1, 30) @ W1) @ W2, Y[ix]).backward()
    for name, p in {"C": C, "W1": W1, "W2": W2}.items():
        assert rows[0][name] == pytest.approx(log_ratio(p.detach(), p.grad, 0.1), abs=0.006)


def test_the_output_layer_starts_above_the_rest_and_a_short_run_stays_near_minus_3_to_minus_1(example):
    rows = printed_rows(example("update_to_data_ratio").stdout)
    assert rows[0]["W2"] > max(rows[0]["C"], rows[0]["W1"]) + 0.5
    assert all(-3.5 < v < -1 for row in rows.values() for v in row.values())


@settings(max_examples=30, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**31), lr=st.floats(1e-4, 10))
def test_dividing_the_learning_rate_by_100_lowers_the_log_ratio_by_exactly_2(seed, lr):
    g = torch.Generator().manual_seed(seed)
    p = torch.randn(20, 30, generator=g, dtype=torch.float64)
    grad = torch.randn(20, 30, generator=g, dtype=torch.float64)
    assert log_ratio(p, grad, lr) - log_ratio(p, grad, lr / 100) == pytest.approx(2.0, abs=1e-9)


def test_the_ratio_does_not_depend_on_biased_or_unbiased_std():
    g = torch.Generator().manual_seed(0)
    p, grad = torch.randn(7, 3, generator=g), torch.randn(7, 3, generator=g)
    assert (grad.std() / p.std()).item() == pytest.approx((grad.std(correction=0) / p.std(correction=0)).item())


def test_the_doctest_value_by_hand():
    # p = [1, -1, 3]: mean 1, deviations 0, -2, 2; grad * 0.01 = [0.005, 0, -0.005]: mean 0
    ratio = math.sqrt(2 * 0.005**2 / 2) / math.sqrt((0 + 4 + 4) / 2)
    assert round(math.log10(ratio), 4) == -2.6021


def test_over_a_run_the_smaller_rate_changes_the_path_so_the_shift_is_not_exactly_2():
    X, Y = build_dataset(load_names()[:200], block_size=3)
    final = {}
    for lr in (0.1, 0.001):
        g = torch.Generator().manual_seed(0)  # the same start and minibatches for both
        C = torch.randn((27, 10), generator=g, dtype=torch.float64).requires_grad_()
        W1 = (torch.randn((30, 64), generator=g, dtype=torch.float64) / 30**0.5).requires_grad_()
        W2 = (torch.randn((64, 27), generator=g, dtype=torch.float64) * 0.1).requires_grad_()
        for step in range(300):
            ix = torch.randint(0, X.shape[0], (32,), generator=g)
            loss = F.cross_entropy(torch.tanh(C[X[ix]].view(-1, 30) @ W1) @ W2, Y[ix])
            C.grad = W1.grad = W2.grad = None
            loss.backward()
            final[lr] = log_ratio(W1.detach(), W1.grad, lr)
            with torch.no_grad():
                for p in (C, W1, W2):
                    p -= lr * p.grad
    assert abs(final[0.1] - final[0.001] - 2) > 1e-3  # other gradients by step 300
