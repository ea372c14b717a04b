""".exp(): the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

FAST = settings(max_examples=150, deadline=None, derandomize=True)
OVERFLOW_32 = math.log(torch.finfo(torch.float32).max)  # 88.72...
UNDERFLOW_32 = math.log(2.0 ** -150)  # half the smallest float32 above 0: -103.97...


def scalar_and_vector(x, dtype=torch.float32):
    """torch.exp of one number, computed alone and inside a long tensor (vectorised code)."""
    return torch.exp(torch.tensor(x, dtype=dtype)).item(), torch.exp(torch.full((64,), x, dtype=dtype))[0].item()


def tensor_values(printed):
    return [float(v) for v in printed.split("tensor([")[1].split("])")[0].split(",")]


def test_the_example_is_e_to_each_element_and_leaves_x_alone(example):
    ran = example("exp")
    x = ran.globals["x"]
    assert x.tolist() == pytest.approx([0.0, 1.0, math.log(2.0), -1.0])  # unchanged after both calls
    printed = ran.stdout.splitlines()
    expected = [math.exp(v) for v in x.tolist()]
    assert tensor_values(printed[0]) == pytest.approx(expected, abs=5e-5)  # printed with 4 decimals
    assert printed[0].split(":", 1)[1].strip() == printed[1].split(":", 1)[1].strip()  # torch.exp(x) is x.exp()
    assert printed[2] == "dtype: torch.float32"


def test_the_numpy_tab_gives_the_same_values_in_float64(example):
    printed = example("exp", "numpy").stdout.splitlines()
    values = [float(v) for v in printed[0].split("[")[1].strip(" ]").split()]
    assert values == pytest.approx([1.0, math.e, 2.0, 1 / math.e], rel=1e-8)
    assert printed[1] == "dtype: float64"
    x = example("exp", "numpy").globals["x"]
    assert np.allclose(torch.from_numpy(x).exp().numpy(), np.exp(x), rtol=1e-15)  # NumPy and torch agree


@FAST
@given(hnp.arrays(np.float32, hnp.array_shapes(max_dims=3, max_side=5), elements=st.floats(-50, 50, width=32)))
def test_a_new_tensor_element_by_element_input_unchanged_and_exp__in_place(values):
    x = torch.from_numpy(values)
    before = x.clone()
    y = x.exp()
    assert y is not x and y.shape == x.shape and torch.equal(x, before)
    assert np.allclose(y.numpy(), np.exp(values.astype(np.float64)), rtol=1e-6)
    x.exp_()
    assert torch.equal(x, y)


@FAST
@given(st.floats(UNDERFLOW_32 + 0.01, OVERFLOW_32 - 0.01))
def test_never_below_zero_and_positive_between_the_limits(x):
    assert min(scalar_and_vector(x)) > 0.0


@FAST
@given(st.floats(allow_nan=False))
def test_never_negative_for_any_float(x):
    assert min(scalar_and_vector(x, torch.float64)) >= 0.0


@FAST
@given(st.floats(0.01, 100))
def test_inverse_of_the_natural_log(c):
    assert torch.tensor(c, dtype=torch.float64).log().exp().item() == pytest.approx(c, rel=1e-14)


def test_increasing_and_one_at_zero():
    z = torch.linspace(-50, 50, 1001)
    assert (torch.diff(z.exp()) > 0).all()
    assert torch.exp(torch.tensor(0.0)).item() == 1.0


def test_the_float32_limits_are_the_logs_of_the_largest_and_smallest_floats():
    assert OVERFLOW_32 == pytest.approx(88.72, abs=0.01)
    assert UNDERFLOW_32 == pytest.approx(-103.97, abs=0.01)
    assert math.log(torch.finfo(torch.float64).max) == pytest.approx(709.78, abs=0.01)


@FAST
@given(st.floats(88.7229, 1e38) | st.just(math.inf))
def test_float32_overflows_to_inf_above_about_88_72(x):
    assert scalar_and_vector(x) == (math.inf, math.inf)
    if x < 709:
        assert math.isfinite(torch.exp(torch.tensor(x, dtype=torch.float64)).item())  # float64 goes further


@FAST
@given(st.floats(-1e38, -103.973) | st.just(-math.inf))
def test_float32_underflows_to_exactly_zero_below_about_minus_103_97(x):
    assert scalar_and_vector(x) == (0.0, 0.0)


def test_float64_overflows_above_about_709_78():
    assert math.isfinite(scalar_and_vector(709.7, torch.float64)[0])
    assert scalar_and_vector(709.8, torch.float64) == (math.inf, math.inf)


def test_the_overflow_example_shows_both_limits(example):
    printed = example("exp", "overflow").stdout.splitlines()
    float32 = printed[0].split("tensor([")[1].split("])")[0].split(",")
    assert [v.strip() == "inf" for v in float32] == [False, False, True, True]  # 88.0, 88.7 | 88.8, 100.0
    assert "inf" not in printed[1]  # the same numbers in float64
    tiny = tensor_values(printed[2])
    assert tiny[0] > 0 and tiny[1] == 0.0  # e^-100 is still above 0, e^-104 is exactly 0


def test_exp_then_normalise_is_softmax_up_to_round_off(example):
    ran = example("exp", "logits")
    logits, counts, probs = ran.globals["logits"], ran.globals["counts"], ran.globals["probs"]
    assert (counts > 0).all()
    exact = np.exp(logits.double().numpy()) / np.exp(logits.double().numpy()).sum(1, keepdims=True)
    assert np.allclose(probs.numpy(), exact, rtol=1e-6) and np.allclose(F.softmax(logits, 1).numpy(), exact, rtol=1e-6)
    assert ran.stdout.splitlines()[-2:] == ["rows sum to 1: True", "same as F.softmax: True"]


@pytest.mark.parametrize("big", [100.0, 1000.0, 1e30, 3e38])
def test_f_softmax_does_not_overflow_where_exp_by_hand_does(big):
    logits = torch.tensor([big, 0.0, big - 1])
    by_hand = logits.exp() / logits.exp().sum()
    assert torch.isnan(by_hand).any()  # inf / inf
    shifted = (logits - logits.max()).exp()
    assert torch.allclose(F.softmax(logits, 0), shifted / shifted.sum())  # subtract the largest logit first
    assert torch.isfinite(F.softmax(logits, 0)).all()


def test_the_figure_draws_e_to_the_x_above_zero(example):
    figure = example("exp", "figure")
    x = figure.globals["x"]
    assert (x.exp() > 0).all() and len(figure.figures) == 1
