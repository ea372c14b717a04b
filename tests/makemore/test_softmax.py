"""softmax: the page's claims, checked against NumPy's float64 closed form and over the inputs that break them."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

LOGITS = [2.0, 1.0, 0.1]
DTYPES = [torch.float16, torch.float32, torch.float64]


def printed_tensor(text: str) -> list[float]:
    return [float(x) for x in text.strip().removeprefix("tensor([").split("]")[0].split(",")]


def test_the_example_prints_the_closed_form_three_ways(example):
    rows = dict(line.split(": ", 1) for line in example("softmax").stdout.splitlines())
    closed_form = np.exp(LOGITS) / np.exp(LOGITS).sum()  # float64, by NumPy
    for label in ("by hand", "F.softmax", "shifted by +100"):
        assert printed_tensor(rows[label]) == pytest.approx(closed_form, abs=5e-5)  # 4 decimals printed


def test_the_printed_sum_is_one_float32_step_above_1(example):
    run = example("softmax")
    total = float(dict(line.split(": ", 1) for line in run.stdout.splitlines())["sum"])
    assert total == 1 + 2**-23 == float(np.nextafter(np.float32(1), np.float32(2)))
    exact = run.globals["probs"].double().sum().item()  # the three float32 shares, added without rounding
    assert abs(exact - 1) < 2**-24 < abs(total - 1)  # the shares are right; adding them in float32 rounds


def test_the_rounding_region(example):
    rows = dict(line.split(": ", 1) for line in example("softmax", "rounding").stdout.splitlines())
    assert printed_tensor(rows["float32"]) == [1.0, 0.0]  # exactly 0: underflow
    assert float(rows["float64"].split(",")[1].split("]")[0]) == pytest.approx(math.exp(-120), rel=1e-3)
    minus_one, two_to_minus_23 = (float(x) for x in rows["sum - 1"].split("2**-23:"))
    assert minus_one == two_to_minus_23 == 2**-23
    assert printed_tensor(rows["shifted by +1e8"]) == [0.3333] * 3
    assert np.float32(1e8) + np.float32(2.0) == np.float32(1e8)  # why: the scores become equal


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.floats(-200, 200, width=32), min_size=1, max_size=30), st.sampled_from(DTYPES))
def test_in_floating_point_outputs_are_in_0_1_sum_to_1_up_to_rounding_and_keep_the_order(scores, dtype):
    z = torch.tensor(scores, dtype=dtype)
    p = F.softmax(z, dim=0)
    assert ((p >= 0) & (p <= 1)).all()
    assert abs(p.double().sum().item() - 1) <= len(scores) * torch.finfo(dtype).eps
    order = z.argsort()
    assert (p[order].diff() >= 0).all()  # a larger score never gets a smaller share (ties allowed)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.integers(-640, 640).map(lambda i: i / 16), min_size=1, max_size=30))
def test_in_exact_arithmetic_every_output_is_positive_and_a_larger_score_gets_more(scores):
    # float64 stands in for exact arithmetic: scores 1/16 apart or more, spread at most 80,
    # so nothing underflows (e**-80 >> 1e-308) and different scores stay different
    p = F.softmax(torch.tensor(scores, dtype=torch.float64), dim=0)
    assert (p > 0).all()
    distinct = sorted(set(scores))
    shares = [p[scores.index(s)].item() for s in distinct]
    assert all(a < b for a, b in zip(shares, shares[1:]))  # a larger score, a larger share


@pytest.mark.parametrize("dtype, low", [(torch.float16, -20.0), (torch.float32, -120.0), (torch.float64, -800.0)])
def test_a_score_far_below_the_largest_gets_exactly_0(dtype, low):
    p = F.softmax(torch.tensor([0.0, low, low - 50], dtype=dtype), dim=0)
    assert p.tolist() == [1.0, 0.0, 0.0]  # two different scores, the same share


def test_shifting_changes_nothing_up_to_rounding_unless_the_shift_swamps_the_scores():
    z = torch.tensor(LOGITS)
    for c in (-100.0, -1.0, 1.0, 100.0):
        assert (F.softmax(z + c, dim=0) - F.softmax(z, dim=0)).abs().max() < 1e-6
    assert torch.equal(F.softmax(z + 1e8, dim=0), torch.full((3,), 1 / 3))
    assert torch.allclose(F.softmax(z.double() + 1e8, dim=0), F.softmax(z.double(), dim=0))  # float64 still copes


def test_large_scores_do_not_overflow_in_f_softmax_but_do_by_hand():
    big = torch.tensor([1000.0, 0.0])
    assert torch.isnan(big.exp() / big.exp().sum()).any()  # inf / inf
    assert torch.equal(F.softmax(big, dim=0), torch.tensor([1.0, 0.0]))
    shifted = big - big.max()  # what F.softmax does first
    assert torch.equal(shifted.exp() / shifted.exp().sum(), F.softmax(big, dim=0))


def test_the_figure_shows_the_logits_left_and_their_softmax_right(example):
    run = example("softmax", "figure")
    left, right = run.globals["left"], run.globals["right"]
    assert [bar.get_height() for bar in left.patches] == pytest.approx(LOGITS)
    shares = [bar.get_height() for bar in right.patches]
    assert shares == pytest.approx(list(np.exp(LOGITS) / np.exp(LOGITS).sum()), abs=1e-6)
    assert all(h > 0 for h in shares) and sum(shares) == pytest.approx(1.0, abs=1e-6)  # its title's claim
    assert len(run.figures) == 1
