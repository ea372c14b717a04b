"""backpropagation: the page's claims, checked against torch float64 and central differences."""

import math

import pytest
import torch

from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import trace
from micrograd_lecture import NEURON, numbers


def neuron(x1, x2, w1, w2, b):
    return (x1 * w1 + x2 * w2 + b).tanh()


def torch_neuron_grads():
    tensors = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    neuron(**tensors).backward()
    return {k: t.grad.item() for k, t in tensors.items()}


def test_printed_backprop_and_central_difference_columns_are_torchs_gradients(example):
    rows = example("backpropagation").stdout.splitlines()[1:]
    expected = torch_neuron_grads()
    assert [row.split()[0] for row in rows] == list(NEURON)
    for row in rows:
        name, backprop, central = row.split()
        assert float(backprop) == float(central) == pytest.approx(expected[name], abs=5e-5)


def test_backprop_matches_central_differences_and_torch_for_every_input():
    leaves = {k: Value(x) for k, x in NEURON.items()}
    neuron(**leaves).backward()
    expected = torch_neuron_grads()
    h = 1e-6
    for name, x in NEURON.items():
        up = neuron(**{**leaves, name: Value(x + h)}).data
        down = neuron(**{**leaves, name: Value(x - h)}).data
        assert leaves[name].grad == pytest.approx((up - down) / (2 * h), abs=1e-8)
        assert leaves[name].grad == pytest.approx(expected[name], abs=1e-14)


def test_the_printed_torch_gradients_are_micrograds(example):
    printed = dict(line.split() for line in example("backpropagation", "torch").stdout.splitlines())
    leaves = {k: Value(x) for k, x in NEURON.items()}
    neuron(**leaves).backward()
    assert {k: float(v) for k, v in printed.items()} == pytest.approx({k: v.grad for k, v in leaves.items()},
                                                                      abs=5e-5)


def test_a_value_used_twice_collects_the_sum_of_both_paths(example):
    printed = [numbers(line)[-1] for line in example("backpropagation", "accumulate").stdout.splitlines()]
    at, bt = (torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in (-2.0, 3.0))
    ((at * bt) * (at + bt)).backward()
    a_grad, via_d, via_e, total = printed
    assert a_grad == total == via_d + via_e == at.grad.item()  # torch agrees with the sum of the two paths
    assert (via_d, via_e) == ((-2.0 + 3.0) * 3.0, (-2.0 * 3.0) * 1.0)


class Overwriting(Value):
    """The lecture's first version: `_backward` wrote `=` where `+=` belongs."""

    def __add__(self, other):
        out = Overwriting(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad = out.grad
            other.grad = out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Overwriting(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad = other.data * out.grad
            other.grad = self.data * out.grad

        out._backward = _backward
        return out


def test_pitfall_overwriting_keeps_only_one_path():
    a, b = Overwriting(-2.0), Overwriting(3.0)
    d, e = a * b, a + b
    (d * e).backward()
    via_d, via_e = e.data * b.data, d.data * 1.0
    assert a.grad in (via_d, via_e) and a.grad != via_d + via_e  # wrong: one path lost
    right = Value(-2.0)
    (right * 3.0 * (right + 3.0)).backward()
    assert right.grad == via_d + via_e == -3.0


def test_after_the_walk_a_leaf_holds_its_gradient_added_to_what_it_held_before():
    leaves = {k: Value(x) for k, x in NEURON.items()}
    leaves["x1"].grad = 10.0  # left over from an earlier backward()
    neuron(**leaves).backward()
    assert leaves["x1"].grad == pytest.approx(10.0 + torch_neuron_grads()["x1"], abs=1e-14)
    x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    y = x * 3  # a computed tensor: torch keeps no gradient for it ...
    z = x * 3
    z.retain_grad()  # ... unless asked to
    (y * z).backward()
    with pytest.warns(UserWarning, match="not a leaf"):
        assert y.grad is None
    assert z.grad.item() == 6.0 and x.grad.item() == 36.0


def test_one_backward_walk_runs_each_nodes_backward_once():
    leaves = {k: Value(x) for k, x in NEURON.items()}
    o = neuron(**leaves)
    calls = []
    for node in trace(o):
        original = node._backward
        node._backward = lambda node=node, original=original: (calls.append(node), original())
    o.backward()
    assert sorted(map(id, calls)) == sorted(map(id, trace(o)))


def test_backprop_changes_no_data():
    leaves = {k: Value(x) for k, x in NEURON.items()}
    o = neuron(**leaves)
    before = {v: v.data for v in trace(o)}
    o.backward()
    assert all(v.data == x for v, x in before.items())


def test_the_figure_shows_the_accumulated_gradient(example):
    a = example("backpropagation", "figure").globals["a"]
    assert a.grad == -3.0 == math.fsum([(-2.0 + 3.0) * 3.0, (-2.0 * 3.0) * 1.0])


def test_a_second_walk_adds_only_on_the_leaves_the_output_and_inner_values_start_over():
    from micrograd_lecture import LectureValue

    for V, inner_after_two, leaf_after_two in ((Value, 2.0, 24.0), (LectureValue, 4.0, 36.0)):
        x = V(3.0)
        h = x * x
        z = h * 2.0
        z.backward()
        assert (z.grad, h.grad, x.grad) == (1.0, 2.0, 12.0)
        z.grad = 5.0  # whatever the output held is overwritten with dz/dz = 1
        z.backward()
        assert z.grad == 1.0
        assert h.grad == inner_after_two  # this engine: 2 again; the lecture's: 2 + 2
        assert x.grad == leaf_after_two  # the leaf adds: 12 + 12 (the lecture's: 12 + 24)
