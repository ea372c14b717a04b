"""bias: the page's claims, checked; the summary's "shifts the sum, not the output" over activations and inputs."""

import math
import random

import micrograd.nn
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Neuron, Value
from micrograd_lecture import NEURON, numbers

ACTIVATIONS = {"tanh": torch.tanh, "sigmoid": torch.sigmoid, "relu": torch.relu}
finite = st.floats(-1e3, 1e3)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(finite, min_size=3, max_size=3), st.lists(finite, min_size=3, max_size=3), finite)
def test_the_bias_shifts_the_weighted_sum_by_b_whatever_the_inputs(w, x, b):
    without = sum(wi * xi for wi, xi in zip(w, x))
    with_bias = sum((Value(wi) * xi for wi, xi in zip(w, x)), Value(b)).data  # the Neuron's sum, b first
    assert with_bias - without == pytest.approx(b, abs=1e-9 * max(1.0, abs(without), abs(b)))  # up to rounding


@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_after_a_nonlinear_activation_the_same_bias_shifts_the_output_by_different_amounts(activation):
    s = torch.linspace(-6, 6, 121, dtype=torch.float64)
    act = ACTIVATIONS[activation]
    shift = act(s + 0.5) - act(s)
    assert shift.max() - shift.min() > 0.1  # not the same amount for every input
    identity_shift = (s + 0.5) - s
    assert torch.allclose(identity_shift, torch.full_like(s, 0.5))  # without an activation it is


def test_the_numbers_the_definition_gives():
    assert round(math.tanh(0.5) - math.tanh(0.0), 2) == 0.46
    assert round(math.tanh(3.5) - math.tanh(3.0), 3) == 0.003
    relu = torch.relu
    s = torch.tensor([0.0, 1.0, 5.0, -0.5, -1.0, -7.0], dtype=torch.float64)
    assert (relu(s + 0.5) - relu(s)).tolist() == [0.5, 0.5, 0.5, 0.0, 0.0, 0.0]  # s >= 0, then s <= -0.5


def test_the_printed_shift_table_is_torchs(example):
    rows = [numbers(line) for line in example("bias", "shift").stdout.splitlines()[1:]]
    s = torch.tensor([row[0] for row in rows], dtype=torch.float64)
    expected = torch.stack([torch.full_like(s, 0.5), torch.tanh(s + 0.5) - torch.tanh(s),
                            torch.relu(s + 0.5) - torch.relu(s)], dim=1)
    assert [x for row in rows for x in row[1:]] == pytest.approx(expected.flatten().tolist(), abs=5e-5)


def test_zero_input_gives_the_bias_then_tanh_of_it(example):
    random.seed(42)  # the region's seed; a Neuron(3) draws 3 weights, then its bias
    b = [random.uniform(-1, 1) for _ in range(4)][3]
    assert numbers(example("bias").stdout) == pytest.approx([b, 0, b, 0, math.tanh(b), math.tanh(b)], abs=5e-5)
    for seed in range(5):
        random.seed(seed)
        neuron = Neuron(3)
        weighted_sum = sum((w * x for w, x in zip(neuron.w, [0.0] * 3)), neuron.b)
        assert weighted_sum.data == neuron.b.data and neuron([0.0] * 3).data == math.tanh(neuron.b.data)


def test_without_bias_a_tanh_neuron_maps_zero_to_zero():
    random.seed(0)
    neuron = Neuron(3)
    neuron.b = Value(0.0)
    assert neuron([0.0, 0.0, 0.0]).data == 0.0


def test_every_micrograd_neuron_has_one_bias_drawn_like_the_weights_the_published_package_starts_at_0():
    random.seed(1)
    neurons = [Neuron(3) for _ in range(50)]
    assert all(n.parameters()[-1] is n.b for n in neurons)
    assert len({n.b.data for n in neurons}) == 50 and all(-1 <= n.b.data <= 1 for n in neurons)
    assert {micrograd.nn.Neuron(3).b.data for _ in range(5)} == {0}


def test_linear_bias_shape_and_zero_input_exactly(example):
    assert numbers(example("bias", "torch").stdout.splitlines()[2]) == [0.0] * 4
    for seed in range(5):
        torch.manual_seed(seed)
        linear = torch.nn.Linear(3, 4)
        assert tuple(linear.bias.shape) == (4,)
        assert torch.equal(linear(torch.zeros(10, 3)), linear.bias.expand(10, 4))
    no_bias = torch.nn.Linear(3, 4, bias=False)
    assert no_bias.bias is None and torch.equal(no_bias(torch.zeros(3)), torch.zeros(4))
    assert len(list(no_bias.parameters())) == 1


def test_bias_gradient_is_the_local_gradient_in_the_lecture_neuron():
    v = {k: Value(x) for k, x in NEURON.items()}
    o = (v["x1"] * v["w1"] + v["x2"] * v["w2"] + v["b"]).tanh()
    o.backward()
    t = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    torch.tanh(t["x1"] * t["w1"] + t["x2"] * t["w2"] + t["b"]).backward()
    assert v["b"].grad == pytest.approx(1 - o.data**2, abs=1e-15) == t["b"].grad.item()
    assert v["b"].grad == pytest.approx(0.5, abs=1e-12)


def test_the_figure_lines_are_parallel_and_cross_x_0_at_b(example):
    ax = example("bias", "figure").globals["ax"]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 1]
    for line, b in zip(lines, [-2.0, 0.0, 2.0]):
        x, y = (torch.as_tensor(a, dtype=torch.float64) for a in line.get_data())
        assert torch.allclose(y, 2 * x + b, atol=1e-5)
