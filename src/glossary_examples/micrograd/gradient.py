r"""gradient

The gradient of an output with respect to an input says how fast the output changes when that input is nudged, and in which direction.

For a function of one number, this is the **derivative**: the slope of the curve at a point,
the limit of $\frac{f(x+h) - f(x)}{h}$ as the nudge $h$ shrinks to 0. A slope of 14 means
that, near that point, increasing $x$ by a tiny amount increases $f$ by about 14 times that
amount; a negative slope means $f$ goes down.

A loss depends on many numbers at once. Its **partial derivative** with respect to one of them,
$\partial L / \partial x$, is the slope when only $x$ is nudged and everything else is held
fixed. The **gradient** is the list (vector) of all these partial derivatives. It points in the
direction in which $L$ increases fastest, so training moves each parameter a small step
*against* its own partial derivative.

In micrograd, `L.backward()` puts $\partial L / \partial v$ into `v.grad` for every `Value`
`v` that $L$ was computed from ($\partial L / \partial L = 1$). On the leaves (inputs,
weights, biases) it *adds* to what `.grad` held, so they hold exactly
$\partial L / \partial v$ only if they started at 0 (see [zero_grad](zero_grad.md)).
PyTorch does the same for tensors created with `requires_grad=True` (see
[leaf tensor](leaf_tensor.md)).

Nudging by hand, $\frac{f(x+h) - f(x)}{h}$, only *estimates* the slope: a large $h$ measures
the curve's bend as well, and a tiny $h$ loses digits to rounding, because $f(x+h)$ and $f(x)$
agree in almost every digit. The central difference $\frac{f(x+h) - f(x-h)}{2h}$ is
usually more accurate: its error shrinks like $h^2$ instead of $h$, until $h$ is so small that
rounding dominates both (and where $f''(x) = 0$ both have about the same error). Either
way, nudging costs at least one extra evaluation of $f$ per input, which is why networks
with thousands of parameters get their gradients from [backpropagation](backpropagation.md)
instead, and use finite differences only to check them.

>>> from glossary_examples.micrograd import Value
>>> x = Value(3.0)
>>> y = 3 * x**2 - 4 * x + 5
>>> y.backward()
>>> x.grad
14.0
>>> round((3 * 3.001**2 - 4 * 3.001 + 5 - y.data) / 0.001, 6)
14.003
"""

ALIASES = ("derivative", "partial derivative", "slope", ".grad")
SEE_ALSO = ("chain_rule", "backpropagation", "gradient_descent", "learning_rate")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.grad.html"
SEARCH_BOOST = 1.5  # searching its title, "gradient check", "gradient descent", ... ranked first

# --8<-- [start:example]
from glossary_examples.micrograd import Value


def f(x):
    return 3 * x**2 - 4 * x + 5


h = 0.001
print("slope by nudging x=3 by h:", (f(3.0 + h) - f(3.0)) / h)
print("exact derivative 6x - 4:  ", 6 * 3.0 - 4)

x = Value(3.0, label="x")
y = f(x)  # the same function, now on a Value
y.backward()
print("x.grad after y.backward():", x.grad)
# --8<-- [end:example]

# --8<-- [start:partial]
from glossary_examples.micrograd import Value

a, b, c = Value(2.0, label="a"), Value(-3.0, label="b"), Value(10.0, label="c")
d = a * b + c
d.backward()

h = 0.0001
print("d =", d.data)
print("nudge a: slope", round(((2.0 + h) * -3.0 + 10.0 - d.data) / h, 6), " a.grad",
      a.grad, "(= b)")
print("nudge b: slope", round((2.0 * (-3.0 + h) + 10.0 - d.data) / h, 6), " b.grad",
      b.grad, "(= a)")
print("nudge c: slope", round((2.0 * -3.0 + (10.0 + h) - d.data) / h, 6), " c.grad",
      c.grad)
# --8<-- [end:partial]

# --8<-- [start:step_size]
def f(x):
    return 3 * x**2 - 4 * x + 5


print("      h   (f(x+h)-f(x))/h   (f(x+h)-f(x-h))/2h")
for h in [0.1, 0.001, 1e-6, 1e-9, 1e-12, 1e-15]:
    forward = (f(3.0 + h) - f(3.0)) / h
    central = (f(3.0 + h) - f(3.0 - h)) / (2 * h)
    print(f"{h:7.0e}   {forward:15.10f}   {central:18.10f}")
# --8<-- [end:step_size]

# --8<-- [start:torch]
import torch

x = torch.tensor(3.0, requires_grad=True)
y = 3 * x**2 - 4 * x + 5
y.backward()
print("x.grad:", x.grad)
# --8<-- [end:torch]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

xs = np.arange(-5, 5, 0.25)
plt.plot(xs, 3 * xs**2 - 4 * xs + 5, label="f(x) = 3x² - 4x + 5")
plt.plot(xs, 20 + 14 * (xs - 3), "--", color="C1", label="slope 14 at x = 3")
plt.scatter([3], [20], color="C1")
plt.ylim(-20, 110)
plt.xlabel("x")
plt.ylabel("f(x)")
plt.legend()
plt.show()
# --8<-- [end:figure]
