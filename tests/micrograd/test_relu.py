"""ReLU: the page's claims, checked."""

import math

import micrograd.engine
import pytest
import torch
import torch.nn.functional as F
from hypothesis import example as hypothesis_example
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import LectureValue, numbers


def test_the_printed_values_and_gradients_are_torchs(example):
    lines = example("relu").stdout.splitlines()
    xt = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
    torch.relu(xt).sum().backward()
    for line, x, y, g in zip(lines, xt.tolist(), torch.relu(xt).tolist(), xt.grad.tolist()):
        assert numbers(line.split(":")[1]) == [x, y, g]
    assert [numbers(part) for part in lines[3].split("grad")] == [torch.relu(xt).tolist(), xt.grad.tolist()]


def test_the_published_relu_returns_the_int_0_and_the_lecture_has_none():
    assert repr(micrograd.engine.Value(-2.0).relu().data) == "0" and repr(Value(-2.0).relu().data) == "0.0"
    assert not hasattr(LectureValue, "relu")
    v = micrograd.engine.Value(0.0)
    v.relu().backward()
    assert v.grad == 0  # slope 0 at the kink in the published package too


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.floats(min_value=-1e6, max_value=1e6))
@hypothesis_example(0.0)
@hypothesis_example(-0.0)
def test_micrograd_relu_matches_torch_value_and_gradient(x0):
    v = Value(x0)
    out = v.relu()
    out.backward()
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    yt = F.relu(xt)
    yt.backward()
    assert out.data == yt.item() == max(0.0, x0)
    assert v.grad == xt.grad.item() == (1.0 if x0 > 0 else 0.0)  # 0 for x < 0, 1 for x > 0, 0 at the kink


def test_upstream_gradient_passes_through_only_where_positive():
    for x0 in (-1.5, 2.5):
        v = Value(x0)
        out = v.relu()
        y = out * 3.0  # upstream gradient 3
        y.backward()
        assert v.grad == (3.0 if x0 > 0 else 0.0)


def test_no_saturation_for_large_positive_inputs_unlike_tanh():
    x = torch.tensor([50.0], requires_grad=True)
    torch.relu(x).backward()
    assert x.grad.item() == 1.0
    x.grad = None
    torch.tanh(x).backward()
    assert x.grad.item() == 0.0


def test_dead_relu_neuron_gets_no_gradient_but_tanh_does(example):
    printed = [numbers(line.split(":")[1].split("(")[0]) for line in example("relu", "dead_neuron").stdout.splitlines()]
    xs = [0.5, 1.0, 2.0]
    grads = {}
    for act in ("relu", "tanh"):
        w, b = Value(-1.0), Value(-0.5)
        assert all((w * x + b).data < 0 for x in xs)
        loss = sum((getattr(w * x + b, act)() - 1.0) ** 2 for x in xs)
        loss.backward()
        grads[act] = (w.grad, b.grad)
    assert grads["relu"] == (0.0, 0.0)
    assert all(abs(g) > 1 for g in grads["tanh"])
    w, b = Value(-1.0), Value(-0.5)  # and gradient descent never revives the ReLU neuron
    for _ in range(10):
        w.grad = b.grad = 0.0
        loss = sum(((w * x + b).relu() - 1.0) ** 2 for x in xs)
        loss.backward()
        w.data -= 0.1 * w.grad
        b.data -= 0.1 * b.grad
    assert (w.data, b.data) == (-1.0, -0.5)
    ts = [math.tanh(-x - 0.5) for x in xs]  # the tanh gradients, by the chain rule by hand
    by_hand_w = sum(2 * (t - 1) * (1 - t**2) * x for t, x in zip(ts, xs))
    by_hand_b = sum(2 * (t - 1) * (1 - t**2) for t in ts)
    assert grads["tanh"] == pytest.approx((by_hand_w, by_hand_b), abs=1e-12)
    assert printed == [pytest.approx(list(grads[act]), abs=5e-5) for act in ("relu", "tanh")]


def test_a_dead_neuron_comes_back_when_its_inputs_change():
    w, b = Value(-1.0), Value(-0.5)
    for x in [0.5, 1.0, 2.0]:  # the inputs it was dead for
        (w * x + b).relu().backward()
    assert (w.grad, b.grad) == (0.0, 0.0)
    (w * -2.0 + b).relu().backward()  # an earlier layer now sends a negative input: w * x + b = 1.5 > 0
    assert (w.grad, b.grad) == (-2.0, 1.0)


def test_published_micrograd_hidden_neurons_use_relu():
    import micrograd.nn

    hidden = micrograd.nn.MLP(3, [4, 1]).layers[0].neurons[0]
    assert hidden.nonlin and hidden([-1.0, -1.0, -1.0])._op in {"ReLU"}
