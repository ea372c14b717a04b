"""bias before BatchNorm: the page's claims, checked."""


import pytest
import torch


def bias_gradient(n, dtype, correction, scale, seed):
    """A bias before a hand-written BatchNorm: its gradient, and the rounding bound it must stay under."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 30, generator=g, dtype=dtype) * scale
    W = torch.randn(30, 20, generator=g, dtype=dtype, requires_grad=True)
    b = (torch.randn(20, generator=g, dtype=dtype) * 3).requires_grad_()
    h = x @ W + b
    var = h.var(0, correction=correction)
    out = (h - h.mean(0)) / (var + 1e-5).sqrt()
    out.retain_grad()
    (out.tanh() * torch.randn(n, 20, generator=g, dtype=dtype)).sum().backward()
    sigma = (var + 1e-5).sqrt().detach()
    # the terms that cancel have size |d out| / sigma; features far from 0 (|h| >> sigma) round coarser
    size = out.grad.abs().max(0).values / sigma * (1 + h.detach().abs().max(0).values / sigma)
    return b.grad, n * torch.finfo(dtype).eps * size, W.grad


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("n", [2, 3, 32, 257])
@pytest.mark.parametrize("correction", [0, 1])
@pytest.mark.parametrize("scale", [0.01, 100.0])  # features close to / far from 0 vs their spread
def test_the_bias_gradient_is_zero_up_to_rounding(dtype, n, correction, scale):
    for seed in range(2):
        grad, bound, _ = bias_gradient(n, dtype, correction, scale, seed)
        assert (grad.abs() <= 4 * bound).all()


def test_but_not_always_exactly_zero():
    grads = [bias_gradient(32, torch.float32, 0, 1.0, seed)[0] for seed in range(5)]
    assert any((grad != 0).any() for grad in grads)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_in_training_mode_the_bias_changes_the_output_only_by_rounding(dtype):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(32, 20, generator=g, dtype=dtype) * 3
    b = torch.randn(20, generator=g, dtype=dtype) * 5
    bn = torch.nn.BatchNorm1d(20, dtype=dtype)
    eps = torch.finfo(dtype).eps
    assert (bn(x + b) - bn(x)).abs().max() < 1e3 * eps


def test_the_example_bias_gradient_is_tiny_next_to_the_weights(example):
    ran = example("bias_before_batch_normalization")
    lines = ran.stdout.splitlines()
    g = ran.globals
    w, b = g["W1"].grad.abs().max().item(), g["b1"].grad.abs().max().item()
    assert lines[0] == f"largest |W1.grad|: {w:.2e}"
    assert lines[1:] == ["largest |b1.grad| below 1e-9: True | exactly 0: False",
                         "BatchNorm output with b1 and without, all within 1e-6: True"]
    assert 0 < b < 1e-5 * w  # "about 1e-10 against about 1e-3"
    assert 1e-4 < w < 1e-2 and 1e-11 < b < 1e-9


def test_in_eval_mode_the_bias_shifts_the_output_until_the_running_mean_has_absorbed_it():
    g = torch.Generator().manual_seed(0)
    batches = [torch.randn(32, 4, generator=g) for _ in range(300)]
    b = torch.tensor([5.0, -3.0, 0.5, 10.0])
    with_b, without_b = torch.nn.BatchNorm1d(4), torch.nn.BatchNorm1d(4)
    x = batches[0]
    with_b.eval()
    assert (with_b(x + b) - with_b(x)).abs().max() > 0.4  # untrained running mean: the bias shows
    with_b.train()
    for batch in batches:  # "training": the running statistics follow the batches
        with_b(batch + b)
        without_b(batch)
    with_b.eval()
    without_b.eval()
    assert torch.allclose(with_b(x + b), without_b(x), atol=1e-4)


def test_linear_without_bias_has_only_a_weight():
    layer = torch.nn.Linear(30, 200, bias=False)
    assert layer.bias is None and [p.shape for p in layer.parameters()] == [torch.Size([200, 30])]


@pytest.mark.parametrize("momentum, k", [(0.1, 1), (0.1, 10), (0.1, 200), (0.001, 1000)])
def test_the_running_mean_holds_1_minus_1_minus_m_to_the_k_of_the_bias(momentum, k):
    g = torch.Generator().manual_seed(0)
    b = torch.tensor([3.0, -2.0], dtype=torch.float64)
    with_b = torch.nn.BatchNorm1d(2, momentum=momentum, dtype=torch.float64)
    without = torch.nn.BatchNorm1d(2, momentum=momentum, dtype=torch.float64)
    for step in range(k):
        x = torch.randn(32, 2, generator=g, dtype=torch.float64)
        with_b(x + b)
        without(x)
    absorbed = with_b.running_mean - without.running_mean
    assert torch.allclose(absorbed, (1 - (1 - momentum) ** k) * b, atol=1e-9)
    with_b.eval(), without.eval()
    x = torch.randn(8, 2, generator=g, dtype=torch.float64)
    gap = (with_b(x + b) - without(x)).abs().max().item()
    assert (gap < 1e-6) == ((1 - momentum) ** k < 1e-7)  # cancels once (1 - m)**k is negligible
