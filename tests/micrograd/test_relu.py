"""ReLU: the page's claims, checked."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st

from glossary_examples import relu as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value


@given(st.floats(min_value=-100, max_value=100))
def test_micrograd_relu_matches_torch_value_and_gradient(x0):
    v = Value(x0)
    out = v.relu()
    out.backward()
    xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    yt = F.relu(xt)
    yt.backward()
    assert out.data == yt.item() == max(0.0, x0)
    assert v.grad == xt.grad.item() == (1.0 if x0 > 0 else 0.0)  # 0 for x < 0, 1 for x > 0, 0 at the kink


def test_gradient_at_zero_is_zero_in_both():
    v = Value(0.0)
    v.relu().backward()
    xt = torch.tensor(0.0, requires_grad=True)
    torch.relu(xt).backward()
    assert v.grad == 0.0 and xt.grad.item() == 0.0


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


def test_dead_relu_neuron_gets_no_gradient_but_tanh_does():
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


def test_published_micrograd_hidden_neurons_use_relu():
    import micrograd.nn

    hidden = micrograd.nn.MLP(3, [4, 1]).layers[0].neurons[0]
    assert hidden.nonlin and hidden([-1.0, -1.0, -1.0])._op in {"ReLU"}
