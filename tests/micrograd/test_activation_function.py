"""activation function: the page's claims, checked (including the published micrograd package's choice)."""

import micrograd.engine
import micrograd.nn
import pytest
import torch

from glossary_examples.micrograd import MLP, Value
from micrograd_lecture import LectureValue, numbers

X = torch.linspace(-6, 6, 241, dtype=torch.float64)


def test_the_printed_table_is_torch_float64_to_4_decimals(example):
    rows = [numbers(line) for line in example("activation_function").stdout.splitlines()[1:]]
    assert [row[0] for row in rows] == [-2.0, -0.5, 0.0, 0.5, 2.0]
    for z, tanh, relu, sigmoid in rows:
        zt = torch.tensor(z, dtype=torch.float64)
        assert (tanh, relu, sigmoid) == pytest.approx(
            (torch.tanh(zt).item(), torch.relu(zt).item(), torch.sigmoid(zt).item()), abs=5e-5)


@pytest.mark.parametrize("z", [-30.0, -2.0, -0.5, 0.0, 0.5, 2.0, 30.0])
def test_micrograd_values_and_gradients_match_torch(z):
    for op, torch_op in [("tanh", torch.tanh), ("relu", torch.relu), ("sigmoid", torch.sigmoid)]:
        v = Value(z)
        out = 1 / (1 + (-v).exp()) if op == "sigmoid" else getattr(v, op)()
        out.backward()
        zt = torch.tensor(z, dtype=torch.float64, requires_grad=True)
        out_t = torch_op(zt)
        out_t.backward()
        assert out.data == pytest.approx(out_t.item(), rel=1e-15, abs=1e-15)  # forward pass went well
        assert v.grad == pytest.approx(zt.grad.item(), rel=1e-9, abs=1e-15)  # backward pass went well


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
    assert (x.grad[X < 0] == 0).all() and (x.grad[X > 0] == 1).all()


def test_tanh_and_sigmoid_saturate_relu_does_not_for_positive_inputs():
    x = torch.tensor([8.0], dtype=torch.float64, requires_grad=True)
    for f in (torch.tanh, torch.sigmoid):
        x.grad = None
        f(x).backward()
        assert 0 < x.grad.item() < 1e-3
    x.grad = None
    torch.relu(x).backward()
    assert x.grad.item() == 1.0


def test_in_float32_the_saturated_outputs_reach_the_ends_of_the_range_and_the_gradient_is_exactly_0():
    x = torch.tensor([9.02, -9.02, 17.0], requires_grad=True)
    t = torch.stack([torch.tanh(x[0]), torch.tanh(x[1]), torch.sigmoid(x[2])])
    t.sum().backward()
    assert t.tolist() == [1.0, -1.0, 1.0] and x.grad.tolist() == [0.0, 0.0, 0.0]
    assert torch.tanh(torch.tensor(9.0)).item() < 1.0  # just below 9.01, not yet


def test_without_activation_layers_collapse_with_it_they_do_not():
    torch.manual_seed(0)
    first, second = torch.nn.Linear(3, 4), torch.nn.Linear(4, 2)
    x = torch.randn(20, 3)
    W, b = second.weight @ first.weight, second.weight @ first.bias + second.bias
    assert torch.allclose(second(first(x)), x @ W.T + b, atol=1e-5)
    for act in (torch.tanh, torch.relu, torch.sigmoid):
        assert not torch.allclose(second(act(first(x))), x @ W.T + b, atol=1e-3)


def test_published_micrograd_package_uses_relu_and_a_linear_output():
    assert hasattr(micrograd.engine.Value, "relu") and not hasattr(micrograd.engine.Value, "tanh")
    model = micrograd.nn.MLP(3, [4, 4, 1])
    assert [n.nonlin for layer in model.layers for n in layer.neurons] == [True] * 8 + [False]
    hidden, output = model.layers[0].neurons[0], model.layers[-1].neurons[0]
    assert hidden([-5.0, -5.0, -5.0])._op == "ReLU" and output([-5.0] * 4)._op != "ReLU"


def test_this_glossarys_engine_uses_tanh_in_every_neuron():
    model = MLP(3, [4, 4, 1])
    x = [1.0, 2.0, 3.0]
    for layer in model.layers:
        outs = layer(x)
        outs = outs if isinstance(outs, list) else [outs]
        assert all(out._op == "tanh" for out in outs)
        x = outs


def test_the_lectures_value_needs_pow_minus_1_instead_of_1_over_v():
    v = LectureValue(0.7)
    assert not hasattr(LectureValue, "relu")
    with pytest.raises(TypeError):
        1 / (1 + (-v).exp())
    s = (1 + (-v).exp()) ** -1  # the spelling the page gives for the lecture's Value
    s.backward()
    vt = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
    torch.sigmoid(vt).backward()
    assert (s.data, v.grad) == pytest.approx((torch.sigmoid(vt).item(), vt.grad.item()), rel=1e-12)


def test_the_figure_plots_relu_sigmoid_and_tanh(example):
    ax = example("activation_function", "figure").globals["ax"]
    for line, f in zip(ax.get_lines(), (torch.relu, torch.sigmoid, torch.tanh)):
        x, y = (torch.as_tensor(a) for a in line.get_data())
        assert torch.allclose(y, f(x), atol=1e-6)
