"""residual connection: the page's claims, checked."""

import re

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

BRANCHES = {"tanh": lambda x: 0.001 * torch.tanh(x), "relu": torch.relu, "zero": lambda x: 0 * x,
            "cube": lambda x: x**3, "sin": lambda x: -2 * torch.sin(x)}


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.floats(-5, 5), st.sampled_from(sorted(BRANCHES)))
def test_the_derivative_of_x_plus_f_is_one_plus_f_prime(x0, name):
    f = BRANCHES[name]
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    (x + f(x)).backward()
    xf = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    f(xf).backward()
    assert x.grad.item() == pytest.approx(1 + xf.grad.item(), abs=1e-12)


def test_for_vectors_the_jacobian_is_identity_plus_the_layers():
    torch.manual_seed(0)
    f = nn.Sequential(nn.Linear(6, 6), nn.Tanh()).double()
    x = torch.randn(6, dtype=torch.float64)
    J = torch.autograd.functional.jacobian(lambda v: v + f(v), x)
    assert torch.allclose(J, torch.eye(6, dtype=torch.float64) + torch.autograd.functional.jacobian(f, x))


def gradient_norms(seed):
    torch.manual_seed(seed)
    layers = [nn.Sequential(nn.Linear(32, 32), nn.Tanh()) for _ in range(20)]
    x = torch.randn(1, 32)
    norms = {}
    for name in ("plain", "residual"):
        xi = x.clone().requires_grad_()
        h = xi
        for f in layers:
            h = f(h) if name == "plain" else h + f(h)
        h.sum().backward()
        norms[name] = xi.grad.norm().item()
    return norms


def test_the_example_prints_the_two_gradient_norms(example):
    lines = example("residual_connection").stdout.splitlines()
    norms = gradient_norms(1337)  # the same seed, layers and input, computed again
    printed = [float(re.search(r"input (\S+)$", line).group(1)) for line in lines]
    assert printed == [float(f"{norms['plain']:.2e}"), float(f"{norms['residual']:.2e}")]


@pytest.mark.parametrize("seed", range(4))
def test_plain_tanh_stacks_lose_the_gradient_residual_stacks_keep_it(seed):
    norms = gradient_norms(seed)
    assert norms["plain"] < 1e-3 < 1 < norms["residual"]
    assert norms["residual"] > 32**0.5 / 2  # at least about the output gradient's own size


def test_a_branch_that_outputs_zero_passes_value_and_gradient_unchanged():
    torch.manual_seed(0)
    branch = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 8))
    with torch.no_grad():
        branch[2].weight.zero_()
        branch[2].bias.zero_()
    x = torch.randn(3, 8, requires_grad=True)
    y = x + branch(x)
    upstream = torch.randn(3, 8, generator=torch.Generator().manual_seed(1))
    y.backward(upstream)
    assert torch.equal(y, x) and torch.equal(x.grad, upstream)
