"""forward pass: the page's claims, checked."""

import math

import pytest
import torch
import torch.nn.functional as F

from glossary_examples import forward_pass  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd.graph import trace
from micrograd_lecture import XS, YS, mlp, sse


def test_predictions_are_the_layers_applied_in_turn_and_match_plain_floats():
    n = mlp()
    ypred = [n(x).data for x in XS]
    by_hand = []
    for x in XS:  # the same network with plain floats, layer by layer
        for layer in n.layers:
            x = [math.tanh(sum(w.data * xi for w, xi in zip(neuron.w, x)) + neuron.b.data) for neuron in layer.neurons]
        by_hand.append(x[0])
    assert ypred == pytest.approx(by_hand, abs=1e-15)
    assert [round(y, 4) for y in ypred] == [0.4277, 0.5571, 0.7185, 0.452]


def test_loss_is_the_sum_of_squared_errors_four_times_the_mse():
    n = mlp()
    loss = sse(n)
    ypred = torch.tensor([n(x).data for x in XS], dtype=torch.float64)
    assert loss.data == pytest.approx(4 * F.mse_loss(ypred, torch.tensor(YS, dtype=torch.float64)).item(), rel=1e-12)
    assert round(loss.data, 4) == 6.0054


def test_the_graph_behind_the_loss_has_398_values():
    n = mlp()
    loss = sse(n)
    per_neuron = lambda nin, inputs_are_floats: 2 * nin + 1 + (nin if inputs_are_floats else 0)  # noqa: E731
    # products, sums, tanh; the first layer also wraps its 3 float inputs into Values
    per_example = 4 * per_neuron(3, True) + 4 * per_neuron(4, False) + per_neuron(4, False)
    loss_part = 4 * 3 + 5  # per example: wrapped -y, the +, the **2; then sum's 0, its wrapper and 4 +
    assert len(trace(loss)) == 4 * per_example + loss_part + len(n.parameters()) == 398


def test_the_forward_pass_leaves_every_grad_alone():
    n = mlp()
    sse(n)
    assert all(p.grad == 0 for p in n.parameters())


def test_an_old_graph_keeps_old_numbers_so_each_step_needs_a_new_forward_pass():
    n = mlp()
    loss = sse(n)
    loss.backward()
    old = loss.data
    for p in n.parameters():
        p.data += -0.05 * p.grad
    assert loss.data == old and sse(n).data < old


def test_torch_records_grad_fn_and_no_grad_does_not():
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn(3, generator=g, requires_grad=True)
    xs, ys = torch.tensor(XS), torch.tensor(YS)
    loss = ((torch.tanh(xs @ W) - ys) ** 2).sum()
    with torch.no_grad():
        unrecorded = ((torch.tanh(xs @ W) - ys) ** 2).sum()
    assert type(loss.grad_fn).__name__ == "SumBackward0" and unrecorded.grad_fn is None
    assert torch.equal(loss.detach(), unrecorded) and round(loss.item(), 4) == 7.9735
    with pytest.raises(RuntimeError, match="does not require grad"):
        unrecorded.backward()
