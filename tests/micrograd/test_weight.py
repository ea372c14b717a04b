"""weight: the page's claims, checked."""

import math
import random

import pytest
import torch

from glossary_examples import weight as page  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Neuron, Value


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


def test_sign_and_zero_weight_effects():
    def out(w):
        return math.tanh(w * 1.5 + 0.1)

    assert out(2.0) > out(0.0) > out(-2.0)  # input 1.5: a positive weight raises the output, a negative one lowers it
    inputs = [-3.0, 0.0, 4.0]
    assert len({math.tanh(0.0 * xi + 0.1) for xi in inputs}) == 1  # weight 0: the input is ignored


def test_one_output_by_hand_uses_one_row_of_w():
    torch.manual_seed(0)
    linear = torch.nn.Linear(3, 4)
    x = torch.tensor([[2.0, 3.0, -1.0]])
    by_hand = (linear.weight[1] * x[0]).sum() + linear.bias[1]
    assert by_hand.item() == pytest.approx(linear(x)[0, 1].item(), abs=1e-6)
