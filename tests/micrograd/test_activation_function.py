"""activation function: the page's claims, checked (including the published micrograd package's choice)."""

import importlib.metadata

import pytest
import torch

from glossary_examples import activation_function as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value

X = torch.linspace(-6, 6, 241, dtype=torch.float64)


@pytest.mark.parametrize("z", [-2.0, -0.5, 0.0, 0.5, 2.0])
def test_micrograd_values_match_torch(z):
    v = Value(z)
    zt = torch.tensor(z, dtype=torch.float64)
    assert v.tanh().data == pytest.approx(torch.tanh(zt).item(), abs=1e-15)
    assert v.relu().data == torch.relu(zt).item()
    assert (1 / (1 + (-v).exp())).data == pytest.approx(torch.sigmoid(zt).item(), abs=1e-15)


def test_table_formulas_ranges_and_derivatives():
    x = X.clone().requires_grad_()
    for f, formula, derivative, low, high in [
        (torch.tanh, (torch.exp(2 * X) - 1) / (torch.exp(2 * X) + 1), 1 - torch.tanh(X) ** 2, -1, 1),
        (torch.sigmoid, 1 / (1 + torch.exp(-X)), torch.sigmoid(X) * (1 - torch.sigmoid(X)), 0, 1),
    ]:
        x.grad = None
        y = f(x)
        y.sum().backward()
        assert torch.allclose(y.detach(), formula, atol=1e-15)
        assert torch.allclose(x.grad, derivative, atol=1e-15)
        assert ((y > low) & (y < high)).all()
    x.grad = None
    torch.relu(x).sum().backward()
    assert torch.equal(torch.relu(X), torch.clamp(X, min=0)) and (torch.relu(X) >= 0).all()
    assert torch.equal(x.grad[X < 0], torch.zeros(int((X < 0).sum()), dtype=torch.float64))
    assert torch.equal(x.grad[X > 0], torch.ones(int((X > 0).sum()), dtype=torch.float64))


def test_tanh_and_sigmoid_saturate_relu_does_not_for_positive_inputs():
    x = torch.tensor([8.0], dtype=torch.float64, requires_grad=True)
    for f in (torch.tanh, torch.sigmoid):
        x.grad = None
        f(x).backward()
        assert 0 < x.grad.item() < 1e-3
    x.grad = None
    torch.relu(x).backward()
    assert x.grad.item() == 1.0


def test_without_activation_layers_collapse_with_it_they_do_not():
    torch.manual_seed(0)
    first, second = torch.nn.Linear(3, 4), torch.nn.Linear(4, 2)
    x = torch.randn(20, 3)
    W, b = second.weight @ first.weight, second.weight @ first.bias + second.bias
    assert torch.allclose(second(first(x)), x @ W.T + b, atol=1e-5)
    for act in (torch.tanh, torch.relu, torch.sigmoid):
        assert not torch.allclose(second(act(first(x))), x @ W.T + b, atol=1e-3)


def test_published_micrograd_package_uses_relu_and_a_linear_output():
    import micrograd.engine
    import micrograd.nn

    assert importlib.metadata.version("micrograd") == "0.1.0"
    assert hasattr(micrograd.engine.Value, "relu") and not hasattr(micrograd.engine.Value, "tanh")
    model = micrograd.nn.MLP(3, [4, 4, 1])
    assert [n.nonlin for layer in model.layers for n in layer.neurons] == [True] * 8 + [False]
    assert repr(model.layers[0].neurons[0]) == "ReLUNeuron(3)" and repr(model.layers[-1].neurons[0]) == "LinearNeuron(4)"
    out = model.layers[-1].neurons[0]([-5.0, -5.0, -5.0, -5.0])
    assert out._op != "ReLU"  # the output neuron is not passed through ReLU


def test_this_glossarys_engine_uses_tanh_everywhere():
    from glossary_examples.micrograd import MLP

    model = MLP(3, [4, 4, 1])
    assert model([1.0, 2.0, 3.0])._op == "tanh"
    assert all(out._op == "tanh" for out in model.layers[0]([1.0, 2.0, 3.0]))
