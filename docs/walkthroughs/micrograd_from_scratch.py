# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Micrograd from scratch
#
# This walkthrough follows the micrograd lecture from a single derivative to a trained
# neural network: derivative → `Value` → graph → backward → neuron → MLP → training loop.
# Every cell ran while this site was built, and the outputs below are what it printed.
#
# It uses the glossary's own `Value` and `MLP` (about 120 and 50 lines, written as in the
# lecture) and the `draw_graph` helper, which draws a graph the way the lecture's `draw_dot`
# does. Their code is in the cells marked "helper code" (collapsed on this page), so the
# downloaded notebook runs in any Python with torch and matplotlib.
# Each linked word opens its glossary page.

# %%
import math
import random

import matplotlib.pyplot as plt
import numpy as np
import torch

from glossary_examples.micrograd import MLP, Value
from glossary_examples.micrograd.graph import draw_graph

# %% [markdown]
# ## 1. A derivative, by nudging
#
# The [derivative](../../micrograd/gradient/) of *f* at *x* is the slope of its curve there:
# nudge *x* by a small *h* and see how much *f* moves, per unit of *h*.

# %%
def f(x):
    return 3 * x**2 - 4 * x + 5


xs = np.arange(-5, 5, 0.25)
plt.plot(xs, f(xs))
plt.xlabel("x")
plt.ylabel("f(x)")
plt.show()

h = 0.001
for x in [3.0, -3.0, 2 / 3]:
    print(f"x = {x:6.3f}: slope ≈ {(f(x + h) - f(x)) / h:8.4f}   exact 6x - 4 = "
          f"{6 * x - 4:8.4f}")

# %% [markdown]
# The slope is positive at 3, negative at −3 and about zero at 2/3, the bottom of the curve.
#
# With several inputs, nudging one at a time gives one slope per input, the
# [partial derivatives](../../micrograd/gradient/). For `d = a*b + c`, nudging `a`
# changes `d` at the rate `b`:

# %%
a, b, c = 2.0, -3.0, 10.0
d1 = a * b + c
d2 = (a + h) * b + c
print("d1 =", d1, " d2 =", round(d2, 6), " slope =", round((d2 - d1) / h, 6))

# %% [markdown]
# ## 2. A Value remembers how it was made
#
# A `Value` wraps one number. Each operation on `Value`s returns a new `Value` that records
# its inputs (`_prev`) and the operation (`_op`). Together these records form the
# [computational graph](../../micrograd/computational_graph/) of the expression: the lecture's
# `L = (a*b + c) * f`.

# %%
a = Value(2.0, label="a")
b = Value(-3.0, label="b")
c = Value(10.0, label="c")
e = a * b
e.label = "e"
d = e + c
d.label = "d"
f = Value(-2.0, label="f")
L = d * f
L.label = "L"

print(L)
print("L was made by", repr(L._op), "from", [v.label for v in L._prev])
print("d was made by", repr(d._op), "from", [v.label for v in d._prev])

# %% [markdown]
# The [forward pass](../../micrograd/forward_pass/) above computed every `data`; every `grad`
# is still 0.

# %%
draw_graph(L)
plt.show()

# %% [markdown]
# ## 3. Backward: the chain rule, one node at a time
#
# `x.grad` is to hold ∂L/∂x. Start at the output, where ∂L/∂L = 1, and move
# back. Each operation only needs its *local* derivative: for the product `L = d*f`,
# ∂L/∂d = `f`; for a sum, 1. The
# [chain rule](../../micrograd/chain_rule/) multiplies local derivatives along the way.
# By hand, first:

# %%
L.grad = 1.0
d.grad = f.data * L.grad  # L = d * f
f.grad = d.data * L.grad
e.grad = 1.0 * d.grad  # d = e + c
c.grad = 1.0 * d.grad
a.grad = b.data * e.grad  # e = a * b
b.grad = a.data * e.grad
by_hand = {v.label: v.grad for v in [a, b, c, e, d, f, L]}
print(by_hand)

# %% [markdown]
# [Backpropagation](../../micrograd/backpropagation/) automates exactly this: each operation
# stores a small `_backward` function with its local derivatives, and `L.backward()` calls
# them in reverse topological order (every node after all the nodes that use it). On a fresh
# copy of the graph it finds the same numbers:

# %%
a2, b2, c2, f2 = Value(2.0), Value(-3.0), Value(10.0), Value(-2.0)
e2 = a2 * b2
d2 = e2 + c2
L2 = d2 * f2
L2.backward()
automatic = dict(zip("abcedfL", [v.grad for v in [a2, b2, c2, e2, d2, f2, L2]]))
print(automatic)
assert automatic == by_hand

# %%
draw_graph(L)
plt.show()

# %% [markdown]
# Each `grad` is a slope we could also measure by nudging. Here is the
# [gradient](../../micrograd/gradient/) of `L` with respect to `a`, checked:

# %%
h = 1e-6
nudged = ((2.0 + h) * -3.0 + 10.0) * -2.0
print("slope by nudging a:", round((nudged - L.data) / h, 4), "  a.grad:", a.grad)

# %% [markdown]
# ## 4. A value used twice
#
# When a value feeds several operations, its gradient is the **sum** of what flows back along
# each path, which is why every `_backward` adds (`+=`) rather than assigns:

# %%
a = Value(3.0, label="a")
b = a + a
b.label = "b"
b.backward()
print("a.grad =", a.grad, "(1 from each use of a)")

# %% [markdown]
# ## 5. A neuron
#
# A [neuron](../../micrograd/neuron/) multiplies each input by a
# [weight](../../micrograd/weight/), adds a [bias](../../micrograd/bias/) and passes the sum
# through an [activation function](../../micrograd/activation_function/), here
# [tanh](../../micrograd/tanh/). These are the lecture's numbers; the bias is chosen so that
# the output is `tanh(0.8814) = 0.7071`.

# %%
x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")
w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")
b = Value(6.8813735870195432, label="b")
x1w1 = x1 * w1
x1w1.label = "x1*w1"
x2w2 = x2 * w2
x2w2.label = "x2*w2"
x1w1x2w2 = x1w1 + x2w2
x1w1x2w2.label = "x1*w1 + x2*w2"
n = x1w1x2w2 + b
n.label = "n"
o = n.tanh()
o.label = "o"
o.backward()
draw_graph(o)
plt.show()

# %% [markdown]
# The local derivative of tanh is `1 - tanh(n)**2 = 1 - 0.7071**2 = 0.5`, and from there
# the chain rule gives, for example, `x1.grad = 0.5 * w1 = -1.5`. `w2.grad` is 0 because
# its input `x2` is 0: changing `w2` would not change the output at all.
#
# [PyTorch](../../micrograd/pytorch/) does the same with tensors (float64 here, as in the
# lecture) and agrees:

# %%
tensors = {name: torch.tensor(v.data, dtype=torch.float64, requires_grad=True)
           for name, v in {"x1": x1, "x2": x2, "w1": w1, "w2": w2, "b": b}.items()}
ot = torch.tanh(
    tensors["x1"] * tensors["w1"] + tensors["x2"] * tensors["w2"] + tensors["b"]
)
ot.backward()
print("o:", round(ot.item(), 4))
for (name, t), v in zip(tensors.items(), [x1, x2, w1, w2, b]):
    print(f"{name:>2}: torch {t.grad.item():7.4f}   micrograd {v.grad:7.4f}")
    assert math.isclose(t.grad.item(), v.grad, abs_tol=1e-12)

# %% [markdown]
# ## 6. A multi-layer perceptron
#
# A [layer](../../micrograd/layer/) is a list of neurons that all see the same inputs; an
# [MLP](../../micrograd/mlp/) is layers in a row, each feeding the next. `MLP(3, [4, 4, 1])`
# takes 3 inputs, has two hidden layers of 4 neurons and one output neuron. Its weights start
# as random numbers between -1 and 1, so we seed Python's `random` to get the same network every
# time.

# %%
random.seed(1337)
model = MLP(3, [4, 4, 1])
print("number of parameters:", len(model.parameters()))  # (3+1)*4 + (4+1)*4 + (4+1)*1
print("output for [2.0, 3.0, -1.0]:", model([2.0, 3.0, -1.0]))

# %% [markdown]
# ## 7. The data and the loss
#
# Four examples with three inputs each, and the desired output for each, the
# [ground truth](../../micrograd/ground_truth/). The
# [forward pass](../../micrograd/forward_pass/) computes the four
# [predictions](../../micrograd/prediction/), and the [loss](../../micrograd/loss/) sums the
# squared differences: one number that is 0 only when every prediction is exact.

# %%
xs = [
    [2.0, 3.0, -1.0],
    [3.0, -1.0, 0.5],
    [0.5, 1.0, 1.0],
    [1.0, 1.0, -1.0],
]
ys = [1.0, -1.0, -1.0, 1.0]  # desired targets

ypred = [model(x) for x in xs]
loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
print("predictions:", [round(y.data, 4) for y in ypred])
print("loss:", round(loss.data, 4))

# %% [markdown]
# ## 8. The training loop
#
# One training step:
#
# 1. [forward pass](../../micrograd/forward_pass/): predictions and loss;
# 2. [zero the gradients](../../micrograd/zero_grad/), because `backward()` adds to `.grad`
#    (forgetting this was the lecture's famous bug);
# 3. [backward pass](../../micrograd/backward_pass/): `loss.backward()` fills every
#    parameter's `.grad`, and changes no parameter;
# 4. update: move each parameter a small step against its gradient, the step size being the
#    [learning rate](../../micrograd/learning_rate/). Repeating this is
#    [gradient descent](../../makemore/gradient_descent/).

# %%
losses = []
for k in range(20):
    # forward pass
    ypred = [model(x) for x in xs]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))

    # backward pass
    for p in model.parameters():
        p.grad = 0.0
    loss.backward()

    # update
    for p in model.parameters():
        p.data += -0.05 * p.grad

    losses.append(loss.data)
    print(k, round(loss.data, 4))

# %%
plt.plot(losses, "o-")
plt.xlabel("training step")
plt.ylabel("loss")
plt.show()

# %% [markdown]
# ## 9. The trained network
#
# After 20 steps the predictions are close to the targets, and the loss is small. (The
# losses printed above were computed *before* each step's update; this is the loss of the
# final parameters.)

# %%
ypred = [model(x) for x in xs]
loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
for x, y, yp in zip(xs, ys, ypred):
    print(f"input {x}: target {y:5.1f}   prediction {yp.data:7.4f}")
print("final loss:", round(loss.data, 4))
assert loss.data < 0.1 and all(yp.data * y > 0 for y, yp in zip(ys, ypred))
