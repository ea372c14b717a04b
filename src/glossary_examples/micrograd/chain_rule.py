r"""chain rule

The chain rule gives the derivative of a function of a function: if z depends on y and y depends on x, then dz/dx = dz/dy · dy/dx.

Rates multiply along a chain: if a car is twice as fast as a bicycle and the bicycle is four
times as fast as a walker, the car is $2 \cdot 4 = 8$ times as fast as the walker. (The
lecture reads this example out from Wikipedia's article on the chain rule.)

This is what lets [backpropagation](backpropagation.md) work with purely local knowledge. Each
micrograd operation knows only the derivative of its own output with respect to its own inputs
(for `out = a * b`: $\partial out / \partial a = b$). Its `_backward` multiplies that local
derivative by `out.grad`, which already holds $\partial L / \partial out$, and the product is
$\partial L / \partial a$. A local derivative may be the operation's own output: for
`out = a.exp()` it is $e^a$, which is `out.data`, so `exp`'s `_backward` adds
`out.data * out.grad` (with `a.data` it would multiply by $a$ instead of $e^a$).

When $x$ reaches $z$ along several paths, the chain rule for several variables **adds** the
products of the paths: $\frac{dz}{dx} = \sum_{\text{paths}} \prod \text{local derivatives}$.
That is why every `_backward` does `a.grad += ...` rather than `a.grad = ...`.

micrograd's `**` only takes a plain number as the exponent, so it has only one local
derivative, $\partial (x^n)/\partial x = n x^{n-1}$, and the exponent gets no gradient:
`x ** Value(3.0)` fails its `assert`. PyTorch accepts a tensor exponent and also gives it
its gradient, $\partial (x^n)/\partial n = x^n \ln x$.

Further reading: [Chain rule](https://en.wikipedia.org/wiki/Chain_rule) on Wikipedia.

>>> from glossary_examples.micrograd import Value
>>> x1, w1 = Value(2.0), Value(-3.0)
>>> o = (x1 * w1 + 6.8813735870195432).tanh()  # the lecture neuron, x2 = 0
>>> o.backward()
>>> round(x1.grad, 4), round(w1.data * (1 - o.data**2), 4)
(-1.5, -1.5)
>>> a = Value(2.0)
>>> z = a + a * 3
>>> z.backward()
>>> a.grad
4.0
"""

ALIASES = ("chain rule of calculus", "multivariable chain rule")
SEE_ALSO = ("gradient", "backpropagation", "computational_graph")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.micrograd import Value

# the lecture's neuron: o = tanh(x1*w1 + x2*w2 + b)
x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")
w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")
b = Value(6.8813735870195432, label="b")
n = x1 * w1 + x2 * w2 + b
o = n.tanh()

do_dn = 1 - o.data**2  # local derivative of tanh
dn_dx1w1 = 1.0  # local derivative of +
dx1w1_dx1 = w1.data  # local derivative of *
print("do/dn = 1 - o**2:       ", round(do_dn, 4))
print("do/dx1 = 0.5 * 1 * w1:   ", round(do_dn * dn_dx1w1 * dx1w1_dx1, 4))

o.backward()
print("x1.grad from backward(): ", round(x1.grad, 4))
# --8<-- [end:example]

# --8<-- [start:paths]
from glossary_examples.micrograd import Value

a = Value(2.0, label="a")
b = a * 3  # path 1: a -> b -> z, local derivatives 3 and 1
z = a + b  # path 2: a -> z, local derivative 1
z.backward()
print("sum over paths: 3*1 + 1 =", 3 * 1 + 1)
print("a.grad:", a.grad)
# --8<-- [end:paths]

# --8<-- [start:pow]
import torch
from glossary_examples.micrograd import Value

x = Value(2.0)
y = x**3  # the exponent 3 is a plain number, not a Value: it gets no gradient
y.backward()
print("micrograd: dy/dx = 3 * x**2 =", x.grad)
try:
    x ** Value(3.0)
except AssertionError as err:
    print("x ** Value(3.0): AssertionError:", err)

xt = torch.tensor(2.0, requires_grad=True)
nt = torch.tensor(3.0, requires_grad=True)  # a tensor exponent
(xt**nt).backward()
print("torch: dy/dx =", xt.grad.item(), " dy/dn = x**n * ln(x) =",
      round(nt.grad.item(), 4))
# --8<-- [end:pow]

# --8<-- [start:torch]
import torch

x = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
y = x**2 + 3 * x  # inner function
z = torch.tanh(y)  # outer function
z.backward()
print("dz/dy * dy/dx:", round(((1 - z**2) * (2 * x + 3)).item(), 8))
print("x.grad:       ", round(x.grad.item(), 8))
# --8<-- [end:torch]
