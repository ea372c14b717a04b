"""bias: the page's claims, checked."""

import math
import random

import pytest
import torch

from glossary_examples import bias as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Neuron, Value


@pytest.mark.parametrize("seed", range(5))
def test_zero_input_gives_the_bias_then_tanh_of_it(seed):
    random.seed(seed)
    neuron = Neuron(3)
    zeros = [0.0, 0.0, 0.0]
    weighted_sum = sum((w * x for w, x in zip(neuron.w, zeros)), neuron.b)
    assert weighted_sum.data == neuron.b.data
    assert neuron(zeros).data == math.tanh(neuron.b.data)
    assert -1 <= neuron.b.data <= 1  # random.uniform(-1, 1) in this glossary's engine


def test_without_bias_a_tanh_neuron_maps_zero_to_zero():
    random.seed(0)
    neuron = Neuron(3)
    neuron.b = Value(0.0)
    assert neuron([0.0, 0.0, 0.0]).data == 0.0


def test_linear_bias_shape_and_zero_input_exactly():
    for seed in range(5):
        torch.manual_seed(seed)
        linear = torch.nn.Linear(3, 4)
        assert tuple(linear.bias.shape) == (4,)
        assert torch.equal(linear(torch.zeros(3)), linear.bias)
        assert torch.equal(linear(torch.zeros(10, 3)), linear.bias.expand(10, 4))
    no_bias = torch.nn.Linear(3, 4, bias=False)
    assert no_bias.bias is None
    assert torch.equal(no_bias(torch.zeros(3)), torch.zeros(4))
    assert len(list(no_bias.parameters())) == 1


def test_bias_shifts_every_output_by_the_same_amount():
    torch.manual_seed(0)
    linear = torch.nn.Linear(3, 4)
    x = torch.randn(6, 3)
    before = linear(x)
    with torch.no_grad():
        linear.bias += 0.5
    assert torch.allclose(linear(x) - before, torch.full((6, 4), 0.5), atol=1e-6)


def test_bias_gradient_is_the_local_gradient_in_the_lecture_neuron():
    x1, x2, w1, w2, b = Value(2.0), Value(0.0), Value(-3.0), Value(1.0), Value(6.8813735870195432)
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    assert b.grad == pytest.approx(1 - o.data**2, abs=1e-15)
    assert b.grad == pytest.approx(0.5, abs=1e-12)

