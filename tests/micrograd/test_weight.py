"""weight: the page's claims, checked."""

import math
import random
import re

import pytest
import torch

from glossary_examples.micrograd import Neuron, Value
from micrograd_lecture import NEURON, numbers


def test_the_printed_gradients_and_nudge_are_torchs(example):
    first, second = example("weight").stdout.splitlines()
    t = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    o = torch.tanh(t["x1"] * t["w1"] + t["x2"] * t["w2"] + t["b"])
    o.backward()
    after_equals = [float(m) for m in re.findall(r"= ([-+\d.]+)", first + " " + second)]
    assert after_equals[:3] == pytest.approx([o.item(), t["w1"].grad.item(), t["w2"].grad.item()], abs=5e-5)
    nudged = math.tanh(2.0 * (-3.0 + 0.001) + NEURON["b"]) - o.item()
    change, predicted = numbers(second.split(":")[1])[0], after_equals[3]
    assert change == pytest.approx(nudged, abs=5e-7) and predicted == pytest.approx(t["w1"].grad.item() * 0.001, abs=5e-7)


@pytest.mark.parametrize(("n_in", "n_out"), [(3, 4), (27, 27), (1, 5)])
def test_linear_weight_has_shape_out_in_and_computes_x_wt_plus_b(n_in, n_out):
    torch.manual_seed(0)
    linear = torch.nn.Linear(n_in, n_out)
    assert tuple(linear.weight.shape) == (n_out, n_in)
    x = torch.randn(7, n_in)
    assert torch.allclose(linear(x), x @ linear.weight.T + linear.bias, atol=1e-6)
    for j in range(n_out):  # row j of W belongs to output j
        assert torch.allclose(linear(x)[:, j], x @ linear.weight[j] + linear.bias[j], atol=1e-6)


def test_weight_gradient_is_input_times_local_gradient():
    random.seed(3)
    neuron = Neuron(4)
    x = [1.5, 0.0, -2.0, 0.25]
    o = neuron(x)
    o.backward()
    assert [w.grad for w in neuron.w] == pytest.approx([xi * (1 - o.data**2) for xi in x], abs=1e-15)
    assert neuron.w[1].grad == 0.0  # an input of 0 gives its weight no gradient


def test_nudge_matches_gradient_to_first_order():
    x1, x2, w2, b = Value(2.0), Value(0.0), Value(1.0), Value(6.8813735870195432)
    w1 = Value(-3.0)
    o = (x1 * w1 + x2 * w2 + b).tanh()
    o.backward()
    assert w1.grad == pytest.approx(2 * (1 - o.data**2), abs=1e-15)
    assert w1.grad == pytest.approx(1.0, abs=1e-12)
    for h in (1e-2, 1e-3, 1e-4):
        change = math.tanh(2.0 * (-3.0 + h) + 6.8813735870195432) - o.data
        assert change == pytest.approx(w1.grad * h, abs=2 * h**2)  # the error shrinks like h**2


def test_a_large_weight_makes_the_sum_sensitive_but_can_saturate_the_output():
    x = 1.0
    sensitivity = {}
    for w in (1.0, 50.0):
        xv = Value(x)
        s = xv * w + 0.1
        s.backward()
        sum_slope = xv.grad
        xv = Value(x)
        (xv * w + 0.1).tanh().backward()
        sensitivity[w] = (sum_slope, xv.grad)
    assert sensitivity[50.0][0] > sensitivity[1.0][0]  # the sum: more sensitive
    assert sensitivity[50.0][1] < sensitivity[1.0][1] and sensitivity[50.0][1] == 0.0  # the tanh output: stuck


def test_sign_and_zero_weight_effects():
    def out(w):
        return math.tanh(w * 1.5 + 0.1)

    assert out(2.0) > out(0.0) > out(-2.0)  # input 1.5: a positive weight raises the output, a negative one lowers it
    inputs = [-3.0, 0.0, 4.0]
    assert len({math.tanh(0.0 * xi + 0.1) for xi in inputs}) == 1  # weight 0: the input is ignored


def test_one_output_by_hand_uses_one_row_of_w(example):
    run = example("weight", "torch")
    linear, x = run.globals["linear"], run.globals["x"]
    by_hand, from_linear = numbers(run.stdout.splitlines()[2].replace("linear(x)[0, 1]", ""))[1:]
    expected = (x[0].double() @ linear.weight[1].double() + linear.bias[1].double()).item()
    assert by_hand == from_linear == pytest.approx(expected, abs=5e-5)
    assert numbers(run.stdout.splitlines()[0]) == [4, 3] and run.stdout.splitlines()[1].endswith("True")
