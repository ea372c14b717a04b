"""vanishing and exploding gradients: the page's claims, checked."""

import re

import pytest
import torch


def test_50_layers_of_gain_a_scale_activations_and_gradients_by_a_to_the_50(example):
    ran = example("vanishing_and_exploding_gradients")
    rows = re.findall(r"gain ([\d.]+): rms of the output ([\d.e+-]+), rms of the gradient at the input ([\d.e+-]+)",
                      ran.stdout)
    assert [float(r[0]) for r in rows] == [0.9, 1.0, 1.1]
    (_, out1, grad1) = rows[1]
    for gain, out, grad in rows:
        # the stack is linear, so gain a multiplies everything by exactly a**50 (up to rounding)
        assert float(out) / float(out1) == pytest.approx(float(gain) ** 50, rel=1e-3)
        assert float(grad) / float(grad1) == pytest.approx(float(gain) ** 50, rel=1e-3)
    assert round(0.9**50, 4) == 0.0052 and round(1.1**50, 1) == 117.4


def test_gain_1_keeps_both_near_their_scale(example):
    g = example("vanishing_and_exploding_gradients").globals
    h = g["x0"].double()
    for W in g["Ws"]:
        h = h @ W.double()
    assert 0.7 < h.pow(2).mean().sqrt().item() < 1.4


def test_the_backward_pass_multiplies_by_the_transposed_weights():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(5, 4, generator=g, dtype=torch.float64, requires_grad=True)
    W = torch.randn(4, 3, generator=g, dtype=torch.float64)
    dY = torch.randn(5, 3, generator=g, dtype=torch.float64)
    (x @ W).backward(dY)
    assert torch.allclose(x.grad, dY @ W.T)


def tanh_stack(gain, layers=50):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(200, 100, generator=g, requires_grad=True)
    h = x
    for _ in range(layers):
        h = torch.tanh(h @ (torch.randn(100, 100, generator=g) * gain / 10))
    h.backward(torch.randn(200, 100, generator=g))
    return h.detach(), x.grad


def test_in_a_tanh_stack_a_large_gain_saturates_units_but_gradients_still_explode():
    h, grad = tanh_stack(3.0)
    assert h.abs().max() <= 1  # activations capped
    assert (h.abs() > 0.97).float().mean() > 0.3  # saturated instead
    assert grad.pow(2).mean().sqrt() > 1e3  # the gradient at the input exploded anyway


def test_in_a_tanh_stack_a_small_gain_makes_activations_and_gradients_fade():
    h, grad = tanh_stack(1.0)
    assert h.pow(2).mean().sqrt() < 0.2 and grad.pow(2).mean().sqrt() < 0.2


def test_the_figure_plots_three_geometric_curves(example):
    ran = example("vanishing_and_exploding_gradients", "figure")
    rms = ran.globals["rms"]  # the last curve drawn: gain 1.1
    assert len(rms) == 50 and rms[-1] / rms[0] == pytest.approx(1.1**49, rel=0.5)
    assert len(ran.figures) == 1
