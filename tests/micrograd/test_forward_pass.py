"""forward pass: the page's claims, checked."""

import pytest
import torch

from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import trace
from micrograd_lecture import XS, YS, mlp, numbers, sse, torch_forward, torch_layers


def test_printed_predictions_and_loss_are_the_layers_applied_in_turn_in_torch(example):
    lines = example("forward_pass").stdout.splitlines()
    outputs = torch_forward(torch_layers(mlp()))  # the region's network, random.seed(1337)
    loss = ((outputs - torch.tensor(YS, dtype=torch.float64)) ** 2).sum()
    assert numbers(lines[0]) == pytest.approx(outputs.tolist(), abs=5e-5)
    assert numbers(lines[1]) == pytest.approx([loss.item()], abs=5e-5)
    assert lines[3].endswith("False")  # no gradient yet


def test_the_graph_behind_the_loss_has_398_values(example):
    n = mlp()
    per_neuron = lambda nin, inputs_are_floats: 2 * nin + 1 + (nin if inputs_are_floats else 0)  # noqa: E731
    # products, sums, tanh; the first layer also wraps its 3 float inputs into Values
    per_example = 4 * per_neuron(3, True) + 4 * per_neuron(4, False) + per_neuron(4, False)
    loss_part = 4 * 3 + 5  # per example: wrapped -y, the +, the **2; then sum's 0, its wrapper and 4 +
    expected = 4 * per_example + loss_part + len(n.parameters())
    assert len(trace(sse(n))) == expected == numbers(example("forward_pass").stdout.splitlines()[2])[-1]


def test_the_forward_pass_leaves_every_grad_alone():
    n = mlp()
    for p in n.parameters()[::2]:
        p.grad = 0.5  # whatever they held before
    sse(n)
    assert [p.grad for p in n.parameters()] == [0.5 if i % 2 == 0 else 0.0 for i in range(41)]


def test_an_old_graph_keeps_old_numbers_so_each_step_needs_a_new_forward_pass():
    n = mlp()
    loss = sse(n)
    loss.backward()
    old = loss.data
    for p in n.parameters():
        p.data += -0.05 * p.grad
    assert loss.data == old and sse(n).data < old


def test_torch_records_grad_fn_and_no_grad_does_not(example):
    run = example("forward_pass", "torch")
    W = run.globals["W"]
    w = [Value(x) for x in W.tolist()]
    micrograd_loss = sum((sum((wi * xi for wi, xi in zip(w, x)), Value(0.0)).tanh() - y) ** 2 for x, y in zip(XS, YS))
    recorded, unrecorded = (numbers(line)[0] for line in run.stdout.splitlines())
    assert recorded == unrecorded == pytest.approx(micrograd_loss.data, abs=5e-5)  # same value either way
    xs, ys = torch.tensor(XS), torch.tensor(YS)
    loss = ((torch.tanh(xs @ W) - ys) ** 2).sum()
    with torch.no_grad():
        loss_no_grad = ((torch.tanh(xs @ W) - ys) ** 2).sum()
    assert type(loss.grad_fn).__name__ == "SumBackward0" and loss_no_grad.grad_fn is None
    with pytest.raises(RuntimeError, match="does not require grad"):
        loss_no_grad.backward()


def test_torch_records_nothing_when_no_tensor_involved_requires_grad():
    W = torch.randn(3, generator=torch.Generator().manual_seed(0))  # requires_grad=False
    loss = ((torch.tanh(torch.tensor(XS) @ W) - torch.tensor(YS)) ** 2).sum()
    assert loss.grad_fn is None and not loss.requires_grad  # outside no_grad, still no graph
    layer = torch.nn.Linear(3, 1)  # a module's parameters require grad: recorded
    assert layer(torch.tensor(XS)).grad_fn is not None
