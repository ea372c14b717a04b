"""nn.Sequential: our list-taking Sequential and torch's compute the same chain and count the same parameters."""

import torch
import torch.nn as nn

from glossary_examples.makemore.layers import Linear, Sequential, Tanh


def test_example_matches_nn_sequential_layer_by_layer(example):
    ran = example("nn_sequential")
    lines = ran.stdout.splitlines()
    assert [line.split(": out ")[1] for line in lines[:5]] == ["(3, 3, 10)", "(3, 30)", "(3, 200)", "(3, 200)",
                                                               "(3, 27)"]
    assert lines[5:] == ["same logits as nn.Sequential: True", "parameters: 11897 11897"]
    model, X = ran.globals["model"], ran.globals["X"]
    x = X
    for layer in model.layers:  # the chain, by hand
        x = layer(x)
    assert torch.equal(x, ran.globals["logits"])


def test_calling_runs_each_layer_on_the_previous_output_and_keeps_it():
    g = torch.Generator().manual_seed(0)
    a, b, c = Linear(3, 4, generator=g), Tanh(), Linear(4, 2, generator=g)
    model = Sequential([a, b, c])
    x = torch.randn(5, 3, generator=g)
    out = model(x)
    assert torch.equal(out, c(b(a(x)))) and model.out is out
    assert model.parameters() == a.parameters() + c.parameters()  # in layer order


def test_nn_sequential_refuses_a_list_and_takes_unpacked_layers(example):
    lines = example("nn_sequential", "pitfall").stdout.splitlines()
    assert lines[0] == "nn.Sequential(layers): list is not a Module subclass"
    assert lines[1] == "Sequential(" and "(0): Linear(in_features=3, out_features=4, bias=True)" in lines[2]


def test_nn_sequential_parameters_are_all_its_layers_parameters_in_order():
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
    assert [tuple(p.shape) for p in model.parameters()] == [(4, 3), (4,), (2, 4), (2,)]
    assert sum(p.numel() for p in model.parameters()) == 3 * 4 + 4 + 4 * 2 + 2 == 26
    x = torch.randn(5, 3)
    assert torch.equal(model(x), model[2](model[1](model[0](x))))


def test_an_empty_sequential_is_the_identity():
    x = torch.randn(2, 3)
    assert Sequential([])(x) is x and torch.equal(nn.Sequential()(x), x)
