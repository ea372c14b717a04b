"""BatchNorm backward (dhprebn): the page's claims, checked."""

import re

import torch
from hypothesis import given, settings
from hypothesis import strategies as st


def compact(dy, xhat, sigma, gamma, c):
    n = dy.shape[0]
    return gamma / (n * sigma) * (n * dy - dy.sum(0) - c * xhat * (dy * xhat).sum(0))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(2, 40), features=st.integers(1, 6), correction=st.sampled_from([0, 1]),
       scale=st.floats(1e-2, 1e2), seed=st.integers(0, 2**31))
def test_the_compact_formula_is_autograds_gradient_for_both_variances(n, features, correction, scale, seed):
    g = torch.Generator().manual_seed(seed)
    x = (torch.randn(n, features, generator=g, dtype=torch.float64) * scale + 3).requires_grad_()
    gamma = torch.randn(features, generator=g, dtype=torch.float64)
    beta = torch.randn(features, generator=g, dtype=torch.float64)
    dy = torch.randn(n, features, generator=g, dtype=torch.float64)
    sigma = torch.sqrt(x.var(0, correction=correction) + 1e-5)
    xhat = (x - x.mean(0)) / sigma
    y = gamma * xhat + beta
    y.backward(dy)
    c = n / (n - 1) if correction == 1 else 1.0
    dx = compact(dy, xhat.detach(), sigma.detach(), gamma, c)
    assert torch.allclose(dx, x.grad, rtol=1e-9, atol=1e-12 * (1 + (dy.abs().max() / sigma.min()).item()))
    assert torch.allclose(dx.sum(0), torch.zeros(features, dtype=torch.float64), atol=1e-9 / sigma.min().item())


def test_the_parameter_gradients():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(32, 5, generator=g, dtype=torch.float64)
    gain = torch.ones(1, 5, dtype=torch.float64, requires_grad=True)
    bias = torch.zeros(1, 5, dtype=torch.float64, requires_grad=True)
    raw = (x - x.mean(0, keepdim=True)) / torch.sqrt(x.var(0, keepdim=True) + 1e-5)
    dy = torch.randn(32, 5, generator=g, dtype=torch.float64)
    (gain * raw + bias).backward(dy)
    assert torch.allclose((dy * raw).sum(0, keepdim=True), gain.grad)
    assert torch.allclose(dy.sum(0, keepdim=True), bias.grad)


def test_the_biased_case_is_nn_batchnorm1d():
    g = torch.Generator().manual_seed(1)
    x = torch.randn(16, 3, generator=g, dtype=torch.float64, requires_grad=True)
    bn = torch.nn.BatchNorm1d(3, dtype=torch.float64)
    dy = torch.randn(16, 3, generator=g, dtype=torch.float64)
    bn(x).backward(dy)
    sigma = torch.sqrt(x.detach().var(0, correction=0) + bn.eps)
    xhat = (x.detach() - x.detach().mean(0)) / sigma
    assert torch.allclose(compact(dy, xhat, sigma, bn.weight.detach(), 1.0), x.grad)


def test_the_examples(example):
    ran = example("batch_normalization_backward")
    assert ran.stdout.startswith("approximate: True")
    maxdiff, sums = (float(v) for v in re.findall(r"(\d\.\de-\d+)", ran.stdout))
    assert maxdiff < 1e-7 and sums < 1e-6
    assert torch.allclose(ran.globals["dhprebn"], ran.globals["hprebn"].grad)
    biased = example("batch_normalization_backward", "biased").stdout
    assert biased == "float64, biased variance: maxdiff below 1e-12: True\n"
    g = example("batch_normalization_backward", "biased").globals
    assert (g["dx"] - g["x"].grad).abs().max() < 1e-12
