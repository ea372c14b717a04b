"""floating-point precision: the page's claims, checked."""

import math
from fractions import Fraction

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=200, deadline=None, derandomize=True)
F32 = torch.finfo(torch.float32)
F64 = torch.finfo(torch.float64)


def float32(x):
    """x rounded to the nearest float32, back as a Python float (exactly)."""
    return float(np.float32(x))


def one_at_a_time(values):
    """A float32 running total, one number at a time (np.cumsum adds left to right in float32)."""
    return float(np.cumsum(np.asarray(values, dtype=np.float32))[-1])


# --- float32 and float64 -------------------------------------------------------------------

@pytest.mark.parametrize("dtype, bits", [(torch.float32, 24), (torch.float64, 53)])
def test_significant_bits_and_machine_epsilon(dtype, bits):
    eps = torch.finfo(dtype).eps
    assert eps == 2.0 ** -(bits - 1)
    one = torch.tensor(1.0, dtype=dtype)
    assert (one + eps > one).item() and (one + eps / 2 == one).item()  # eps is the gap above 1
    whole = torch.tensor(2.0**bits, dtype=dtype)
    assert (whole - 1 != whole).item() and (whole + 1 == whole).item()  # bits is where whole numbers run out


def test_the_example_prints_eps_and_the_digits_it_leaves(example):
    printed = example("floating_point_precision").stdout.splitlines()
    assert printed[0] == f"torch.float32 eps: {2.0**-23} (about {23 * math.log10(2):.1f} decimal digits)"
    assert printed[2] == f"torch.float64 eps: {2.0**-52} (about {52 * math.log10(2):.1f} decimal digits)"
    assert printed[1] == printed[3] == "  1 + eps > 1: True | 1 + eps/2 == 1: True"
    assert round(23 * math.log10(2)) == 7 and round(52 * math.log10(2)) == 16  # "about 7" and "about 16"


@FAST
@given(st.floats(F32.tiny, F32.max) | st.floats(-F32.max, -F32.tiny))
def test_rounding_to_float32_changes_a_normal_number_by_at_most_half_eps_relative(x):
    assert abs(float32(x) - x) <= F32.eps / 2 * abs(x)


@FAST
@given(st.fractions(min_value=Fraction(1, 10**300), max_value=Fraction(10**300)))
def test_rounding_to_float64_changes_a_number_by_at_most_half_eps_relative(x):
    assert abs(Fraction(float(x)) - x) <= Fraction(F64.eps) / 2 * x


def test_outside_the_normal_range_float32_keeps_fewer_digits_or_overflows():
    assert F32.tiny == pytest.approx(1.2e-38, rel=0.03) and F32.max == pytest.approx(3.4e38, rel=0.01)
    tiny = 1e-42  # below the smallest normal float32
    assert abs(float32(tiny) - tiny) > F32.eps * tiny
    with np.errstate(over="ignore"):
        assert math.isinf(float32(1e39))  # beyond the largest float32


def test_neither_stores_0_1_and_item_shows_the_float32_value_in_full(example):
    assert Fraction(0.1) != Fraction(1, 10) and Fraction(float32(0.1)) != Fraction(1, 10)
    value = torch.tensor(0.1).item()
    assert value == float32(0.1) == 0.10000000149011612 and float(repr(value)) == value  # repr round-trips
    printed = example("floating_point_precision").stdout.splitlines()
    assert printed[4] == f"0.1 in float32: {float32(0.1):.20f}" and printed[5] == f"0.1 in float64: {0.1:.20f}"


# --- why a probability sum prints 1.0000001192092896 ---------------------------------------

def test_the_softmax_sum_is_the_float32_just_above_1(example):
    ran = example("floating_point_precision", "softmax_sum")
    probs, total = ran.globals["probs"], ran.globals["total"]
    assert total.item() == 1 + F32.eps == float(np.nextafter(np.float32(1), np.float32(2)))
    assert sum(Fraction(p) for p in probs.tolist()) != 1  # each probability is already rounded
    a, b, c = (np.float32(p) for p in probs.tolist())
    assert float((a + b) + c) == total.item() and float(a + (b + c)) == 1.0  # another order: exactly 1
    printed = ran.stdout.splitlines()
    assert printed[0] == "probs.sum(): tensor(1.0000)"  # the tensor prints 4 decimals
    assert printed[1] == "probs.sum().item(): 1.0000001192092896"
    assert printed[3] == "(a + b) + c: 1.0000001192092896 | a + (b + c): 1.0"
    assert printed[4] == "close to 1: True"


@FAST
@given(st.lists(st.floats(-20, 20), min_size=2, max_size=300))
def test_a_float32_probability_sum_is_close_to_1_whatever_the_logits(logits):
    total = F.softmax(torch.tensor(logits), dim=0).sum()
    assert torch.isclose(total, torch.tensor(1.0))


def test_a_float32_probability_sum_is_often_not_exactly_1():
    g = torch.Generator().manual_seed(0)
    sums = [F.softmax(torch.randn(27, generator=g) * 3, dim=0).sum().item() for _ in range(200)]
    assert sum(s != 1.0 for s in sums) > 20  # so compare with a tolerance, not with ==


def test_addition_is_not_associative():
    assert (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)
    a, b, c = np.float32(1.0), np.float32(F32.eps / 2), np.float32(F32.eps / 2)
    assert (a + b) + c == 1.0 and a + (b + c) > 1.0  # small numbers first survive, one by one they vanish


# --- long sums ------------------------------------------------------------------------------

def test_cumsum_here_is_the_same_float32_one_at_a_time_total_as_the_pages_loop(example):
    ran = example("floating_point_precision", "sum_order")
    x = ran.globals["x"].numpy()
    assert one_at_a_time(x) == float(ran.globals["forward"])
    assert one_at_a_time(x[::-1]) == float(ran.globals["backward"])


def test_the_order_changes_the_total_and_the_page_prints_the_totals(example):
    ran = example("floating_point_precision", "sum_order")
    x = ran.globals["x"]
    forward, backward = float(ran.globals["forward"]), float(ran.globals["backward"])
    exact = math.fsum(x.tolist())  # correctly rounded sum of the float32 values
    assert forward != backward and min(abs(forward - exact), abs(backward - exact)) > 0.01
    printed = ran.stdout.splitlines()
    assert [float(line.split(":")[1]) for line in printed[:3]] == [forward, backward, exact]
    assert printed[3].split(":")[1].strip() == "True"


@pytest.mark.parametrize("threads", [1, 2, 3, 4, 8])
def test_torch_sum_stays_within_0_01_and_a_few_float32_steps_whatever_the_thread_count(example, threads):
    x = example("floating_point_precision", "sum_order").globals["x"]
    exact = math.fsum(x.tolist())
    step = abs(float(np.spacing(np.float32(exact))))  # float32 spacing near the total: 0.0039
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        total = x.sum().item()
    finally:
        torch.set_num_threads(before)
    assert abs(total - exact) <= 2 * step < 0.01


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.integers(0, 2**32), st.integers(10_000, 300_000))
def test_torch_sum_of_one_signed_numbers_stays_within_a_few_float32_steps(seed, n):
    x = torch.rand(n, generator=torch.Generator().manual_seed(seed)) * 0.2 + 0.005
    logp = x.log()  # all negative, like log-probabilities
    exact = logp.double().sum().item()
    assert abs(logp.sum().item() - exact) <= 4 * abs(float(np.spacing(np.float32(exact))))


@FAST
@given(st.floats(2.0**19, 2.0**20, exclude_max=True, width=32), st.floats(-8, 0, width=32))
def test_past_2_to_the_19_a_float32_total_rounds_each_addition_by_up_to_0_03(total, logprob):
    assert np.spacing(np.float32(total)) == 2.0**-4  # 0.0625 between neighbouring floats
    exact = Fraction(float(total)) + Fraction(float(logprob))
    assert abs(Fraction(float(np.float32(total) + np.float32(logprob))) - exact) <= Fraction(1, 32)


def test_the_lectures_total_is_past_2_to_the_19():
    lecture_log_likelihood = -564996.8125  # the lecture notebook's printed total
    assert 2**19 < abs(lecture_log_likelihood) < 2**20


def test_the_average_loss_example_flips_the_4th_decimal(example):
    ran = example("floating_point_precision", "average_loss")
    logp, n = ran.globals["logp"], ran.globals["n"]
    one_by_one, summed = ran.globals["one_by_one"], ran.globals["summed"]
    assert n == 228_146 and one_at_a_time(logp.numpy()) == float(ran.globals["total"])
    exact = -math.fsum(logp.tolist()) / n
    assert 1e-6 < abs(one_by_one - exact) < 1e-4  # off in the 5th decimal
    assert abs(summed - exact) < 1e-6  # torch's sum: float32 rounding only
    assert f"{one_by_one:.4f}" != f"{summed:.4f}"  # ... which the 4th printed decimal shows
    assert ran.stdout.splitlines()[-2:] == [f"torch.sum, float32:     {summed:.5f}",
                                           f"printed to 4 decimals:  {one_by_one:.4f} vs {summed:.4f}"]
    assert 3 < abs(float(ran.globals["total"]) + exact * n) < 10  # the total is "off by about 6"
    assert 2e-5 < abs(one_by_one - exact) < 4e-5  # "about 3 in the 5th decimal"
    assert 2**19 < abs(float(ran.globals["total"])) < 2**20  # the same range as the lecture's total


@pytest.mark.parametrize("threads", [1, 2, 3, 4, 8])
def test_the_average_loss_page_prints_the_same_digits_whatever_the_thread_count(example, threads):
    ran = example("floating_point_precision", "average_loss")
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        summed = (-ran.globals["logp"].sum() / ran.globals["n"]).item()
    finally:
        torch.set_num_threads(before)
    assert f"torch.sum, float32:     {summed:.5f}" in ran.stdout.splitlines()
    assert f"vs {summed:.4f}" in ran.stdout


@pytest.mark.parametrize("seed", range(8))
def test_averaging_one_at_a_time_stays_within_the_5th_decimal_for_other_data(seed):
    g = torch.Generator().manual_seed(seed)
    logp = (torch.rand(228_146, generator=g) * 0.2 + 0.005).log()
    exact = -math.fsum(logp.tolist()) / len(logp)
    assert abs(-one_at_a_time(logp.numpy()) / len(logp) - exact) < 1e-4
    assert abs((-logp.sum() / len(logp)).item() - exact) < 1e-6


def test_float64_all_the_way_agrees_with_the_exact_average_to_many_digits(example):
    logp = example("floating_point_precision", "average_loss").globals["logp"]
    exact = -math.fsum(logp.tolist()) / len(logp)
    assert (-logp.double().sum() / len(logp)).item() == pytest.approx(exact, rel=1e-14)
