"""gradient check: the page's claims, checked."""

import re
import warnings

import pytest
import torch
from torch.autograd.gradcheck import GradcheckError
from hypothesis import given, settings
from hypothesis import strategies as st


def cmp_rows(stdout):
    pattern = r"^(.+?)\s+\| exact: (True|False)\s+\| approximate: (True|False)\s+\| maxdiff: (\S+)$"
    return {name: (exact == "True", approx == "True", float(diff))
            for name, exact, approx, diff in re.findall(pattern, stdout, re.M)}


def test_cmp_passes_right_gradients_and_catches_a_forgotten_factor(example):
    ran = example("gradient_check")
    rows = cmp_rows(ran.stdout)
    assert rows["h"] == (True, True, 0.0)
    exact, approx, diff = rows["W"]
    assert approx and diff < 1e-6  # right, up to rounding
    exact, approx, diff = rows["W, wrong"]
    assert not exact and not approx and diff > 0.1  # of the size of the gradients themselves
    W = ran.globals["W"]
    assert diff == pytest.approx((ran.globals["x"].T @ ran.globals["dh"] - W.grad).abs().max().item(), rel=1e-2)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(a=st.floats(-1e3, 1e3), b=st.floats(-1e3, 1e3))
def test_allclose_is_within_atol_plus_rtol_times_the_second_argument(a, b):
    ta, tb = torch.tensor([a], dtype=torch.float64), torch.tensor([b], dtype=torch.float64)
    assert torch.allclose(ta, tb) == (abs(a - b) <= 1e-8 + 1e-5 * abs(b))


def test_the_verdict_of_allclose_depends_on_the_gradients_size():
    # a correct BatchNorm backward in float32: gradients of size 1 fail allclose, scaled by 1/32 they pass
    verdicts = []
    for scale in (1.0, 1 / 32):
        g = torch.Generator().manual_seed(42)
        n = 32
        x = torch.randn(n, 64, generator=g, requires_grad=True)
        inv = (x.var(0, keepdim=True) + 1e-5) ** -0.5
        raw = (x - x.mean(0, keepdim=True)) * inv
        dy = torch.randn(n, 64, generator=g) * scale
        raw.backward(dy)
        with torch.no_grad():
            dx = inv / n * (n * dy - dy.sum(0) - n / (n - 1) * raw * (dy * raw).sum(0))
        assert (dx - x.grad).abs().max() < 1e-5 * dy.abs().max()  # right, up to rounding, both times
        verdicts.append(torch.allclose(dx, x.grad))
    assert verdicts == [False, True]


def f(w):
    return torch.tanh(w).pow(2).sum()


def central_difference(w, step, dtype):
    x = w.detach().to(dtype)
    nudge = torch.zeros_like(x)
    nudge[0] = step
    return ((f(x + nudge) - f(x - nudge)) / (2 * step)).item()


def test_finite_differences_give_about_10_digits_in_float64_and_only_a_few_in_float32():
    w = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
    f(w).backward()
    exact = w.grad[0].item()
    assert abs(central_difference(w, 1e-6, torch.float64) - exact) < 1e-9
    steps = [10.0**-k for k in range(1, 9)]
    best32 = min(abs(central_difference(w, s, torch.float32) - exact) for s in steps)
    assert best32 > 1e-7 * abs(exact)  # no step size gets float32 to more than a few digits...
    assert best32 < 1e-3  # ...but it gets a few


def test_the_finite_difference_example_prints_those_errors(example):
    ran = example("gradient_check", "finite_differences")
    errors = [float(e) for e in re.findall(r"error (\S+)\)", ran.stdout)]
    assert errors[2] < 1e-9 < 1e-4 < errors[1] and errors[0] < errors[1]
    assert ran.stdout.rstrip().endswith("gradcheck (float64): True")


def test_gradcheck_wants_float64():
    w32 = torch.tensor([0.3, -1.2, 2.0], requires_grad=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ok = torch.autograd.gradcheck(f, (w32,), raise_exception=False)
    assert not ok  # a correct gradient, reported as a mismatch
    assert any("double precision" in str(w.message) for w in caught)
    assert torch.autograd.gradcheck(f, (w32.detach().double().requires_grad_(),))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(GradcheckError):
            torch.autograd.gradcheck(f, (w32,))  # the default raises


def test_float32_machine_epsilon_is_2_to_the_29_times_float64s():
    ratio = torch.finfo(torch.float32).eps / torch.finfo(torch.float64).eps
    assert ratio == 2.0**29 and 5e8 < ratio < 6e8


def test_gradcheck_catches_a_wrong_backward_in_float64():
    class WrongTanh(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x.tanh()

        @staticmethod
        def backward(ctx, grad):
            (x,) = ctx.saved_tensors
            return grad * (1 - x**2)  # should be 1 - tanh(x)**2

    w = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
    assert not torch.autograd.gradcheck(WrongTanh.apply, (w,), raise_exception=False)
