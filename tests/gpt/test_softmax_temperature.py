"""softmax temperature: the page's claims, checked."""

import math
import re

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

LOGITS = [0.1, -0.2, 0.3, -0.2, 0.5]
logit_lists = st.lists(st.floats(-20, 20, allow_nan=False), min_size=2, max_size=12)
taus = st.floats(0.05, 50)


def closed_form(z, tau):
    e = [math.exp(x / tau - max(z) / tau) for x in z]
    return [x / sum(e) for x in e]


def test_the_example_prints_the_softmax_at_temperatures_1_one_eighth_and_8(example):
    lines = example("softmax_temperature").stdout.splitlines()
    for line, tau in zip(lines, (1, 1 / 8, 8)):
        printed = [float(x) for x in re.findall(r"\d\.\d{4}", line.split(":", 1)[1])]
        assert printed == pytest.approx(closed_form(LOGITS, tau), abs=5e-5)
    assert max(closed_form(LOGITS, 1 / 8)) == pytest.approx(0.80, abs=5e-3)  # "80% on one position"


@settings(max_examples=100, deadline=None, derandomize=True)
@given(logit_lists, taus, taus)
def test_the_order_never_changes_and_higher_temperature_means_higher_entropy(z, tau1, tau2):
    z = torch.tensor(z, dtype=torch.float64)
    p1, p2 = F.softmax(z / tau1, 0), F.softmax(z / tau2, 0)
    for i in range(len(z)):
        for j in range(len(z)):
            if z[i] > z[j]:
                assert p1[i] >= p1[j] and p2[i] >= p2[j]
    entropy = lambda p: -(p * p.clamp_min(1e-300).log()).sum().item()
    if tau1 < tau2 and z.max() - z.min() > 1e-3:  # constant logits: uniform at every temperature
        assert entropy(p1) <= entropy(p2) + 1e-12


@settings(max_examples=60, deadline=None, derandomize=True)
@given(logit_lists, st.floats(0.05, 20))
def test_multiplying_by_c_is_temperature_one_over_c(z, c):
    z = torch.tensor(z, dtype=torch.float64)
    assert torch.allclose(F.softmax(z * c, 0), F.softmax(z / (1 / c), 0))


@pytest.mark.parametrize("z", [LOGITS, [3.0, 1.0, 3.0, -2.0], [0.0, 0.0, 0.0, 0.0, 0.0, 1e-3]])
def test_the_limits_one_hot_with_ties_shared_and_uniform(z):
    z = torch.tensor(z, dtype=torch.float64)
    top = z == z.max()
    assert torch.allclose(F.softmax(z / 1e-6, 0), top.double() / top.sum(), atol=1e-9)  # tau -> 0
    assert torch.allclose(F.softmax(z / 1e6, 0), torch.full_like(z, 1 / len(z)), atol=1e-6)  # tau -> infinity


def test_low_temperature_sampling_picks_the_top_token_more_often():
    z = torch.tensor(LOGITS)
    counts = {}
    for tau in (0.1, 1.0, 10.0):
        g = torch.Generator().manual_seed(0)
        draws = torch.multinomial(F.softmax(z / tau, 0), 2000, replacement=True, generator=g)
        counts[tau] = (draws == 4).float().mean().item()
    assert counts[0.1] > counts[1.0] > counts[10.0]
    assert counts[0.1] > 0.8 and abs(counts[10.0] - 0.2) < 0.05


def test_the_figure_shows_the_three_temperatures(example):
    axes = example("softmax_temperature", "figure").globals["axes"]
    assert [ax.get_title() for ax in axes] == ["temperature 8.0", "temperature 1.0", "temperature 0.125"]
    for ax, tau in zip(axes, (8.0, 1.0, 0.125)):
        assert [bar.get_height() for bar in ax.patches] == pytest.approx(closed_form(LOGITS, tau), abs=1e-6)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(logit_lists, st.floats(1e-30, 1e30), st.sampled_from([torch.float16, torch.bfloat16,
                                                              torch.float32, torch.float64]))
def test_a_larger_logit_never_gets_a_smaller_probability_even_at_extreme_temperatures(z, tau, dtype):
    z = torch.tensor(z, dtype=dtype)
    scaled = z / tau
    p = F.softmax(scaled, 0)
    if not scaled.max().isfinite():  # the largest z / tau overflowed (or tau rounded to 0)
        assert p.isnan().all()
        return
    assert not p.isnan().any()
    for i in range(len(z)):
        for j in range(len(z)):
            if z[i] > z[j]:
                assert p[i] >= p[j]


def test_in_floating_point_extreme_temperatures_make_different_logits_equal():
    z = torch.tensor([0.0, 1.0, 2.0])
    assert F.softmax(z / 1e-3, 0).tolist() == [0.0, 0.0, 1.0]  # 0 and 1: both underflow to 0
    flat = F.softmax(z / 1e9, 0)
    assert flat[0] == flat[1] == flat[2]  # all round to the same number


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.floats(-1e4, 1e4, allow_nan=False), min_size=1, max_size=12))
def test_temperature_zero_gives_nan_and_argmax_is_the_limit_without_a_tie(z):
    z = torch.tensor(z, dtype=torch.float64)
    assert F.softmax(z / 0.0, 0).isnan().all()
    if (z == z.max()).sum() == 1 and len(z) > 1:
        gap = (z.max() - z[z < z.max()].max()).item()
        p = F.softmax(z / (gap / 800), 0)  # small enough: the runner-up is e**-800 = 0
        assert torch.equal(p, F.one_hot(z.argmax(), len(z)).double())


@settings(max_examples=60, deadline=None, derandomize=True)
@given(logit_lists, st.floats(0.05, 20))
def test_a_negative_factor_reverses_the_order(z, c):
    z = torch.tensor(z, dtype=torch.float64)
    p = F.softmax(z * -c, 0)
    for i in range(len(z)):
        for j in range(len(z)):
            if z[i] > z[j]:
                assert p[i] <= p[j]
    assert torch.allclose(p, F.softmax(-z / (1 / c), 0))


@pytest.mark.parametrize("dtype, tau, overflows", [
    (torch.float16, 1e-4, False), (torch.float16, 1e-5, True),  # 2 / 1e-5 > 65,504
    (torch.bfloat16, 1e-38, False), (torch.float32, 1e-38, False),
    (torch.float32, 1e-39, True), (torch.float64, 1e-300, False), (torch.float64, 1e-308, True)])
def test_a_temperature_so_small_that_z_over_tau_overflows_gives_nan(dtype, tau, overflows):
    z = torch.tensor([0.0, 1.0, 2.0], dtype=dtype)
    p = F.softmax(z / tau, 0)
    assert p.isnan().all() == overflows
    if not overflows:
        assert p.tolist() == [0.0, 0.0, 1.0]
