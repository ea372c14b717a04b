"""parameter: the page's claims, checked."""

import random

import pytest
import torch

from glossary_examples import parameter as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import MLP, Layer, Neuron, Value


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


def test_backward_changes_only_grads_and_update_changes_values():
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


def test_inputs_get_gradients_but_are_not_parameters():
    random.seed(0)
    neuron = Neuron(2)
    x = [Value(1.0), Value(-2.0)]
    neuron(x).backward()
    assert all(xi.grad != 0 for xi in x)
    assert not any(p is xi for p in neuron.parameters() for xi in x)


def test_torch_parameter_shapes_as_printed():
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 4), torch.nn.Tanh(),
                                torch.nn.Linear(4, 1), torch.nn.Tanh())
    shapes = {name: tuple(p.shape) for name, p in model.named_parameters()}
    assert shapes == {"0.weight": (4, 3), "0.bias": (4,), "2.weight": (4, 4), "2.bias": (4,),
                      "4.weight": (1, 4), "4.bias": (1,)}
