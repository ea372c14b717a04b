r"""computational graph

A computational graph is the record of how a value was computed: a node for each input and each intermediate result, with edges from the inputs of each operation to its result.

The [forward pass](forward_pass.md) builds it as a side effect of computing. In micrograd,
every `Value` an operation returns remembers its inputs in `_prev` and the operation in `_op`
(`"+"`, `"*"`, `"tanh"`, ...), plus the `_backward` function that knows the operation's local
derivatives. Values you create yourself (inputs, weights, biases) have no inputs: they are the
graph's leaves. In PyTorch, a tensor computed from tensors that require grad has a `grad_fn`
(such as `MulBackward0`) whose `next_functions` lead back towards the leaves; a leaf's
`grad_fn` is `None`.

The graph is built while the code runs, one operation at a time, so ordinary Python loops
and `if`s simply produce a different graph. It is *acyclic*: one value can feed several
operations, but nothing depends on itself.

[Backpropagation](backpropagation.md) needs the nodes in an order in which every node
comes after all of its inputs, a **topological order**. Walking it in reverse, each node is
reached only after every node that uses it has added its share to the node's `.grad`, so
that gradient is complete before it is passed further back. Plain recursion from the output
does not ensure this: a node used twice passes its gradient on before it is complete, and
again after, and its inputs get too much.

micrograd builds the order with a recursive function (`build_topo`), one call deeper per
operation, so a graph more than about 1,000 operations deep raises `RecursionError`
(Python's recursion limit). PyTorch's autograd has no such limit.

This glossary's engine keeps `_prev` in the order the inputs were given, so the listings
below are the same on every run. The lecture's engine keeps `_prev` as a `set`, whose order
follows memory addresses: with it, `e._prev` may list `b` before `a`, and the topological
order can change between runs. Any such order is valid, and the gradients are the same up to
rounding in the last digit.

>>> from glossary_examples.micrograd import Value
>>> a, b = Value(2.0, label="a"), Value(-3.0, label="b")
>>> e = a * b
>>> e._op, [v.label for v in e._prev]
('*', ['a', 'b'])
>>> import torch
>>> t = torch.tensor(2.0, requires_grad=True)
>>> type((t * 3).grad_fn).__name__, t.grad_fn is None
('MulBackward0', True)
"""

ALIASES = ("computation graph", "expression graph", "autograd graph", "grad_fn", "topological sort",
           "topological order")
SEE_ALSO = ("forward_pass", "backpropagation", "leaf_tensor", "chain_rule")
DOCS = "https://docs.pytorch.org/docs/stable/notes/autograd.html"

# --8<-- [start:example]
from glossary_examples.micrograd import Value

a, b, c = Value(2.0, label="a"), Value(-3.0, label="b"), Value(10.0, label="c")
f = Value(-2.0, label="f")
e = a * b
e.label = "e"
d = e + c
d.label = "d"
L = d * f
L.label = "L"

for v in [a, b, c, f, e, d, L]:
    print(f"{v.label}: data {v.data:5.1f}  _op {v._op!r:5}  _prev "
          f"{[child.label for child in v._prev]}")

topo, visited = [], set()  # the lecture's topological sort, as in Value.backward()


def build_topo(v):
    if v not in visited:
        visited.add(v)
        for child in v._prev:
            build_topo(child)
        topo.append(v)


build_topo(L)
print("topological order: ", [v.label for v in topo])
print("backward() visits: ", [v.label for v in reversed(topo)])
# --8<-- [end:example]

# --8<-- [start:pitfall]
from glossary_examples.micrograd import Value


# no topological sort: run _backward, then recurse into the inputs
def plain_backward(v):
    v._backward()
    for child in v._prev:
        plain_backward(child)


x = Value(3.0)
h = x * x  # h feeds both p and z
p = h + 1
z = h * p  # z = x**4 + x**2, so dz/dx = 4x**3 + 2x = 114
z.grad = 1.0
plain_backward(z)
print("plain recursion: x.grad =", x.grad)

x = Value(3.0)
h = x * x
z = h * (h + 1)
z.backward()
print("backward():      x.grad =", x.grad)
# --8<-- [end:pitfall]

# --8<-- [start:deep]
import torch
from glossary_examples.micrograd import Value

x = Value(1.0)
y = x
for _ in range(3_000):  # a chain 3,000 operations deep
    y = y + 1
try:
    y.backward()
except RecursionError:
    print("micrograd: RecursionError")

xt = torch.tensor(1.0, requires_grad=True)
yt = xt
for _ in range(3_000):
    yt = yt + 1
yt.backward()
print("torch: x.grad =", xt.grad.item())
# --8<-- [end:deep]

# --8<-- [start:torch]
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(-3.0, requires_grad=True)
c = torch.tensor(10.0, requires_grad=True)
f = torch.tensor(-2.0, requires_grad=True)
L = (a * b + c) * f

print("L.grad_fn:       ", type(L.grad_fn).__name__)
print(
    "its inputs:      ", [type(node).__name__ for node, _ in L.grad_fn.next_functions]
)
add = L.grad_fn.next_functions[0][0]
print("inputs of the +: ", [type(node).__name__ for node, _ in add.next_functions])
print("a.grad_fn:       ", a.grad_fn)
# --8<-- [end:torch]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import draw_graph

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
# --8<-- [end:figure]
