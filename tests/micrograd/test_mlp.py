"""multilayer perceptron (MLP): the page's claims, checked, and the micrograd training run replayed in torch."""

import math
import random

import pytest
import torch

from glossary_examples.micrograd import MLP
from micrograd_lecture import XS, YS, mlp, numbers, torch_forward, torch_grads, torch_layers, torch_train


def test_printed_losses_and_predictions_are_the_training_replayed_in_torch(example):
    lines = example("mlp").stdout.splitlines()
    layers, losses = torch_train(mlp(42), 0.1, 100, mean=True)  # the region's seed, rate, steps and loss
    steps = [numbers(line) for line in lines if line.startswith("step")]
    assert [int(step) for step, _ in steps] == [0, 20, 40, 60, 80, 99]
    assert [loss for _, loss in steps] == pytest.approx([losses[int(step)] for step, _ in steps], abs=5e-5)
    assert numbers(lines[-2]) == pytest.approx(torch_forward(layers).tolist(), abs=5e-4)
    assert example("mlp", "figure").globals["losses"] == pytest.approx(losses, rel=1e-9)  # the plotted run


def test_loss_falls_every_step_and_predictions_get_the_targets_signs(example):
    run = example("mlp", "figure")
    losses = run.globals["losses"]
    assert all(after < before for before, after in zip(losses, losses[1:]))
    assert losses[-1] < 0.01 < 1.0 < losses[0]
    predictions = [run.globals["model"](x).data for x in XS]
    assert [math.copysign(1.0, p) for p in predictions] == YS
    assert all(-1 <= p <= 1 for p in predictions)


def test_micrograd_mlp_training_matches_torch_step_by_step():
    random.seed(42)
    model = MLP(3, [4, 4, 1])
    layers = torch_layers(model)
    Y = torch.tensor(YS, dtype=torch.float64)
    for _ in range(100):
        loss = sum((model(x) - y) ** 2 for x, y in zip(XS, YS)) / len(YS)
        model.zero_grad()
        loss.backward()
        for W, b in layers:
            W.grad = b.grad = None
        loss_t = torch.nn.functional.mse_loss(torch_forward(layers), Y)
        loss_t.backward()
        assert loss.data == pytest.approx(loss_t.item(), abs=1e-12)  # forward pass went well
        assert [p.grad for p in model.parameters()] == pytest.approx(torch_grads(layers), abs=1e-12)  # backward too
        for p in model.parameters():
            p.data -= 0.1 * p.grad
        with torch.no_grad():
            for W, b in layers:
                W -= 0.1 * W.grad
                b -= 0.1 * b.grad


def test_the_same_network_as_nn_sequential():
    model = mlp(7)
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 4), torch.nn.Tanh(),
                              torch.nn.Linear(4, 1), torch.nn.Tanh()).double()
    with torch.no_grad():
        for linear, (W, b) in zip(net[::2], torch_layers(model)):
            linear.weight.copy_(W)
            linear.bias.copy_(b)
    assert sum(p.numel() for p in net.parameters()) == len(model.parameters()) == 41
    out = net(torch.tensor(XS, dtype=torch.float64))[:, 0]
    assert out.tolist() == pytest.approx([model(x).data for x in XS], abs=1e-14)
    assert [(len(k.neurons[0].w), len(k.neurons)) for k in model.layers] == [(3, 4), (4, 4), (4, 1)]


def test_nn_linear_starts_within_one_over_sqrt_fan_in_where_micrograd_uses_plus_minus_one():
    torch.manual_seed(0)
    for fan_in, fan_out in [(3, 4), (4, 4), (4, 1)]:
        linear = torch.nn.Linear(fan_in, fan_out)
        bound = 1 / math.sqrt(fan_in)
        assert linear.weight.abs().max() <= bound and linear.bias.abs().max() <= bound
    starts = [p.data for p in mlp(7).parameters()]
    assert all(-1 <= v <= 1 for v in starts) and max(abs(v) for v in starts) > 1 / math.sqrt(3)


def test_mean_is_the_lectures_sum_over_4_with_a_quarter_of_the_gradients():
    n_mean, n_sum = mlp(42), mlp(42)
    mean = sum((n_mean(x) - y) ** 2 for x, y in zip(XS, YS)) / len(YS)
    total = sum((n_sum(x) - y) ** 2 for x, y in zip(XS, YS))
    mean.backward()
    total.backward()
    assert total.data == pytest.approx(4 * mean.data, rel=1e-14)
    assert [4 * p.grad for p in n_mean.parameters()] == pytest.approx([p.grad for p in n_sum.parameters()], rel=1e-12)


def test_without_zero_grad_the_gradients_pile_up():
    model = mlp(42)
    loss = sum((model(x) - y) ** 2 for x, y in zip(XS, YS)) / len(YS)
    loss.backward()
    first = [p.grad for p in model.parameters()]
    loss = sum((model(x) - y) ** 2 for x, y in zip(XS, YS)) / len(YS)
    loss.backward()  # no zero_grad: the same gradient is added again
    assert [p.grad for p in model.parameters()] == pytest.approx([2 * g for g in first], abs=1e-12)


def test_a_step_activation_gives_no_gradient_to_learn_from():
    x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
    torch.sign(x).sum().backward()  # a step function: -1 / +1
    assert x.grad.tolist() == [0.0, 0.0, 0.0, 0.0]
    x.grad = None
    torch.tanh(x).sum().backward()
    assert (x.grad > 0).all()
