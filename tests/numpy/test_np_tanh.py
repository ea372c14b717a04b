"""np.tanh: the page's claims, checked."""

import math

import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch

from glossary_examples import _registry, _runner, np_tanh  # noqa: F401  (runs the page's examples)

XS = np.arange(-5, 5, 0.2)


def test_elementwise_keeps_the_shape_and_matches_math_tanh():
    grid = XS.reshape(5, 10)
    assert np.tanh(grid).shape == (5, 10)
    assert np.tanh(XS).tolist() == pytest.approx([math.tanh(x) for x in XS.tolist()], abs=1e-15)


def test_definition_by_exponentials_and_by_sinh_over_cosh():
    by_exp = (np.exp(XS) - np.exp(-XS)) / (np.exp(XS) + np.exp(-XS))
    assert np.allclose(np.tanh(XS), by_exp)
    assert np.allclose(np.tanh(XS), np.sinh(XS) / np.cosh(XS))


def test_zero_at_zero_odd_increasing_and_slope_one_at_zero():
    assert np.tanh(0.0) == 0.0
    assert np.allclose(np.tanh(-XS), -np.tanh(XS))
    assert (np.diff(np.tanh(XS)) > 0).all()
    h = 1e-6
    assert (np.tanh(h) - np.tanh(-h)) / (2 * h) == pytest.approx(1.0, abs=1e-9)


def test_strictly_inside_minus_one_one_for_moderate_inputs():
    xs = np.linspace(-18, 18, 10001)
    assert (np.abs(np.tanh(xs)) < 1.0).all()


def test_float64_rounds_to_exactly_one_above_about_19():
    assert np.tanh(18.0) < 1.0
    assert np.tanh(20.0) == 1.0 and np.tanh(-20.0) == -1.0
    assert (np.tanh(np.linspace(19.5, 1000, 1000)) == 1.0).all()


def test_float32_torch_rounds_to_exactly_one_above_about_9():
    assert torch.tanh(torch.tensor(8.0)).item() < 1.0
    assert torch.tanh(torch.tensor(10.0)).item() == 1.0
    assert torch.tanh(torch.tensor(10.0, dtype=torch.float64)).item() < 1.0  # it is the dtype


def test_integer_input_gives_float_output():
    assert np.tanh(np.arange(3)).dtype == np.float64
    assert torch.tanh(torch.arange(3)).dtype == torch.float32


def test_numpy_and_torch_agree():
    assert np.allclose(torch.tanh(torch.from_numpy(XS)).numpy(), np.tanh(XS), atol=1e-15)
    assert np.allclose(torch.tanh(torch.arange(-5, 5, 0.2)).numpy(), np.tanh(XS), atol=1e-6)


def test_example_output_and_figure():
    term = _registry.discover()["np_tanh"]
    printed = _runner.execute(term, term.regions["example"]).stdout
    assert "tanh(20.0) == 1.0: True" in printed and "integer input gives float64" in printed
    printed = _runner.execute(term, term.regions["pytorch"]).stdout
    assert "tanh(10.0) == 1.0: True" in printed and "integer input gives torch.float32" in printed
    plt.close("all")  # figures left open by importing term modules are not this region's
    assert len(_runner.execute(term, term.regions["figure"]).figures) == 1


def test_tanh_is_the_activation_of_micrograds_neuron():
    import random

    from glossary_examples.micrograd import Neuron

    random.seed(0)
    neuron = Neuron(2)
    x = [0.5, -1.5]
    act = sum(w.data * xi for w, xi in zip(neuron.w, x)) + neuron.b.data
    assert neuron(x).data == pytest.approx(np.tanh(act), abs=1e-15)
