"""prediction: the page's claims, checked."""

import random

import numpy as np
import pytest
import torch

from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, LectureMLP, mlp, numbers, torch_forward, torch_layers, torch_train


def test_the_printed_predictions_are_the_same_network_in_torch(example):
    lines = example("prediction").stdout.splitlines()
    expected = torch_forward(torch_layers(mlp(42))).tolist()  # the region's network: random.seed(42)
    first = float(lines[0].split("data=")[1].rstrip(")"))
    assert first == pytest.approx(expected[0], abs=1e-15)  # printed whole: equal to the last digit or so
    assert numbers(lines[1]) == pytest.approx(expected, abs=5e-5)
    assert all(-1 <= p <= 1 for p in expected)


def test_a_lecture_built_micrograd_can_differ_in_the_last_digit_of_that_repr(example):
    first = example("prediction").stdout.splitlines()[0].split(": ", 1)[1]
    random.seed(42)
    lecture = LectureMLP(3, [4, 4, 1])  # the same numbers drawn, the lecture's tanh
    theirs = repr(lecture(XS[0]))
    assert theirs != first and theirs[:-2] == first[:-2]  # only the last digit differs
    assert float(theirs[11:-1]) == pytest.approx(float(first[11:-1]), abs=2e-16)


def test_forward_pass_recomputed_with_numpy_from_the_same_parameters():
    n = mlp(42)
    for x in XS:
        a = np.array(x)
        for layer in n.layers:
            W = np.array([[w.data for w in neuron.w] for neuron in layer.neurons])
            b = np.array([neuron.b.data for neuron in layer.neurons])
            a = np.tanh(W @ a + b)
        assert n(x).data == pytest.approx(a.item(), abs=1e-14)


def test_in_micrograd_same_input_same_parameters_same_prediction_and_no_parameter_changes():
    n = mlp(42)
    params = [p.data for p in n.parameters()]
    first = [n(x).data for x in XS]
    assert [n(x).data for x in XS] == first
    assert [p.data for p in n.parameters()] == params
    assert [mlp(42)(x).data for x in XS] == first  # same seed, same network
    assert [mlp(7)(x).data for x in XS] != first  # other random weights, other predictions
    assert all(isinstance(n(x), Value) for x in XS)


def test_dropout_and_batch_norm_in_training_mode_break_it():
    torch.manual_seed(0)
    x = torch.ones(1, 8)
    dropout = torch.nn.Dropout(0.5).train()
    assert not torch.equal(dropout(x), dropout(x))  # random in training mode ...
    assert torch.equal(dropout.eval()(x), x)  # ... the identity in eval mode
    bn = torch.nn.BatchNorm1d(2).train()
    row = torch.tensor([[1.0, 2.0]])
    with_others = [bn(torch.cat([row, other]))[0] for other in (torch.tensor([[0.0, 0.0]]), torch.tensor([[5.0, 9.0]]))]
    assert not torch.allclose(*with_others)  # the same row, another batch, another output
    assert not torch.equal(bn.running_mean, torch.zeros(2))  # and the forward pass changed the running mean


def test_training_moves_predictions_toward_the_targets_overall(example):
    before_line, after_line = example("prediction", "training").stdout.splitlines()
    layers, _ = torch_train(mlp(42), 0.05, 20)  # the region's training, replayed in torch
    after = torch_forward(layers).tolist()
    before = torch_forward(torch_layers(mlp(42))).tolist()
    assert numbers(before_line) == pytest.approx(before, abs=5e-5)
    assert numbers(after_line.split(":")[1]) == pytest.approx(after, abs=5e-5)
    sse = lambda preds: sum((p - y) ** 2 for p, y in zip(preds, YS))  # noqa: E731
    assert sse(after) < sse(before) / 10
    assert [np.sign(v) for v in after] == YS and [np.sign(v) for v in before] != YS
    # ... though one prediction (xs[3]) ends slightly further from its target than it started
    assert abs(after[3] - YS[3]) > abs(before[3] - YS[3])
