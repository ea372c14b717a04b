"""computational graph: the page's claims, checked."""

import ast

import pytest
import torch

from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import trace
from micrograd_lecture import NEURON, LectureValue


def lecture_graph(V=Value):
    a, b, c, f = V(2.0, label="a"), V(-3.0, label="b"), V(10.0, label="c"), V(-2.0, label="f")
    e = a * b
    e.label = "e"
    d = e + c
    d.label = "d"
    L = d * f
    L.label = "L"
    return {v.label: v for v in (a, b, c, f, e, d, L)}


def test_the_printed_graph_is_the_one_torch_records(example):
    lines = example("computational_graph").stdout.splitlines()
    rows = {line.split(":")[0]: line for line in lines[:7]}
    at, bt, ct, ft = (torch.tensor(x, requires_grad=True) for x in (2.0, -3.0, 10.0, -2.0))
    et = at * bt
    dt = et + ct
    Lt = dt * ft
    for label, t in zip("abcfedL", (at, bt, ct, ft, et, dt, Lt)):
        assert float(rows[label].split()[2]) == t.item()  # data
        assert ("_prev []" in rows[label]) == (t.grad_fn is None)  # a leaf records no inputs
    assert [type(t.grad_fn).__name__ for t in (et, dt, Lt)] == ["MulBackward0", "AddBackward0", "MulBackward0"]
    assert [rows[k].split("_op")[1].split()[0] for k in "edL"] == ["'*'", "'+'", "'*'"]


def test_the_printed_order_is_topological_and_backward_visits_its_reverse(example):
    lines = example("computational_graph").stdout.splitlines()
    order = ast.literal_eval(lines[7].split(":", 1)[1].strip())  # a printed list of labels
    visits = ast.literal_eval(lines[8].split(":", 1)[1].strip())
    v = lecture_graph()
    position = {label: i for i, label in enumerate(order)}
    assert sorted(order) == sorted(v)
    assert all(position[child.label] < position[label] for label in order for child in v[label]._prev)
    assert visits == order[::-1]
    visited = []
    for node in v.values():
        original = node._backward
        node._backward = lambda node=node, original=original: (visited.append(node.label), original())
    v["L"].backward()
    assert visited == visits  # backward() really walks the graph in that order


def test_a_set_ordered_prev_still_gives_a_valid_topological_order_and_the_same_gradients():
    ours, lectures = lecture_graph(), lecture_graph(LectureValue)
    assert ours["e"]._prev == (ours["a"], ours["b"]) and isinstance(lectures["e"]._prev, set)
    ours["L"].backward()
    lectures["L"].backward()
    assert {k: x.grad for k, x in ours.items()} == {k: x.grad for k, x in lectures.items()}
    order = trace(lectures["L"])
    position = {x: i for i, x in enumerate(order)}
    assert all(position[child] < position[x] for x in order for child in x._prev)


def test_the_graph_is_acyclic_and_a_value_may_feed_several_ops():
    a = Value(2.0)
    b, c = a * 3, a + 1
    out = b * c
    order = trace(out)
    assert len(order) == len(set(order))
    assert sum(a in x._prev for x in order) == 2
    for x in order:  # nothing is its own ancestor
        assert x not in trace(x)[:-1]


def test_python_control_flow_simply_builds_a_different_graph():
    def f(x):
        return x.tanh() if x.data > 0 else x * x

    assert (f(Value(1.0))._op, f(Value(-1.0))._op) == ("tanh", "*")


def test_pitfall_plain_recursion_overcounts_a_node_used_twice(example):
    run = example("computational_graph", "pitfall")
    wrong, right = (float(line.split("=")[1]) for line in run.stdout.splitlines())
    xt = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    ht = xt * xt
    (ht * (ht + 1)).backward()
    assert right == xt.grad.item() == 4 * 3.0**3 + 2 * 3.0 == 114.0
    assert wrong == 2 * 3.0 * (3.0**2 + 1) + right == 174.0  # h's incomplete gradient (10) went back too


def test_deep_graphs_hit_the_recursion_limit_in_micrograd_not_in_torch(example):
    assert example("computational_graph", "deep").stdout.splitlines() == ["micrograd: RecursionError",
                                                                           "torch: x.grad = 1.0"]
    x = Value(1.0)
    y = x
    for _ in range(300):
        y = y + 1
    y.backward()
    assert x.grad == 1.0  # a few hundred deep is fine


def test_torch_grad_fn_chain_as_printed(example):
    printed = example("computational_graph", "torch").stdout.splitlines()
    a, b, c, f = (torch.tensor(x, requires_grad=True) for x in (2.0, -3.0, 10.0, -2.0))
    L = (a * b + c) * f
    inputs = [node for node, _ in L.grad_fn.next_functions]
    assert inputs[1].variable is f  # AccumulateGrad is the node that writes into the leaf f
    assert all(t.grad_fn is None for t in (a, b, c, f))
    names = [type(L.grad_fn).__name__, [type(n).__name__ for n in inputs],
             [type(n).__name__ for n, _ in inputs[0].next_functions], None]
    assert [line.split(":", 1)[1].strip() for line in printed] == [str(x) for x in names]


def test_the_figure_is_the_lecture_neuron_after_backward(example):
    g = example("computational_graph", "figure").globals
    t = {k: torch.tensor(x, dtype=torch.float64, requires_grad=True) for k, x in NEURON.items()}
    torch.tanh(t["x1"] * t["w1"] + t["x2"] * t["w2"] + t["b"]).backward()
    assert {k: g[k].grad for k in NEURON} == pytest.approx({k: x.grad.item() for k, x in t.items()}, abs=1e-12)
    assert len(trace(g["o"])) == 10
