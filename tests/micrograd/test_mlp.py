"""multilayer perceptron (MLP): the page's claims, checked, and the micrograd training run replayed in torch."""

import math
import random

import pytest
import torch

from glossary_examples import _registry, _runner
from glossary_examples import mlp as page  # the figure region ran on import: page.losses, page.model
from glossary_examples.micrograd import MLP

XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
YS = [1.0, -1.0, -1.0, 1.0]
TERM = _registry.parse(_registry.PACKAGE_DIR / "mlp.py")


def test_loss_falls_every_step_and_ends_small():
    losses = page.losses
    assert len(losses) == 100
    assert all(after < before for before, after in zip(losses, losses[1:]))
    assert losses[-1] < 0.01 < 1.0 < losses[0]


def test_predictions_have_the_targets_signs():
    predictions = [page.model(x).data for x in XS]
    assert [math.copysign(1.0, p) for p in predictions] == YS
    assert all(abs(p - y) < 0.15 for p, y in zip(predictions, YS))


def test_printed_losses_are_the_plotted_losses():
    printed = _runner.execute(TERM, TERM.regions["example"]).stdout.splitlines()
    steps = [line.split() for line in printed if line.startswith("step")]
    assert [int(s[1]) for s in steps] == [0, 20, 40, 60, 80, 99]
    assert [s[3] for s in steps] == [f"{page.losses[int(s[1])]:.4f}" for s in steps]


def torch_copy(model: MLP) -> torch.nn.Sequential:
    """The same network in PyTorch (float64), with micrograd's weights copied in."""
    modules = []
    for layer in model.layers:
        linear = torch.nn.Linear(len(layer.neurons[0].w), len(layer.neurons), dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.tensor([[w.data for w in n.w] for n in layer.neurons], dtype=torch.float64))
            linear.bias.copy_(torch.tensor([n.b.data for n in layer.neurons], dtype=torch.float64))
        modules += [linear, torch.nn.Tanh()]
    return torch.nn.Sequential(*modules)


def test_micrograd_mlp_training_matches_torch_step_by_step():
    random.seed(42)
    model = MLP(3, [4, 4, 1])
    net = torch_copy(model)
    X, Y = torch.tensor(XS, dtype=torch.float64), torch.tensor(YS, dtype=torch.float64)
    for _ in range(100):
        loss = sum((model(x) - y) ** 2 for x, y in zip(XS, YS)) / len(YS)
        model.zero_grad()
        loss.backward()
        net.zero_grad()
        loss_t = torch.nn.functional.mse_loss(net(X)[:, 0], Y)
        loss_t.backward()
        assert loss.data == pytest.approx(loss_t.item(), abs=1e-12)
        grads_t = [g for linear in net[::2] for row, b in zip(linear.weight.grad, linear.bias.grad)
                   for g in [*row.tolist(), b.item()]]  # micrograd's order: each neuron's weights, then its bias
        assert [p.grad for p in model.parameters()] == pytest.approx(grads_t, abs=1e-12)
        for p in model.parameters():
            p.data -= 0.1 * p.grad
        with torch.no_grad():
            for p in net.parameters():
                p -= 0.1 * p.grad
    assert loss.data == pytest.approx(page.losses[-1], abs=1e-15)


def test_parameter_count_and_layer_sizes():
    model = MLP(3, [4, 4, 1])
    assert len(model.parameters()) == 41
    assert sum(p.numel() for p in torch_copy(model).parameters()) == 41
    assert [(len(k.neurons[0].w), len(k.neurons)) for k in model.layers] == [(3, 4), (4, 4), (4, 1)]


def test_without_zero_grad_the_gradients_pile_up():
    random.seed(42)
    model = MLP(3, [4, 4, 1])
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
