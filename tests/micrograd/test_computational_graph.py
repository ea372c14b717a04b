"""computational graph: the page's claims, checked."""

import torch

from glossary_examples import computational_graph  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import trace


def lecture_graph():
    a, b, c, f = Value(2.0, label="a"), Value(-3.0, label="b"), Value(10.0, label="c"), Value(-2.0, label="f")
    e = a * b
    e.label = "e"
    d = e + c
    d.label = "d"
    L = d * f
    L.label = "L"
    return {v.label: v for v in (a, b, c, f, e, d, L)}


def test_each_value_records_its_op_and_inputs_and_leaves_record_none():
    v = lecture_graph()
    assert [(k, x._op, [c.label for c in x._prev]) for k, x in v.items()] == [
        ("a", "", []), ("b", "", []), ("c", "", []), ("f", "", []),
        ("e", "*", ["a", "b"]), ("d", "+", ["e", "c"]), ("L", "*", ["d", "f"])]
    assert (v["e"].data, v["d"].data, v["L"].data) == (-6.0, 4.0, -8.0)


def test_topological_order_puts_every_node_after_its_inputs():
    v = lecture_graph()
    order = trace(v["L"])  # the same depth-first walk as Value.backward()
    assert [x.label for x in order] == ["a", "b", "e", "c", "d", "f", "L"]
    position = {x: i for i, x in enumerate(order)}
    assert all(position[child] < position[x] for x in order for child in x._prev)


def test_backward_visits_nodes_in_reverse_topological_order_and_each_gets_all_users_first():
    v = lecture_graph()
    visited = []
    for node in v.values():
        original = node._backward
        node._backward = lambda node=node, original=original: (visited.append(node.label), original())
    v["L"].backward()
    assert visited == ["L", "f", "d", "c", "e", "b", "a"]
    for i, label in enumerate(visited):  # every user of a node ran before the node itself
        users = [u.label for u in v.values() if v[label] in u._prev]
        assert all(visited.index(u) < i for u in users)


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


def test_torch_grad_fn_chain_as_printed():
    a, b, c, f = (torch.tensor(x, requires_grad=True) for x in (2.0, -3.0, 10.0, -2.0))
    L = (a * b + c) * f
    assert type(L.grad_fn).__name__ == "MulBackward0"
    inputs = [node for node, _ in L.grad_fn.next_functions]
    assert [type(n).__name__ for n in inputs] == ["AddBackward0", "AccumulateGrad"]
    assert inputs[1].variable is f  # AccumulateGrad is the node that writes into the leaf f
    assert [type(n).__name__ for n, _ in inputs[0].next_functions] == ["MulBackward0", "AccumulateGrad"]
    assert all(t.grad_fn is None for t in (a, b, c, f))
