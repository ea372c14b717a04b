"""tanh backward (dhpreact): the page's claims, checked."""

import os
import subprocess
import sys

import pytest
import torch

from glossary_site import portable

VECTORIZED = torch.backends.cpu.get_cpu_capability() != "DEFAULT"


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_one_minus_h_squared_times_dh_is_the_gradient(dtype):
    g = torch.Generator().manual_seed(0)
    x = (torch.randn(1000, generator=g, dtype=dtype) * 4).requires_grad_()  # some saturated
    dh = torch.randn(1000, generator=g, dtype=dtype)
    h = torch.tanh(x)
    h.backward(dh)
    assert torch.allclose((1.0 - h.detach() ** 2) * dh, x.grad, atol=1e-7 if dtype == torch.float32 else 1e-15)


def test_at_0_the_gradient_passes_unchanged():
    x = torch.zeros(3, requires_grad=True)
    torch.tanh(x).backward(torch.tensor([1.0, -2.0, 0.5]))
    assert x.grad.tolist() == [1.0, -2.0, 0.5]


def test_the_example_prints_what_any_cpu_prints(example):
    ran = example("tanh_backward")
    assert ran.stdout.splitlines() == ["approximate: True", "maxdiff below 1e-8: True",
                                       "torch.ops.aten.tanh_backward exact: True"]
    dhpreact, grad = ran.globals["dhpreact"], ran.globals["hpreact"].grad
    assert torch.equal(dhpreact, grad) == (not VECTORIZED)  # what the page says depends on the CPU
    assert (dhpreact - grad).abs().max() < 1e-8


def test_on_the_plain_kernels_the_example_prints_the_same(example, content):
    term = content.terms["tanh_backward"]
    code = portable.copy_of(term, term.regions["example"], content).example.code
    env = {**os.environ, "ATEN_CPU_CAPABILITY": "default"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout == example("tanh_backward").stdout, done.stderr


@pytest.mark.skipif(not VECTORIZED, reason="only the AVX2/AVX-512 kernels round once")
def test_autograd_rounds_1_minus_h_times_h_once_and_the_lecture_twice():
    g = torch.Generator().manual_seed(1)
    x = (torch.randn(100_000, generator=g) * 2).requires_grad_()
    dh = torch.randn(100_000, generator=g)
    h = torch.tanh(x)
    h.backward(dh)
    h = h.detach()
    once = (1.0 - h.double() * h.double()).float() * dh  # exact in float64, then one rounding
    assert torch.equal(once, x.grad)
    twice = (1.0 - h**2) * dh
    assert not torch.equal(twice, x.grad) and (twice - x.grad).abs().max() < 1e-6  # last-digit differences


def test_with_the_plain_kernels_the_lectures_formula_is_exact():
    code = ("import torch\n"
            "g = torch.Generator().manual_seed(1)\n"
            "x = torch.randn(10_000, generator=g).mul(2).requires_grad_()\n"
            "dh = torch.randn(10_000, generator=g)\n"
            "h = torch.tanh(x); h.backward(dh); h = h.detach()\n"
            "print(torch.backends.cpu.get_cpu_capability(), torch.equal((1.0 - h**2) * dh, x.grad))\n")
    env = {**os.environ, "ATEN_CPU_CAPABILITY": "default"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.split() == ["DEFAULT", "True"], done.stderr


def test_with_torchs_own_kernel_the_gradients_after_it_are_exact_too():
    g = torch.Generator().manual_seed(2)
    x = torch.randn(32, 30, generator=g)
    W = torch.randn(30, 64, generator=g, requires_grad=True)
    r = torch.randn(32, 64, generator=g) / 32
    h = torch.tanh(x @ W)
    (h * r).sum().backward()
    h = h.detach()
    assert torch.equal(x.T @ torch.ops.aten.tanh_backward(r, h), W.grad)
    if VECTORIZED:
        assert not torch.equal(x.T @ ((1.0 - h**2) * r), W.grad)
