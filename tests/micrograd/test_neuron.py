"""neuron: the page's claims, checked (micrograd against torch float64, as micrograd's own tests do)."""

import math
import random

import micrograd.nn
import pytest
import torch

from glossary_examples.micrograd import Neuron, Value
from micrograd_lecture import numbers

B = 6.8813735870195432


def lecture_neuron_micrograd():
    x1, x2, w1, w2, b = Value(2.0), Value(0.0), Value(-3.0), Value(1.0), Value(B)
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    return o.data, [v.grad for v in (x1, w1, x2, w2, b)]


def torch_lecture_neuron():
    x1, x2, w1, w2, b = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (2.0, 0.0, -3.0, 1.0, B))
    n = x1 * w1 + x2 * w2 + b
    o = torch.tanh(n)
    o.backward()
    return n.item(), o.item(), {"x1": x1, "w1": w1, "x2": x2, "w2": w2, "b": b}


def test_the_printed_neuron_is_torchs(example):
    lines = example("neuron").stdout.splitlines()
    n, o, leaves = torch_lecture_neuron()
    assert numbers(lines[0]) == pytest.approx([n, o], abs=5e-5)
    for line in lines[1:]:
        name = line.split("/d")[1].split(" ")[0]
        assert float(line.split("=")[1]) == pytest.approx(leaves[name].grad.item(), abs=5e-5)


def test_the_printed_neuron_class_and_torch_regions_agree_with_it(example):
    _, o, leaves = torch_lecture_neuron()
    cls = example("neuron", "neuron_class").stdout.splitlines()
    assert numbers(cls[0]) == [3] and numbers(cls[1].split(":")[1]) == pytest.approx([o], abs=5e-5)
    grads = [leaves[k].grad.item() for k in ("w1", "w2", "b")]
    assert numbers(cls[2].replace("bias grad", "")) == pytest.approx(grads, abs=5e-5)
    th = example("neuron", "torch").stdout.splitlines()
    assert numbers(th[1].replace("x.grad", "").replace("w.grad", "")) == pytest.approx(
        [leaves[k].grad.item() for k in ("x1", "x2", "w1", "w2")], abs=5e-5)


def test_lecture_neuron_matches_torch_float64():
    o_mg, grads_mg = lecture_neuron_micrograd()
    x1, x2, w1, w2, b = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (2.0, 0.0, -3.0, 1.0, B))
    o = torch.tanh(x1 * w1 + x2 * w2 + b)
    o.backward()
    assert o_mg == pytest.approx(o.item(), abs=1e-15)  # forward pass agrees
    assert grads_mg == pytest.approx([v.grad.item() for v in (x1, w1, x2, w2, b)], abs=1e-12)  # backward too


def test_lecture_neuron_values_are_the_round_numbers_the_page_states():
    o, (gx1, gw1, gx2, gw2, gb) = lecture_neuron_micrograd()
    assert o == pytest.approx(1 / math.sqrt(2), abs=1e-12)
    assert 1 - o**2 == pytest.approx(0.5, abs=1e-12)
    assert (gx1, gw1, gx2, gw2, gb) == pytest.approx((-3 * 0.5, 2 * 0.5, 1 * 0.5, 0 * 0.5, 0.5), abs=1e-12)
    assert gw2 == 0.0  # its input is 0


def test_gradients_match_finite_differences():
    def o(x1, x2, w1, w2, b):
        return math.tanh(x1 * w1 + x2 * w2 + b)

    point = [2.0, 0.0, -3.0, 1.0, B]
    _, grads = lecture_neuron_micrograd()  # order: x1, w1, x2, w2, b
    h = 1e-6
    numeric = []
    for i in range(5):
        up, down = list(point), list(point)
        up[i] += h
        down[i] -= h
        numeric.append((o(*up) - o(*down)) / (2 * h))
    x1, x2, w1, w2, b = numeric
    assert grads == pytest.approx([x1, w1, x2, w2, b], abs=1e-8)


@pytest.mark.parametrize("nin", [1, 2, 3, 10])
def test_micrograd_neuron_is_tanh_of_weighted_sum_plus_bias(nin):
    random.seed(nin)
    neuron = Neuron(nin)
    x = [random.gauss(0, 1) for _ in range(nin)]
    expected = math.tanh(sum(w.data * xi for w, xi in zip(neuron.w, x)) + neuron.b.data)
    assert neuron(x).data == pytest.approx(expected, abs=1e-15)
    assert len(neuron.parameters()) == nin + 1
    assert all(-1 <= p.data <= 1 for p in neuron.parameters())  # random.uniform(-1, 1), bias included
    assert micrograd.nn.Neuron(nin).b.data == 0  # the published package: bias starts at 0


def test_neuron_class_region_reproduces_the_by_hand_neuron():
    random.seed(42)
    neuron = Neuron(2)
    neuron.w = [Value(-3.0), Value(1.0)]
    neuron.b = Value(B)
    o = neuron([2.0, 0.0])
    o.backward()
    o_hand, grads = lecture_neuron_micrograd()
    assert o.data == o_hand
    assert [neuron.w[0].grad, neuron.w[1].grad, neuron.b.grad] == [grads[1], grads[3], grads[4]]


def test_pitfall_float32_bias_changes_the_output_in_the_seventh_digit(example):
    right = torch.tanh(torch.tensor(-6.0, dtype=torch.float64) + torch.tensor(B, dtype=torch.float64)).item()
    wrong = torch.tanh(-6.0 + torch.Tensor([B]).double()).item()  # torch.Tensor makes float32 first
    assert right == pytest.approx(math.tanh(-6.0 + B), abs=3e-16)  # to the last digit or so
    assert 1e-8 < abs(wrong - right) < 1e-6  # the seventh decimal
    assert repr(wrong) == "0.7071066904050358"  # what the lecture's notebook printed
    assert torch.Tensor([B]).double().item() == float(torch.tensor(B, dtype=torch.float32).item()) != B
    printed = numbers(example("neuron", "torch").stdout.splitlines()[-1])
    assert printed[1:4:2] == [float(f"{right:.10f}"), float(f"{wrong:.10f}")]
