"""layer: the page's claims, checked."""

import random

import pytest
import torch

from glossary_examples.micrograd import MLP, Layer, Value
from micrograd_lecture import numbers


def test_the_printed_outputs_are_tanh_of_the_layers_affine_map_in_torch(example):
    run = example("layer")
    layer = run.globals["layer"]
    W = torch.tensor([[w.data for w in n.w] for n in layer.neurons], dtype=torch.float64)
    b = torch.tensor([n.b.data for n in layer.neurons], dtype=torch.float64)
    expected = torch.tanh(torch.tensor([2.0, 3.0, -1.0], dtype=torch.float64) @ W.T + b)
    lines = run.stdout.splitlines()
    assert numbers(lines[0])[1:] == pytest.approx(expected.tolist(), abs=5e-5)  # after the "4" of "4 outputs"
    assert numbers(lines[1])[0] == len(layer.parameters()) == 4 * (3 + 1)
    assert numbers(lines[2].split(":")[1]) == [3, 4, 4, 4, 4, 1]  # inputs -> neurons, per layer


def test_the_three_printed_torch_lines_agree(example):
    lines = example("layer", "torch").stdout.splitlines()
    rows = [numbers(line.split(":")[1]) for line in lines[1:]]
    assert rows[0] == rows[1] == rows[2] and len(rows[0]) == 4
    assert numbers(lines[0]) == [4, 3, 4]  # weight (out, in), bias (out,)


@pytest.mark.parametrize(("nin", "nout"), [(3, 4), (4, 4), (4, 1), (2, 7)])
def test_micrograd_layer_equals_tanh_of_nn_linear_with_the_same_numbers(nin, nout):
    random.seed(nin * 10 + nout)
    layer = Layer(nin, nout)
    linear = torch.nn.Linear(nin, nout, dtype=torch.float64)
    with torch.no_grad():
        linear.weight.copy_(torch.tensor([[w.data for w in n.w] for n in layer.neurons], dtype=torch.float64))
        linear.bias.copy_(torch.tensor([n.b.data for n in layer.neurons], dtype=torch.float64))
    x = [random.gauss(0, 1) for _ in range(nin)]
    out = layer(x)
    out = out if isinstance(out, list) else [out]  # nout == 1 returns one Value
    expected = torch.tanh(linear(torch.tensor(x, dtype=torch.float64)))
    assert [o.data for o in out] == pytest.approx(expected.tolist(), abs=1e-14)
    assert len(layer.neurons) == nout and len(layer.parameters()) == nout * (nin + 1)


def test_single_neuron_layer_returns_one_value():
    assert isinstance(Layer(3, 1)([1.0, 2.0, 3.0]), Value)
    assert len(Layer(3, 4)([1.0, 2.0, 3.0])) == 4


def test_every_neuron_reads_every_input():
    random.seed(0)
    layer = Layer(3, 4)
    x = [Value(v) for v in (2.0, 3.0, -1.0)]
    for neuron_out in layer(x):
        for xi in x:
            xi.grad = 0.0
        neuron_out.backward()
        assert all(xi.grad != 0 for xi in x)  # fully connected: each output depends on each input


def test_nn_linear_shapes_formula_and_no_activation():
    torch.manual_seed(0)
    linear = torch.nn.Linear(3, 4)
    assert (tuple(linear.weight.shape), tuple(linear.bias.shape)) == ((4, 3), (4,))
    x = torch.randn(5, 3)
    assert torch.allclose(linear(x), x @ linear.weight.T + linear.bias, atol=1e-6)
    assert (linear(x * 1000).abs() > 1).any()  # no activation: outputs are not confined to (-1, 1)


def test_mlp_has_no_input_layer_object():
    model = MLP(3, [4, 4, 1])
    assert len(model.layers) == 3
    assert [(len(k.neurons[0].w), len(k.neurons)) for k in model.layers] == [(3, 4), (4, 4), (4, 1)]
