"""dead neuron: the page's claims, checked."""

import re

import pytest
import torch


@pytest.mark.parametrize("dtype", [torch.float16, torch.float32, torch.float64])
def test_relu_has_gradient_exactly_0_at_and_below_0(dtype):
    z = torch.tensor([-1e4, -3.0, -1e-6, 0.0, 1e-6, 2.0], dtype=dtype, requires_grad=True)
    torch.relu(z).sum().backward()
    assert z.grad.tolist() == [0, 0, 0, 0, 1, 1]


def test_the_example_neuron_3_is_never_active_and_gets_exactly_zero_gradient(example):
    ran = example("dead_neuron")
    g = ran.globals
    pre = g["x"] @ g["W"].detach() + g["b"].detach()
    assert (pre[:, 3] < 0).all()  # negative for every one of the 1000 inputs
    assert (g["W"].grad[:, 3] == 0).all() and g["b"].grad[3] == 0
    assert (g["W"].grad[:, :3].norm(dim=0) > 1e-3).all()  # the live neurons do learn
    active = [float(v) for v in re.search(r"active: tensor\(\[(.*)\]\)", ran.stdout)[1].split(",")]
    assert active == pytest.approx((pre > 0).float().mean(0).tolist(), abs=5e-5)


def test_plain_gradient_descent_never_moves_a_dead_relu_neuron():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(200, 10, generator=g)
    W = torch.randn(10, 4, generator=g, requires_grad=True)
    b = torch.tensor([0.0, 0.0, 0.0, -20.0], requires_grad=True)
    W0, W3, b3 = W[:, 0].detach().clone(), W[:, 3].detach().clone(), b[3].item()
    for step in range(30):
        loss = (torch.relu(x @ W + b) * torch.randn(200, 4, generator=g)).mean()
        W.grad = b.grad = None
        loss.backward()
        with torch.no_grad():
            W -= 0.5 * W.grad
            b -= 0.5 * b.grad
    assert torch.equal(W[:, 3].detach(), W3) and b[3].item() == b3
    assert not torch.equal(W[:, 0].detach(), W0)  # a live neuron did move


def test_one_large_update_can_kill_a_relu_neuron_for_every_input():
    g = torch.Generator().manual_seed(0)
    x = torch.rand(500, 10, generator=g)  # non-negative, like the outputs of a ReLU layer
    w = torch.randn(10, generator=g, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    assert (torch.relu(x @ w + b) > 0).float().mean() > 0.3  # alive before
    torch.relu(x @ w + b).mean().backward()  # a loss that wants smaller outputs
    with torch.no_grad():
        w -= 100.0 * w.grad  # learning rate far too high
        b -= 100.0 * b.grad
    assert (x @ w + b <= 0).all()  # dead on every input afterwards
    w.grad = b.grad = None
    torch.relu(x @ w + b).mean().backward()
    assert (w.grad == 0).all() and b.grad == 0


def test_tanh_passes_a_tiny_gradient_when_saturated_and_none_once_it_rounds_to_1():
    x = torch.tensor([5.0, 10.0], requires_grad=True)
    torch.tanh(x).sum().backward()
    assert 0 < x.grad[0] < 2e-4  # saturated: tiny but not zero
    assert torch.tanh(x[1]).item() == 1.0 and x.grad[1] == 0  # float32 tanh(10) rounds to 1


def test_the_figure_is_mostly_white_but_no_column_is_white_throughout(example):
    ran = example("dead_neuron", "figure")
    saturated = ran.globals["saturated"]
    assert saturated.shape == (32, 200)
    assert saturated.float().mean() > 0.5
    assert saturated.all(0).sum().item() == 0
    assert ran.stdout == "neurons saturated on all 32 examples: 0 of 200\n"
    assert len(ran.figures) == 1


def test_a_dead_relu_neuron_comes_back_when_the_layer_before_it_changes_its_inputs():
    # neuron of the second layer, dead on every input; only the first layer can move it
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 3, generator=g)
    W1 = torch.randn(3, 4, generator=g, requires_grad=True)
    w2 = torch.ones(4, requires_grad=True)  # the dead neuron's weights and bias
    b2 = torch.tensor(-20.0, requires_grad=True)
    w2_before, revived = w2.detach().clone(), False
    for step in range(200):
        hidden = torch.relu(x @ W1)
        pre = hidden @ w2 + b2
        if (pre > 0).any():
            revived = True
            break
        # another term of the loss trains the first layer (it wants larger hidden units)
        loss = -torch.relu(pre).mean() - hidden.mean()
        W1.grad = w2.grad = b2.grad = None
        loss.backward()
        assert (w2.grad == 0).all() and b2.grad == 0  # dead: nothing reaches its own weights
        with torch.no_grad():
            W1 -= 0.5 * W1.grad
            w2 -= 0.5 * w2.grad
            b2 -= 0.5 * b2.grad
    assert step > 0 and revived  # dead at first, alive again after the first layer moved
    assert torch.equal(w2.detach(), w2_before) and b2.item() == -20.0


def test_sigmoid_is_flat_near_0_and_1_and_its_float32_gradient_is_exactly_0_from_17_and_minus_89():
    x = torch.arange(-100.0, 25.0, 0.25, requires_grad=True)
    torch.sigmoid(x).sum().backward()
    zero = x.detach()[x.grad == 0]
    assert zero[zero > 0].min().item() == pytest.approx(17, abs=0.5)
    assert zero[zero < 0].max().item() == pytest.approx(-89, abs=0.5)
    assert 0 < x.grad[x.detach() == -40].item() < 1e-16  # flat, but not yet 0
    assert 0 < x.grad[x.detach() == 12].item() < 1e-5
