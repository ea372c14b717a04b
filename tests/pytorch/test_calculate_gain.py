"""nn.init.calculate_gain: the page's claims, checked."""

import math
import re

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

calculate_gain = torch.nn.init.calculate_gain


def test_the_table():
    for name in ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "sigmoid"]:
        assert calculate_gain(name) == 1
    assert calculate_gain("tanh") == 5 / 3
    assert calculate_gain("relu") == math.sqrt(2)
    assert calculate_gain("leaky_relu") == pytest.approx(math.sqrt(2 / (1 + 0.01**2)))  # default slope 0.01


@settings(max_examples=30, deadline=None, derandomize=True)
@given(slope=st.floats(0, 10))
def test_leaky_relu_gain_is_sqrt_2_over_1_plus_slope_squared(slope):
    assert calculate_gain("leaky_relu", slope) == pytest.approx(math.sqrt(2 / (1 + slope**2)))


@pytest.mark.parametrize("name", ["gelu", "silu", "softmax", "identity"])
def test_names_outside_its_list_raise_value_error(name):
    with pytest.raises(ValueError):
        calculate_gain(name)


def test_the_example_prints_each_gain(example):
    out = example("calculate_gain").stdout
    rows = dict(re.findall(r"^(\w+)\s+(\d\.\d{4})$", out, re.M))
    assert {k: float(v) for k, v in rows.items()} == {
        name: round(calculate_gain(name), 4) for name in ["linear", "sigmoid", "tanh", "relu", "leaky_relu"]}
    assert f"slope 0.2: {math.sqrt(2 / 1.04):.4f}" in out
    assert "gelu:" in out


def test_relu_halves_the_mean_square_so_sqrt_2_restores_it():
    z = torch.randn(1_000_000, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    assert torch.relu(z).pow(2).mean().item() == pytest.approx(z.pow(2).mean().item() / 2, rel=0.01)
    assert torch.relu(math.sqrt(2) * z).pow(2).mean().item() == pytest.approx(1.0, rel=0.01)


def test_the_20_layer_stacks_match_a_float64_recomputation_and_only_the_gain_keeps_the_scale(example):
    ran = example("calculate_gain", "stack")
    printed = {(name, round(float(gain), 4)): float(rms) for name, gain, rms in
               re.findall(r"^(\w+), gain ([\d.]+): root mean square after 20 layers ([\d.]+)$", ran.stdout, re.M)}
    x0, Ws = ran.globals["x0"].double(), [W.double() for W in ran.globals["Ws"]]
    for name, f in [("tanh", torch.tanh), ("relu", torch.relu)]:
        for gain in [1.0, calculate_gain(name)]:
            x = x0
            for W in Ws:
                x = f(x @ (W * gain))
            assert printed[name, round(gain, 4)] == pytest.approx(x.pow(2).mean().sqrt().item(), abs=2e-4)
    assert printed["tanh", 1.0] < 0.25 and 0.5 < printed["tanh", 1.6667] < 0.8
    assert printed["relu", 1.0] < 0.01 and 0.5 < printed["relu", 1.4142] < 2


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gain_5_3_keeps_a_deep_tanh_stack_steady_with_few_saturated_units(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(500, 100, generator=g)
    rms, saturated = [], []
    for layer in range(20):
        x = torch.tanh(x @ (torch.randn(100, 100, generator=g) * (5 / 3) / 10))
        rms.append(x.pow(2).mean().sqrt().item())
        saturated.append((x.abs() > 0.97).float().mean().item())
    deep = rms[9:]
    assert max(deep) / min(deep) < 1.2  # steady
    assert max(saturated[9:]) < 0.1


def test_kaiming_normal_calls_it_and_xavier_normal_takes_the_gain_as_an_argument():
    torch.manual_seed(0)
    W = torch.empty(2000, 50)  # nn.Linear layout: fan_in 50, fan_out 2000
    torch.nn.init.kaiming_normal_(W, nonlinearity="tanh")
    assert W.std().item() == pytest.approx(calculate_gain("tanh") / math.sqrt(50), rel=0.03)
    torch.nn.init.xavier_normal_(W, gain=calculate_gain("tanh"))
    assert W.std().item() == pytest.approx(5 / 3 * math.sqrt(2 / (50 + 2000)), rel=0.03)
