"""running statistics: the page's claims, checked."""

import re

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


def test_the_example_agrees_with_a_float64_replay_of_its_batches(example):
    ran = example("running_statistics")
    g = torch.Generator().manual_seed(42)
    data = torch.randn(1000, 2, generator=g) * torch.tensor([1.0, 3.0]) + torch.tensor([5.0, -1.0])
    mean, var = np.zeros(2), np.ones(2)
    for step in range(200):
        batch = data[torch.randint(0, 1000, (32,), generator=g)].double().numpy()
        mean = 0.9 * mean + 0.1 * batch.mean(0)
        var = 0.9 * var + 0.1 * batch.var(0, ddof=1)
    rows = {line.split()[0]: [float(v) for v in re.findall(r"-?\d+\.\d+", line)] for line in ran.stdout.splitlines()}
    assert rows["running_mean"] == pytest.approx([*mean, *mean], abs=1e-4)
    assert rows["running_var"] == pytest.approx([*var, *var], abs=1e-4)
    whole = data.double()
    assert rows["all"] == pytest.approx([*whole.mean(0).tolist(), *whole.var(0).tolist()], abs=1e-4)
    assert np.allclose(mean, whole.mean(0), atol=0.15) and np.allclose(var, whole.var(0), rtol=0.1)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(momentum=st.floats(0.001, 1.0), k=st.integers(1, 30))
def test_after_k_identical_batches_the_running_mean_is_1_minus_1_minus_m_to_the_k_times_the_mean(momentum, k):
    bn = torch.nn.BatchNorm1d(1, momentum=momentum, dtype=torch.float64)
    batch = torch.tensor([[4.0], [6.0]], dtype=torch.float64)
    for _ in range(k):
        bn(batch)
    assert bn.running_mean.item() == pytest.approx((1 - (1 - momentum) ** k) * 5.0, rel=1e-9)


def test_momentum_none_is_a_cumulative_average():
    bn = torch.nn.BatchNorm1d(1, momentum=None, dtype=torch.float64)
    means = []
    for start in [0.0, 10.0, -4.0, 7.0]:
        batch = torch.tensor([[start], [start + 2]], dtype=torch.float64)
        bn(batch)
        means.append(start + 1)
    assert bn.running_mean.item() == pytest.approx(sum(means) / len(means))


def test_the_momentum_example_prints_the_closed_form(example):
    out = example("running_statistics", "momentum").stdout
    values = [float(v) for v in re.findall(r"after 10 batches (\S+)", out)]
    assert values == pytest.approx([(1 - 0.9**10) * 5, (1 - 0.999**10) * 5, 5.0], abs=1e-4)


@pytest.mark.parametrize("n", [2, 3, 32])
def test_running_var_takes_the_unbiased_batch_variance_and_starts_at_0_and_1(n):
    bn = torch.nn.BatchNorm1d(3, momentum=1.0)  # momentum 1: the running values are this batch's
    assert torch.equal(bn.running_mean, torch.zeros(3)) and torch.equal(bn.running_var, torch.ones(3))
    x = torch.randn(n, 3, generator=torch.Generator().manual_seed(n))
    bn(x)
    assert torch.allclose(bn.running_var, x.var(0, correction=1))
    assert torch.allclose(bn.running_mean, x.mean(0))


def test_they_are_buffers_saved_with_the_model_but_not_parameters():
    bn = torch.nn.BatchNorm1d(2)
    assert {"running_mean", "running_var"} <= {name for name, _ in bn.named_buffers()}
    assert {"running_mean", "running_var"} <= set(bn.state_dict())
    assert all(p is not bn.running_mean and p is not bn.running_var for p in bn.parameters())
    out = bn(torch.randn(4, 2, generator=torch.Generator().manual_seed(0)))
    out.sum().backward()
    assert not bn.running_mean.requires_grad and bn.running_mean.grad is None


def test_track_running_stats_false_keeps_none():
    bn = torch.nn.BatchNorm1d(3, track_running_stats=False)
    bn(torch.randn(4, 3, generator=torch.Generator().manual_seed(0)))
    assert bn.running_mean is None and bn.running_var is None
    assert "running_mean" not in bn.state_dict()
