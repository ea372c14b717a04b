"""Kaiming initialization: the page's claims, checked."""

import math
import re

import numpy as np
import pytest
import torch


@pytest.mark.parametrize("fan_in", [1, 10, 30, 300])
def test_the_output_variance_is_fan_in_times_the_input_and_weight_variances(fan_in):
    rng = np.random.default_rng(fan_in)
    x = rng.normal(0, 2.0, size=(4000, fan_in))
    w = rng.normal(0, 0.5, size=(fan_in, 500))
    expected = fan_in * 4.0 * 0.25
    assert (x @ w).var() == pytest.approx(expected, rel=0.12)
    assert (x @ (w / 0.5 / math.sqrt(fan_in))).var() == pytest.approx(x.var(), rel=0.12)  # std 1/sqrt(fan_in)


def test_the_printed_standard_deviations_match_numpy(example):
    ran = example("kaiming_initialization")
    x, w = ran.globals["x"].double().numpy(), ran.globals["w"].double().numpy()
    numbers = [float(n) for n in re.findall(r"(?<![\w(])(\d+\.\d+)", ran.stdout)]
    assert numbers == pytest.approx([x.std(ddof=1), (x @ w).std(ddof=1), math.sqrt(30),
                                     (x @ (w / math.sqrt(30))).std(ddof=1), 5 / 3 / math.sqrt(30)], abs=6e-4)
    assert abs((x @ w).std() / math.sqrt(30) - 1) < 0.05 and abs((x @ (w / math.sqrt(30))).std() - 1) < 0.05


def test_kaiming_normal_reads_fan_in_from_dim_1_and_defaults_to_gain_sqrt_2():
    torch.manual_seed(0)
    W = torch.empty(30, 2000)  # the lecture's (fan_in, fan_out) layout
    assert torch.nn.init._calculate_fan_in_and_fan_out(W) == (2000, 30)
    torch.nn.init.kaiming_normal_(W, nonlinearity="tanh")
    assert W.std().item() == pytest.approx(5 / 3 / math.sqrt(2000), rel=0.05)  # the wrong size
    torch.nn.init.kaiming_normal_(W, mode="fan_out", nonlinearity="tanh")
    assert W.std().item() == pytest.approx(5 / 3 / math.sqrt(30), rel=0.05)
    layer = torch.nn.Linear(30, 2000)  # (fan_out, fan_in) = (2000, 30)
    torch.nn.init.kaiming_normal_(layer.weight, nonlinearity="tanh")
    assert layer.weight.std().item() == pytest.approx(5 / 3 / math.sqrt(30), rel=0.05)
    torch.nn.init.kaiming_normal_(layer.weight)  # default: leaky_relu with slope 0
    assert layer.weight.std().item() == pytest.approx(math.sqrt(2) / math.sqrt(30), rel=0.05)


def test_the_pitfall_prints_the_std_each_call_gives(example):
    ran = example("kaiming_initialization", "pitfall")
    wanted, fan_in, fan_out, linear = (float(v) for v in re.findall(r":\s+(\d\.\d{4})", ran.stdout))
    assert wanted == round(5 / 3 / math.sqrt(30), 4)
    assert fan_in == pytest.approx(5 / 3 / math.sqrt(200), rel=0.05)
    assert fan_out == pytest.approx(wanted, rel=0.05) and linear == pytest.approx(wanted, rel=0.05)


def test_nn_linear_default_is_uniform_within_1_over_sqrt_fan_in():
    torch.manual_seed(0)
    layer = torch.nn.Linear(30, 4000)
    bound = 1 / math.sqrt(30)
    assert layer.weight.abs().max().item() <= bound
    assert layer.weight.std().item() == pytest.approx(1 / math.sqrt(3 * 30), rel=0.02)


@pytest.mark.parametrize("scale", [0.1, 1.0, 10.0, 1e3])
def test_after_batch_normalization_the_weights_scale_hardly_matters(scale):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 30, generator=g, dtype=torch.float64)
    w = torch.randn(30, 20, generator=g, dtype=torch.float64)
    bn = torch.nn.BatchNorm1d(20, dtype=torch.float64)
    assert torch.allclose(bn(x @ (w * scale)), bn(x @ w), atol=1e-3)


def test_unless_the_pre_activations_variance_is_not_far_above_eps():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 30, generator=g, dtype=torch.float64)
    w = torch.randn(30, 20, generator=g, dtype=torch.float64)
    bn = torch.nn.BatchNorm1d(20, dtype=torch.float64)  # eps = 1e-5
    assert (x @ (w * 1e-3)).var(0).max() < 1e-4
    assert (bn(x @ (w * 1e-3)) - bn(x @ w)).abs().max() > 0.1


def test_the_figure_has_the_two_histograms(example):
    ran = example("kaiming_initialization", "figure")
    assert len(ran.figures) == 1 and len(ran.globals["axes"]) == 2
