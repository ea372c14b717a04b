"""neural network: the page's claims, checked."""

import random

import pytest
import torch

from glossary_examples.micrograd import MLP, Layer, Neuron, Value
from micrograd_lecture import numbers


def test_the_printed_outputs_and_counts(example):
    run = example("neural_network")
    x = [2.0, 3.0, -1.0]
    for line, model in zip(run.stdout.splitlines(), (run.globals["smallest"], run.globals["deeper"])):
        output, count = numbers(line.split(":")[1])
        assert output == pytest.approx(model(x).data, abs=5e-5) and count == len(model.parameters())
    neuron = run.globals["smallest"]  # one weighted sum and tanh, recomputed in torch
    w = torch.tensor([v.data for v in neuron.w], dtype=torch.float64)
    assert neuron(x).data == pytest.approx(torch.tanh(w @ torch.tensor(x, dtype=torch.float64) + neuron.b.data).item())


def test_micrograds_networks_are_fully_connected_every_output_depends_on_every_input():
    random.seed(3)
    model = MLP(3, [4, 4, 2])
    for output_index in range(2):
        x = [Value(v) for v in (0.5, -1.0, 0.25)]
        model(x)[output_index].backward()
        assert all(xi.grad != 0 for xi in x)


def test_two_linear_layers_collapse_to_one_but_not_with_tanh_between(example):
    assert [line.split(":")[-1].strip() for line in example("neural_network", "collapse").stdout.splitlines()] == [
        "(2, 3)", "True", "False"]
    for seed in range(5):
        torch.manual_seed(seed)
        first, second = torch.nn.Linear(3, 4), torch.nn.Linear(4, 2)
        x = torch.randn(50, 3)
        W = second.weight @ first.weight
        b = second.weight @ first.bias + second.bias
        assert tuple(W.shape) == (2, 3)
        assert torch.allclose(second(first(x)), x @ W.T + b, atol=1e-5)
        assert not torch.allclose(second(torch.tanh(first(x))), x @ W.T + b, atol=1e-3)


def test_without_activation_the_stack_is_linear_with_it_it_is_not():
    torch.manual_seed(0)
    linear_stack = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Linear(8, 1))
    tanh_stack = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
    a, b = torch.randn(3), torch.randn(3)
    # an affine map f satisfies f(a + b) - f(0) == (f(a) - f(0)) + (f(b) - f(0))
    zero = linear_stack(torch.zeros(3))
    assert torch.allclose(linear_stack(a + b) - zero, (linear_stack(a) - zero) + (linear_stack(b) - zero), atol=1e-5)
    zero = tanh_stack(torch.zeros(3))
    assert not torch.allclose(tanh_stack(a + b) - zero, (tanh_stack(a) - zero) + (tanh_stack(b) - zero), atol=1e-3)


def test_a_single_neuron_and_a_single_layer_are_networks_too():
    random.seed(42)
    x = [2.0, 3.0, -1.0]
    neuron, layer, mlp = Neuron(3), Layer(3, 2), MLP(3, [4, 4, 1])
    assert len(neuron.parameters()) == 4 and len(mlp.parameters()) == 41
    for model in (neuron, layer, mlp):  # each is a parameterised function trainable by gradient descent
        out = model(x)
        loss = sum((o - 0.5) ** 2 for o in (out if isinstance(out, list) else [out]))
        loss.backward()
        before = loss.data
        for p in model.parameters():
            p.data -= 0.05 * p.grad
        out = model(x)
        after = sum((o - 0.5) ** 2 for o in (out if isinstance(out, list) else [out])).data
        assert after < before


def test_single_sigmoid_neuron_is_logistic_regression():
    torch.manual_seed(0)
    neuron = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Sigmoid())
    x = torch.randn(10, 3)
    w, b = neuron[0].weight[0], neuron[0].bias[0]
    assert torch.allclose(neuron(x)[:, 0], 1 / (1 + torch.exp(-(x @ w + b))), atol=1e-6)


def test_dense_outputs_read_every_input_conv_outputs_a_window(example):
    printed = [numbers(line.split(":")[1].split("(")[0]) for line in
               example("neural_network", "connections").stdout.splitlines()[1:]]
    assert printed == [[6] * 6, [2, 3, 3, 3, 3, 2]]
    torch.manual_seed(0)
    dense = torch.nn.Linear(6, 6)
    conv = torch.nn.Conv1d(1, 1, kernel_size=3, padding=1)
    x = torch.randn(6)
    J_dense = torch.autograd.functional.jacobian(dense, x)
    J_conv = torch.autograd.functional.jacobian(lambda v: conv(v.view(1, 1, 6)).view(6), x)
    assert (J_dense != 0).all()
    assert torch.equal(J_dense, dense.weight.detach())  # the Jacobian of a linear layer is its weight
    band = torch.tensor([[abs(i - j) <= 1 for j in range(6)] for i in range(6)])
    assert torch.equal(J_conv != 0, band)  # output i reads inputs i-1, i, i+1 only
    assert (J_conv != 0).sum(dim=1).tolist() == [2, 3, 3, 3, 3, 2]
    assert tuple(dense.weight.shape) == (6, 6) and tuple(conv.weight.shape) == (1, 1, 3)
