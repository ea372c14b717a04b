"""backpropagation: the page's claims, checked."""

import pytest
import torch

from glossary_examples import backpropagation  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import trace
from micrograd_lecture import NEURON


def neuron(x1, x2, w1, w2, b):
    return (x1 * w1 + x2 * w2 + b).tanh()


def test_backprop_matches_central_differences_and_torch_for_every_input():
    leaves = {k: Value(x) for k, x in NEURON.items()}
    neuron(**leaves).backward()
    tensors = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    neuron(**tensors).backward()
    h = 1e-6
    for name, x in NEURON.items():
        up = neuron(**{**leaves, name: Value(x + h)}).data
        down = neuron(**{**leaves, name: Value(x - h)}).data
        assert leaves[name].grad == pytest.approx((up - down) / (2 * h), abs=1e-8)
        assert leaves[name].grad == pytest.approx(tensors[name].grad.item(), abs=1e-14)
    assert [round(leaves[k].grad, 4) for k in NEURON] == [-1.5, 0.5, 1.0, 0.0, 0.5]


def test_a_value_used_twice_collects_the_sum_of_both_paths():
    a, b = Value(-2.0), Value(3.0)
    d, e = a * b, a + b
    f = d * e
    f.backward()
    assert a.grad == e.data * b.data + d.data * 1.0 == -3.0
    assert b.grad == e.data * a.data + d.data * 1.0 == -8.0
    at, bt = (torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in (-2.0, 3.0))
    ((at * bt) * (at + bt)).backward()
    assert (a.grad, b.grad) == (at.grad.item(), bt.grad.item())


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


def test_figure_boxes_show_the_accumulated_gradient():
    import matplotlib.pyplot as plt

    from glossary_examples.micrograd.graph import draw_graph

    a, b = Value(-2.0, label="a"), Value(3.0, label="b")
    f = (a * b) * (a + b)
    f.backward()
    fig = draw_graph(f)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "a\ndata -2.0000\ngrad -3.0000" in texts
    plt.close(fig)
