"""The micrograd engine, proven: its gradients agree with torch.autograd (float64), with central
finite differences and with the published `micrograd` package, and the lecture's code runs on it.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys

import micrograd.engine
import pytest
import torch
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from glossary_examples.micrograd import MLP, Layer, Neuron, Value


def as_torch(*numbers):
    return [torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in numbers]


def torch_grads(tensors):
    return [0.0 if t.grad is None else t.grad.item() for t in tensors]


# ---------------------------------------------------------------- the lecture's expressions


def test_lecture_chain_a_b_c_e_d_f_L_matches_torch_and_the_lecture():
    a, b, c, f = Value(2.0, label="a"), Value(-3.0, label="b"), Value(10.0, label="c"), Value(-2.0, label="f")
    e = a * b; e.label = "e"  # noqa: E702  (the lecture's own lines)
    d = e + c; d.label = "d"  # noqa: E702
    L = d * f; L.label = "L"  # noqa: E702
    L.backward()
    at, bt, ct, ft = as_torch(2.0, -3.0, 10.0, -2.0)
    Lt = (at * bt + ct) * ft
    Lt.backward()
    assert L.data == Lt.item() == -8.0  # forward pass went well
    assert [a.grad, b.grad, c.grad, f.grad] == torch_grads([at, bt, ct, ft]) == [6.0, -4.0, -2.0, 4.0]
    assert (e.grad, d.grad, L.grad) == (-2.0, -2.0, 1.0)  # the values the lecture fills in by hand


def lecture_neuron():
    x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")
    w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")
    b = Value(6.8813735870195432, label="b")
    x1w1 = x1 * w1; x1w1.label = "x1*w1"  # noqa: E702
    x2w2 = x2 * w2; x2w2.label = "x2*w2"  # noqa: E702
    x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = "x1*w1 + x2*w2"  # noqa: E702
    n = x1w1x2w2 + b; n.label = "n"  # noqa: E702
    return (x1, x2, w1, w2, b), n


def test_lecture_neuron_with_tanh_matches_torch():
    (x1, x2, w1, w2, b), n = lecture_neuron()
    o = n.tanh()
    o.backward()
    x1t, x2t, w1t, w2t, bt = as_torch(2.0, 0.0, -3.0, 1.0, 6.8813735870195432)
    ot = torch.tanh(x1t * w1t + x2t * w2t + bt)
    ot.backward()
    assert o.data == pytest.approx(ot.item(), abs=1e-15) and round(o.data, 4) == 0.7071
    ours = [v.grad for v in (x1, x2, w1, w2, b)]
    assert ours == pytest.approx(torch_grads([x1t, x2t, w1t, w2t, bt]), abs=1e-12)
    assert [round(g, 4) for g in ours] == [-1.5, 0.5, 1.0, 0.0, 0.5]  # the lecture's numbers
    assert n.grad == pytest.approx(1 - o.data**2)  # d tanh(n)/dn = 1 - tanh(n)^2


def test_lecture_tanh_written_with_exp_gives_the_same_gradients():
    (x1, x2, w1, w2, b), n = lecture_neuron()
    e = (2 * n).exp()
    o = (e - 1) / (e + 1)
    o.backward()
    via_exp = [v.grad for v in (x1, x2, w1, w2, b)]
    (x1, x2, w1, w2, b), n = lecture_neuron()
    n.tanh().backward()
    assert via_exp == pytest.approx([v.grad for v in (x1, x2, w1, w2, b)], abs=1e-12)


def test_manual_backward_calls_in_the_lecture_order_equal_backward():
    (x1, x2, w1, w2, b), n = lecture_neuron()
    o = n.tanh()
    o.grad = 1.0
    o._backward()
    n._backward()
    b._backward()
    n._prev[0]._backward()  # x1w1x2w2
    for product in n._prev[0]._prev:
        product._backward()
    manual = [v.grad for v in (x1, x2, w1, w2, b)]
    (x1, x2, w1, w2, b), n = lecture_neuron()
    n.tanh().backward()
    assert manual == [v.grad for v in (x1, x2, w1, w2, b)]


def test_readme_test_more_ops_matches_torch_and_the_readme():
    a, b = Value(-4.0), Value(2.0)
    c = a + b
    d = a * b + b**3
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g += 10.0 / f
    g.backward()
    at, bt = as_torch(-4.0, 2.0)
    ct = at + bt
    dt = at * bt + bt**3
    ct = ct + ct + 1
    ct = ct + 1 + ct + (-at)
    dt = dt + dt * 2 + (bt + at).relu()
    dt = dt + 3 * dt + (bt - at).relu()
    gt = (ct - dt) ** 2 / 2.0 + 10.0 / (ct - dt) ** 2
    gt.backward()
    assert g.data == pytest.approx(gt.item(), rel=1e-12)  # forward pass went well
    assert [a.grad, b.grad] == pytest.approx(torch_grads([at, bt]), rel=1e-12)  # backward pass went well
    assert (f"{g.data:.4f}", f"{a.grad:.4f}", f"{b.grad:.4f}") == ("24.7041", "138.8338", "645.5773")


def test_micrograd_sanity_check_expression_matches_torch():
    x = Value(-4.0)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    (xt,) = as_torch(-4.0)
    zt = 2 * xt + 2 + xt
    qt = zt.relu() + zt * xt
    yt = (zt * zt).relu() + qt + qt * xt
    yt.backward()
    assert (y.data, x.grad) == (yt.item(), xt.grad.item())


# ---------------------------------------------------------------- random expression trees

UNARY = ("exp", "tanh", "relu", "pow2", "pow3", "inv", "sqrt", "neg")
BINARY = ("add", "sub", "mul", "div")
N_LEAVES = 3

trees = st.recursive(
    st.one_of(st.tuples(st.just("leaf"), st.integers(0, N_LEAVES - 1)),
              st.tuples(st.just("const"), st.floats(-3, 3, allow_nan=False).map(lambda x: round(x, 2)))),
    lambda sub: st.one_of(st.tuples(st.sampled_from(UNARY), sub),
                          st.tuples(st.sampled_from(BINARY), sub, sub)),
    max_leaves=8,
)
leaf_values = st.lists(st.floats(-2, 2, allow_nan=False), min_size=N_LEAVES, max_size=N_LEAVES)


def evaluate(tree, leaves, lift, exp, tanh, relu, check=lambda kind, x: None):
    """Compute `tree` with any number type; `lift` makes a constant into that type when needed."""
    kind, *args = tree
    if kind == "leaf":
        return leaves[args[0]]
    if kind == "const":
        return args[0]  # a plain float: exercises the reflected ops (2.0 + v, 2.0 - v, 2.0 / v, ...)
    parts = [evaluate(a, leaves, lift, exp, tanh, relu, check) for a in args]
    check(kind, parts)
    x = parts[0]
    if kind in BINARY:
        y = parts[1]
        return {"add": lambda: x + y, "sub": lambda: x - y, "mul": lambda: x * y, "div": lambda: x / y}[kind]()
    return {"exp": lambda: exp(lift(x)), "tanh": lambda: tanh(lift(x)), "relu": lambda: relu(lift(x)),
            "pow2": lambda: lift(x) ** 2, "pow3": lambda: lift(x) ** 3, "inv": lambda: lift(x) ** -1,
            "sqrt": lambda: lift(x) ** 0.5, "neg": lambda: -x}[kind]()


def with_floats(tree, leaves, relu_margin=1e-6, relu_at_zero=True):
    """Plain-float value of the tree, rejecting (assume) trees that overflow, divide by ~0 or sit near a kink.

    relu exactly at 0 is allowed when comparing with torch (both take the slope there as 0),
    but not for finite differences, which see the average of the two sides."""

    def check(kind, parts):
        x = float(parts[0])
        sane = {
            "div": abs(float(parts[-1])) >= 0.1, "inv": abs(x) >= 0.1, "sqrt": x >= 0.1,
            "exp": x <= 10, "relu": (x == 0 and relu_at_zero) or abs(x) >= relu_margin,
        }
        assume(sane.get(kind, True) and all(abs(float(p)) <= 1e4 for p in parts))

    out = evaluate(tree, leaves, float, math.exp, math.tanh, lambda x: max(x, 0.0), check)
    assume(abs(out) <= 1e4)
    return out


def with_values(tree, numbers):
    leaves = [Value(x) for x in numbers]
    out = evaluate(tree, leaves, lambda x: x if isinstance(x, Value) else Value(x),
                   Value.exp, Value.tanh, Value.relu)
    out = out if isinstance(out, Value) else Value(out)
    out.backward()
    return out.data, [v.grad for v in leaves]


def with_torch(tree, numbers):
    leaves = as_torch(*numbers)
    lift = lambda x: x if torch.is_tensor(x) else torch.tensor(x, dtype=torch.float64)  # noqa: E731
    out = lift(evaluate(tree, leaves, lift, torch.exp, torch.tanh, torch.relu))
    if out.requires_grad:
        out.backward()
    return out.item(), torch_grads(leaves)


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@FAST
@given(trees, leaf_values)
@example(("relu", ("sub", ("leaf", 0), ("leaf", 1))), [1.0, 1.0, 0.0])  # relu exactly at 0: slope 0 in both
def test_random_expressions_match_torch(tree, numbers):
    with_floats(tree, numbers)
    data, grads = with_values(tree, numbers)
    data_t, grads_t = with_torch(tree, numbers)
    assert data == pytest.approx(data_t, rel=1e-9, abs=1e-12)
    assert grads == pytest.approx(grads_t, rel=1e-9, abs=1e-9)


@FAST
@given(trees, leaf_values)
def test_random_expressions_match_central_finite_differences(tree, numbers):
    with_floats(tree, numbers, relu_margin=1e-2, relu_at_zero=False)  # room on both sides of a kink
    _, grads = with_values(tree, numbers)
    h = 1e-6
    for i, grad in enumerate(grads):
        up, down = list(numbers), list(numbers)
        up[i] += h
        down[i] -= h
        slope = (with_floats(tree, up, relu_margin=0) - with_floats(tree, down, relu_margin=0)) / (2 * h)
        assert grad == pytest.approx(slope, rel=1e-4, abs=1e-4)


def test_lecture_expressions_match_central_finite_differences():
    def L(a, b, c, f):
        return (a * b + c) * f

    def neuron(x1, x2, w1, w2, b):
        return (x1 * w1 + x2 * w2 + b).tanh()

    for fn, point in [(L, [2.0, -3.0, 10.0, -2.0]), (neuron, [2.0, 0.0, -3.0, 1.0, 6.8813735870195432])]:
        leaves = [Value(x) for x in point]
        fn(*leaves).backward()
        for i, leaf in enumerate(leaves):
            up, down = list(point), list(point)
            up[i] += 1e-6
            down[i] -= 1e-6
            slope = (fn(*map(Value, up)).data - fn(*map(Value, down)).data) / 2e-6
            assert leaf.grad == pytest.approx(slope, rel=1e-6, abs=1e-8)


# ---------------------------------------------------------------- the published micrograd package

REFERENCE_OPS = ("relu", "pow2", "pow3", "inv", "neg")  # micrograd 0.1.0 has no exp or tanh


@FAST
@given(st.recursive(
    st.one_of(st.tuples(st.just("leaf"), st.integers(0, N_LEAVES - 1)),
              st.tuples(st.just("const"), st.floats(-3, 3, allow_nan=False).map(lambda x: round(x, 2)))),
    lambda sub: st.one_of(st.tuples(st.sampled_from(REFERENCE_OPS), sub),
                          st.tuples(st.sampled_from(BINARY), sub, sub)),
    max_leaves=8,
), leaf_values)
def test_random_expressions_match_the_published_micrograd(tree, numbers):
    with_floats(tree, numbers)
    data, grads = with_values(tree, numbers)
    Ref = micrograd.engine.Value
    leaves = [Ref(x) for x in numbers]
    out = evaluate(tree, leaves, lambda x: x if isinstance(x, Ref) else Ref(x), None, None, Ref.relu)
    out = out if isinstance(out, Ref) else Ref(out)
    out.backward()
    assert data == pytest.approx(out.data, rel=1e-12, abs=1e-12)
    assert grads == pytest.approx([v.grad for v in leaves], rel=1e-12, abs=1e-12)


def test_readme_expression_matches_the_published_micrograd_exactly():
    results = []
    for V in (Value, micrograd.engine.Value):
        a, b = V(-4.0), V(2.0)
        c = a + b
        d = a * b + b**3
        c += c + 1
        c += 1 + c + (-a)
        d += d * 2 + (b + a).relu()
        d += 3 * d + (b - a).relu()
        g = (c - d) ** 2 / 2.0 + 10.0 / (c - d) ** 2
        g.backward()
        results.append((g.data, a.grad, b.grad))
    assert results[0] == pytest.approx(results[1], rel=1e-14)


# ---------------------------------------------------------------- accumulation


def test_a_value_used_twice_gets_both_contributions():
    a = Value(3.0)
    b = a + a
    b.backward()
    assert a.grad == 2.0  # d(a + a)/da = 1 + 1
    a2 = Value(3.0)
    (a2 * a2).backward()
    assert a2.grad == 6.0  # d(a^2)/da = 2a, from two contributions of 3


class Overwriting(Value):
    """The lecture's first `__add__`, which wrote `=` where `+=` belongs."""

    def __add__(self, other):
        out = Overwriting(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad = out.grad
            other.grad = out.grad

        out._backward = _backward
        return out


def test_overwriting_instead_of_accumulating_loses_a_contribution():
    wrong, right = Overwriting(3.0), Value(3.0)
    (wrong + wrong).backward()
    (right + right).backward()
    assert (wrong.grad, right.grad) == (1.0, 2.0)


def test_backward_twice_without_zeroing_accumulates_like_torch():
    x = Value(3.0)
    y = x * x
    y.backward()
    first = x.grad
    y.backward()
    assert (first, x.grad) == (6.0, 12.0)
    # a deeper graph: the second call adds the same gradient again, as torch does with retain_graph=True
    x = Value(3.0)
    z = 2 * (x * x)
    z.backward()
    z.backward()
    (xt,) = as_torch(3.0)
    zt = 2 * (xt * xt)
    zt.backward(retain_graph=True)
    zt.backward()
    assert x.grad == xt.grad.item() == 24.0


def test_module_zero_grad_resets_every_parameter():
    random.seed(0)
    n = MLP(3, [4, 4, 1])
    n([2.0, 3.0, -1.0]).backward()
    assert any(p.grad != 0 for p in n.parameters())
    n.zero_grad()
    assert all(p.grad == 0.0 for p in n.parameters())


# ---------------------------------------------------------------- the neural-network library


def test_mlp_loss_gradients_match_the_same_network_in_torch():
    random.seed(1337)
    n = MLP(3, [4, 4, 1])
    xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
    ys = [1.0, -1.0, -1.0, 1.0]
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    loss.backward()
    layers = [(torch.tensor([[w.data for w in neuron.w] for neuron in layer.neurons], dtype=torch.float64,
                            requires_grad=True),
               torch.tensor([neuron.b.data for neuron in layer.neurons], dtype=torch.float64, requires_grad=True))
              for layer in n.layers]
    h = torch.tensor(xs, dtype=torch.float64)
    for W, b in layers:
        h = torch.tanh(h @ W.T + b)
    loss_t = ((h.squeeze(1) - torch.tensor(ys, dtype=torch.float64)) ** 2).sum()
    loss_t.backward()
    assert loss.data == pytest.approx(loss_t.item(), rel=1e-12)
    ours = [p.grad for p in n.parameters()]
    theirs = [g for W, b in layers for row, bias in zip(W.grad.tolist(), b.grad.tolist()) for g in [*row, bias]]
    assert len(ours) == len(theirs) == 41
    assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-12)


def test_neuron_and_layer_shapes():
    random.seed(0)
    assert len(Neuron(3).parameters()) == 4
    assert isinstance(Layer(3, 1)([1.0, 2.0, 3.0]), Value)  # one neuron: a Value, not a list
    assert len(Layer(3, 4)([1.0, 2.0, 3.0])) == 4
    assert all(-1 <= p.data <= 1 for p in MLP(3, [4, 4, 1]).parameters())


def test_lecture_training_code_runs_unchanged():
    random.seed(42)
    # --- from here on, the lecture's code, line for line ---
    x = [2.0, 3.0, -1.0]
    n = MLP(3, [4, 4, 1])
    n(x)
    xs = [
      [2.0, 3.0, -1.0],
      [3.0, -1.0, 0.5],
      [0.5, 1.0, 1.0],
      [1.0, 1.0, -1.0],
    ]
    ys = [1.0, -1.0, -1.0, 1.0]  # desired targets
    ypred = [n(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    loss.backward()
    n.layers[0].neurons[0].w[0].grad
    len(n.parameters())
    for p in n.parameters():
        p.data += -0.01 * p.grad
    losses = []
    for k in range(20):
        # forward pass
        ypred = [n(x) for x in xs]
        loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
        # backward pass
        for p in n.parameters():
            p.grad = 0.0
        loss.backward()
        # update
        for p in n.parameters():
            p.data += -0.05 * p.grad
        losses.append(loss.data)
    # --- end of the lecture's code ---
    assert len(n.parameters()) == 41
    assert losses[-1] < losses[0] / 10
    assert [math.copysign(1, y.data) for y in ypred] == ys


def test_lecture_graph_helpers_work_on_prev_op_and_label():
    # the lecture's `trace` from draw_dot, unchanged
    def trace(root):
        nodes, edges = set(), set()

        def build(v):
            if v not in nodes:
                nodes.add(v)
                for child in v._prev:
                    edges.add((child, v))
                    build(child)

        build(root)
        return nodes, edges

    (x1, x2, w1, w2, b), n = lecture_neuron()
    o = n.tanh(); o.label = "o"  # noqa: E702
    o.backward()
    nodes, edges = trace(o)
    assert len(nodes) == 10 and len(edges) == 9
    assert sorted(v._op for v in nodes if v._op) == ["*", "*", "+", "+", "tanh"]
    assert "{ o | data 0.7071 | grad 1.0000 }" in {"{ %s | data %.4f | grad %.4f }" % (v.label, v.data, v.grad)
                                                    for v in nodes}
    assert repr(Value(2.0)) == "Value(data=2.0)"


def test_training_is_bit_for_bit_reproducible_in_differently_laid_out_processes():
    # Children are kept in a fixed order, so gradients are summed in the same order in every run.
    script = """
import sys, random
junk = [object() for _ in range(int(sys.argv[1]))]  # shifts the memory addresses of everything after
from glossary_examples.micrograd import MLP
random.seed(42)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for k in range(20):
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data += -0.1 * p.grad
print(repr(loss.data), [repr(p.data) for p in n.parameters()])
"""
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    outputs = {subprocess.run([sys.executable, "-c", script, str(junk)], capture_output=True, text=True,
                              env=env, check=True).stdout for junk in (0, 7, 1001)}
    assert len(outputs) == 1
