"""parameter: the page's claims, checked."""

import random

import micrograd.nn
import pytest
import torch

from glossary_examples.micrograd import MLP, Layer, Neuron, Value
from micrograd_lecture import numbers


def test_the_printed_counts_are_the_formula(example):
    lines = example("parameter").stdout.splitlines()
    for line, (n_in, n_out) in zip(lines, [(3, 4), (4, 4), (4, 1)]):
        assert numbers(line.split(":")[1]) == [n_out, n_in, 1, n_out * (n_in + 1)]
    assert numbers(lines[-1]) == [4 * 4 + 4 * 5 + 1 * 5]


@pytest.mark.parametrize(("nin", "nouts"), [(3, [4, 4, 1]), (2, [16, 16, 1]), (5, [3]), (27, [27])])
def test_count_formula_matches_micrograd_and_torch(nin, nouts):
    sizes = [nin] + nouts
    formula = sum(n_out * (n_in + 1) for n_in, n_out in zip(sizes, sizes[1:]))
    assert len(MLP(nin, nouts).parameters()) == formula
    torch_model = torch.nn.Sequential(*[torch.nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])])
    assert sum(p.numel() for p in torch_model.parameters()) == formula


def test_the_numbers_on_the_page():
    assert (len(Neuron(3).parameters()), len(Layer(3, 4).parameters())) == (4, 16)
    assert 4 * 4 + 4 * 5 + 1 * 5 == len(MLP(3, [4, 4, 1]).parameters()) == 41
    model = MLP(3, [4, 4, 1])
    assert all(isinstance(p, Value) for p in model.parameters())
    assert len({id(p) for p in model.parameters()}) == 41  # 41 distinct Values, none listed twice


def test_backward_changes_only_grads_and_update_changes_values(example):
    printed = example("parameter", "update").stdout.splitlines()
    random.seed(42)
    model = MLP(3, [4, 4, 1])
    x, y = [2.0, 3.0, -1.0], 1.0
    before = [p.data for p in model.parameters()]
    loss = (model(x) - y) ** 2
    loss.backward()
    assert [p.data for p in model.parameters()] == before
    assert any(p.grad != 0 for p in model.parameters())
    for p in model.parameters():
        p.data -= 0.1 * p.grad
    after = [p.data for p in model.parameters()]
    assert sum(a != b for a, b in zip(after, before)) == 41
    assert ((model(x) - y) ** 2).data < loss.data  # the printed loss goes down
    assert printed[0].endswith("True") and numbers(printed[1]) == [41, 41]
    assert numbers(printed[2]) == pytest.approx([loss.data, ((model(x) - y) ** 2).data], abs=5e-5)


def test_parameters_start_random_or_fixed_and_only_the_update_changes_them():
    assert {micrograd.nn.Neuron(3).b.data for _ in range(3)} == {0}  # the published package: biases start at 0
    random.seed(0)
    model = MLP(3, [4, 4, 1])
    start = [p.data for p in model.parameters()]
    assert len(set(start)) == 41  # ours: every one drawn at random
    for _ in range(3):
        model.zero_grad()
        (model([1.0, 2.0, 3.0]) - 1.0).backward()  # forward and backward passes
    assert [p.data for p in model.parameters()] == start


def test_inputs_get_gradients_but_are_not_parameters():
    random.seed(0)
    neuron = Neuron(2)
    x = [Value(1.0), Value(-2.0)]
    neuron(x).backward()
    assert all(xi.grad != 0 for xi in x)
    assert not any(p is xi for p in neuron.parameters() for xi in x)


def test_torch_parameter_shapes_as_printed(example):
    printed = {line.split()[0]: tuple(numbers(line.split("shape")[1])) for line in
               example("parameter", "torch").stdout.splitlines()[:-1]}
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 4), torch.nn.Tanh(),
                                torch.nn.Linear(4, 1), torch.nn.Tanh())
    shapes = {name: tuple(p.shape) for name, p in model.named_parameters()}
    assert shapes == printed == {"0.weight": (4, 3), "0.bias": (4,), "2.weight": (4, 4), "2.bias": (4,),
                                 "4.weight": (1, 4), "4.bias": (1,)}
