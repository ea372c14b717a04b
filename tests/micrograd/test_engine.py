"""The micrograd engine, proven: its gradients agree with torch.autograd (float64), with central
finite differences and with the published `micrograd` package, and the lecture's code runs on it.
Each difference from the lecture's engine that engine.py's docstring states is checked against
the lecture's own `Value` (tests/support/micrograd_lecture.py).
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

from glossary_examples.micrograd import MLP, Layer, Neuron, Value
from micrograd_lecture import XS, YS, LectureMLP, LectureValue, torch_forward, torch_grads, torch_layers


def as_torch(*numbers):
    return [torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in numbers]


def grads_of(tensors):
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
    assert [a.grad, b.grad, c.grad, f.grad] == grads_of([at, bt, ct, ft]) == [6.0, -4.0, -2.0, 4.0]
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
    assert ours == pytest.approx(grads_of([x1t, x2t, w1t, w2t, bt]), abs=1e-12)
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
    assert [a.grad, b.grad] == pytest.approx(grads_of([at, bt]), rel=1e-12)  # backward pass went well
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
    return out.item(), grads_of(leaves)


FAST = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.filter_too_much])


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


# ---------------------------------------------------------------- accumulation, and the exponent and exp rules


def test_a_value_used_twice_gets_both_contributions_like_torch():
    a = Value(3.0)
    (a + a).backward()
    a2 = Value(3.0)
    (a2 * a2).backward()
    at, at2 = as_torch(3.0, 3.0)
    (at + at).backward()
    (at2 * at2).backward()
    assert (a.grad, a2.grad) == (at.grad.item(), at2.grad.item()) == (2.0, 6.0)  # 1 + 1, and 3 + 3


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


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.floats(-30, 30), st.sampled_from([2, 3, -1, 0.5, 1.5]))
def test_the_exponent_of_pow_is_a_constant_and_gets_no_gradient(x0, n):
    assume(x0 > 0.01 or (float(n).is_integer() and abs(x0) > 0.01))
    x = Value(x0)
    (x**n).backward()
    xt, nt = as_torch(x0, float(n))
    (xt**nt).backward()
    assert x.grad == pytest.approx(xt.grad.item(), rel=1e-12)  # the base's gradient agrees
    if x0 > 0:  # torch also differentiates x**n with respect to n: x**n * ln(x); micrograd has nowhere to put it
        assert nt.grad.item() == pytest.approx(x0**n * math.log(x0), rel=1e-12)
    with pytest.raises(AssertionError, match="only supporting int/float powers for now"):  # the lecture's message
        x ** Value(float(n))


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.floats(-700, 700))
def test_exp_backward_uses_its_output_out_data(x0):
    x = Value(x0)
    y = x.exp()
    y.backward()
    (xt,) = as_torch(x0)
    torch.exp(xt).backward()
    assert (y.data, x.grad) == pytest.approx((xt.exp().item(), xt.grad.item()), rel=1e-12)
    assert x.grad == y.data  # d e^x / dx = e^x, the output; x itself (self.data) would be wrong
    x2 = Value(x0 / 100)
    (x2.exp() * x2).backward()  # x used twice: exp's += keeps both contributions (the video's `=` lost one)
    assert x2.grad == pytest.approx(math.exp(x0 / 100) * (1 + x0 / 100), rel=1e-12)


def test_sum_starts_from_the_int_0_and_needs_radd():
    values = [Value(1.0), Value(2.0)]
    assert sum(values).data == 3.0  # 0 + Value(1.0) is Value.__radd__(0)

    class NoRadd(Value):
        def __radd__(self, other):  # as if the class had no __radd__
            return NotImplemented

    with pytest.raises(TypeError, match="unsupported operand"):
        sum([NoRadd(1.0), NoRadd(2.0)])
    assert sum([NoRadd(1.0), NoRadd(2.0)], NoRadd(0.0)).data == 3.0  # a Value to start from needs none


# ---------------------------------------------------------------- where this engine differs from the lecture's


def test_prev_keeps_the_inputs_in_the_order_given():
    a, b = Value(2.0), Value(-3.0)
    assert (a * b)._prev == (a, b) and (b * a)._prev == (b, a) and (a + a)._prev == (a,)
    la, lb = LectureValue(2.0), LectureValue(-3.0)
    assert isinstance((la * lb)._prev, set)  # the lecture's: no order to rely on


def test_backward_twice_adds_the_same_gradient_to_the_leaves_like_torch_not_like_the_lecture():
    x = Value(3.0)
    y = x * x
    z = 2 * y
    z.backward()
    first = (x.grad, y.grad)
    z.backward()
    xt, = as_torch(3.0)
    yt = xt * xt
    yt.retain_grad()
    zt = 2 * yt
    zt.backward(retain_graph=True)
    zt.backward()
    assert first == (12.0, 2.0)
    assert x.grad == xt.grad.item() == 24.0  # the leaf: twice the gradient, as in torch
    assert (y.grad, yt.grad.item()) == (2.0, 4.0)  # the inner node: the latest call here, the sum in torch
    lx = LectureValue(3.0)
    lz = 2 * (lx * lx)
    lz.backward()
    lz.backward()
    assert lx.grad == 36.0  # the lecture's engine sends the inner node's old gradient back again


def test_backward_twice_on_an_mlp_loss_doubles_every_parameter_gradient_like_torch():
    random.seed(1337)
    n = MLP(3, [4, 4, 1])
    layers = torch_layers(n)
    loss = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
    loss.backward()
    loss.backward()
    loss_t = ((torch_forward(layers) - torch.tensor(YS, dtype=torch.float64)) ** 2).sum()
    loss_t.backward(retain_graph=True)
    loss_t.backward()
    assert [p.grad for p in n.parameters()] == pytest.approx(torch_grads(layers), rel=1e-9, abs=1e-12)


def test_tanh_is_math_tanh_the_lectures_formula_overflows_and_differs_in_the_last_digit():
    n = 2.0 * -3.0 + 0.0 * 1.0 + 6.8813735870195432  # the lecture's neuron
    assert repr(Value(n).tanh().data) == "0.7071067811865477" == repr(math.tanh(n))
    assert repr(LectureValue(n).tanh().data) == "0.7071067811865476"  # what the lecture printed
    assert LectureValue(354.89).tanh().data == 1.0
    with pytest.raises(OverflowError):
        LectureValue(354.9).tanh()
    assert Value(354.9).tanh().data == Value(1e300).tanh().data == 1.0


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.floats(-1e6, 1e6) | st.floats(-1e-6, 1e-6))
def test_tanh_matches_torch_float64_at_every_scale(x0):
    x = Value(x0)
    t = x.tanh()
    t.backward()
    (xt,) = as_torch(x0)
    tt = torch.tanh(xt)
    tt.backward()
    assert t.data == pytest.approx(tt.item(), rel=1e-15, abs=1e-300)  # forward pass went well
    assert x.grad == pytest.approx(xt.grad.item(), abs=1e-15)  # backward pass went well (1 - t**2: absolute error)


def test_relu_rsub_and_rtruediv_are_not_in_the_lecture_notebook():
    assert not hasattr(LectureValue, "relu")
    for wrong in (lambda: 1 / LectureValue(2.0), lambda: 2 - LectureValue(2.0)):
        with pytest.raises(TypeError, match="unsupported operand"):
            wrong()
    assert (1 / Value(2.0)).data == 0.5 and (2 - Value(0.5)).data == 1.5
    published = micrograd.engine.Value(-2.0).relu().data
    assert published == 0 and type(published) is int  # the repository's relu
    assert [type(Value(x).relu().data) for x in (-2.0, 0.0, -0.0)] == [float] * 3  # ours: the float 0.0


def test_a_graph_a_few_thousand_operations_deep_hits_the_recursion_limit_torch_does_not():
    for V in (Value, LectureValue):
        x = V(1.0)
        y = x
        for _ in range(500):
            y = y + 1
        y.backward()
        assert x.grad == 1.0  # 500 deep: fine
        for _ in range(5000):
            y = y + 1
        with pytest.raises(RecursionError):
            y.backward()
    (xt,) = as_torch(1.0)
    yt = xt
    for _ in range(5500):
        yt = yt + 1
    yt.backward()
    assert xt.grad.item() == 1.0


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
    loss = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
    loss.backward()
    layers = torch_layers(n)
    loss_t = ((torch_forward(layers) - torch.tensor(YS, dtype=torch.float64)) ** 2).sum()
    loss_t.backward()
    assert loss.data == pytest.approx(loss_t.item(), rel=1e-12)  # forward pass went well
    ours, theirs = [p.grad for p in n.parameters()], torch_grads(layers)
    assert len(ours) == len(theirs) == 41
    assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-12)  # backward pass went well


def test_same_seed_same_network_as_the_lectures_classes():
    random.seed(42)
    ours = MLP(3, [4, 4, 1])
    random.seed(42)
    lecture = LectureMLP(3, [4, 4, 1])
    assert [p.data for p in ours.parameters()] == [p.data for p in lecture.parameters()]
    for x in XS:
        assert ours(x).data == pytest.approx(lecture(x).data, rel=1e-14)


def test_neuron_and_layer_shapes():
    random.seed(0)
    assert len(Neuron(3).parameters()) == 4
    assert isinstance(Layer(3, 1)([1.0, 2.0, 3.0]), Value)  # one neuron: a Value, not a list
    assert len(Layer(3, 4)([1.0, 2.0, 3.0])) == 4
    assert all(-1 <= p.data <= 1 for p in MLP(3, [4, 4, 1]).parameters())


def test_lecture_training_code_runs_unchanged_and_gives_the_lectures_classes_numbers():
    runs = []
    for MLP_, reset in ((MLP, True), (LectureMLP, True)):
        random.seed(42)
        # --- from here on, the lecture's code, line for line ---
        x = [2.0, 3.0, -1.0]
        n = MLP_(3, [4, 4, 1])
        n(x)
        xs = [
          [2.0, 3.0, -1.0],
          [3.0, -1.0, 0.5],
          [0.5, 1.0, 1.0],
          [1.0, 1.0, -1.0],
        ]
        ys = [1.0, -1.0, -1.0, 1.0]  # desired targets
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
        runs.append(losses)
        assert len(n.parameters()) == 41
        assert losses[-1] < losses[0] / 10
        assert [math.copysign(1, y.data) for y in ypred] == ys
    assert runs[0] == pytest.approx(runs[1], rel=1e-12)  # our engine and the lecture's agree to rounding


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
    assert repr(Value(2.0)) == repr(LectureValue(2.0)) == "Value(data=2.0)"


def test_training_is_bit_for_bit_reproducible_in_differently_laid_out_processes(content):
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
    env = {"PYTHONPATH": str(content.root.parent), "PATH": "/usr/bin:/bin"}
    outputs = {subprocess.run([sys.executable, "-c", script, str(junk)], capture_output=True, text=True,
                              env=env, check=True).stdout for junk in (0, 7, 1001)}
    assert len(outputs) == 1
