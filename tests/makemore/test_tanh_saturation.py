"""tanh saturation: the page's claims, checked."""

import math
import re

import numpy as np
import pytest
import torch


def test_the_local_gradient_is_1_minus_h_squared_and_falls_from_1_at_0_to_0():
    x = torch.linspace(-6, 6, 241, dtype=torch.float64, requires_grad=True)
    h = torch.tanh(x)
    h.sum().backward()
    assert torch.allclose(x.grad, 1 - h.detach() ** 2)  # the derivative, from the output
    assert x.grad[120].item() == 1.0  # x = 0
    right = x.grad[120:]
    assert (right[1:] < right[:-1]).all() and right[-1] < 1e-4  # falls as |x| grows
    assert round(1 - 0.99**2, 4) == 0.0199  # |h| = 0.99 passes on 2% of the gradient


def test_each_printed_line_matches_a_float64_numpy_recomputation(example):
    ran = example("tanh_saturation")
    g = ran.globals
    emb = g["emb"].double().numpy()
    W1, b1 = g["W1"].double().numpy(), g["b1"].double().numpy()
    lines = ran.stdout.splitlines()
    assert len(lines) == 2
    for line, (w, b) in zip(lines, [(1.0, 1.0), (0.2, 0.01)]):
        hpreact = emb @ (W1 * w) + b1 * b
        h = np.tanh(hpreact)
        std, share, local = re.search(r"std ([\d.]+), \|h\| > 0.99 for ([\d.]+)%, mean 1 - h\*\*2 ([\d.]+)",
                                      line).groups()
        assert float(std) == pytest.approx(hpreact.std(ddof=1), abs=0.006)
        assert float(share) == pytest.approx(100 * (np.abs(h) > 0.99).mean(), abs=0.06)
        assert float(local) == pytest.approx((1 - h**2).mean(), abs=6e-4)


def test_n01_weights_give_pre_activations_of_std_about_sqrt_30_and_mostly_saturated_units(example):
    g = example("tanh_saturation").globals
    hpreact = g["emb"] @ g["W1"] + g["b1"]
    assert abs(hpreact.std().item() / math.sqrt(30 + 1) - 1) < 0.1  # 30 products + the bias, each variance ~1
    h = torch.tanh(hpreact)
    assert (h.abs() > 0.99).float().mean() > 0.5  # most outputs on the flat tails
    small = torch.tanh(g["emb"] @ (g["W1"] * 0.2) + g["b1"] * 0.01)
    assert (small.abs() > 0.99).float().mean() < 0.05


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("width", [100, 200])
def test_a_deep_tanh_stack_saturates_about_5_percent_with_gain_5_3_and_about_40_with_gain_3(seed, width):
    shares = {}
    for gain in (5 / 3, 3.0):
        g = torch.Generator().manual_seed(seed)
        x = torch.randn(500, width, generator=g)
        deep = []
        for layer in range(10):
            x = torch.tanh(x @ (torch.randn(width, width, generator=g) * gain / width**0.5))
            if layer >= 4:
                deep.append((x.abs() > 0.97).float().mean().item())
        shares[gain] = sum(deep) / len(deep)
    assert 0.02 < shares[5 / 3] < 0.10
    assert 0.30 < shares[3.0] < 0.50


def test_the_figure_shows_one_histogram_per_initialization(example):
    ran = example("tanh_saturation", "figure")
    assert len(ran.figures) == 1
    assert len(ran.globals["axes"]) == 2


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_with_gain_5_3_the_first_layer_fed_unit_inputs_saturates_about_20_percent(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(500, 100, generator=g)
    h = torch.tanh(x @ (torch.randn(100, 100, generator=g) * (5 / 3) / 100**0.5))
    share = (h.abs() > 0.97).float().mean().item()
    assert 0.17 < share < 0.24
    z = math.atanh(0.97) / (5 / 3)  # |pre-activation| beyond this saturates; std is 5/3
    assert share == pytest.approx(math.erfc(z / math.sqrt(2)), abs=0.02)
