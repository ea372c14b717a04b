r"""backpropagation

Backpropagation computes the gradient of a single output, usually the loss, with respect to every value it was computed from, by applying the chain rule backwards through the computational graph.

It starts at the output with $\partial L / \partial L = 1$ and visits the nodes of the
[computational graph](computational_graph.md) in reverse topological order. At each node it
applies the [chain rule](chain_rule.md): the node's gradient times the local derivative of
the operation that made it gives each input's share, which is **added** to that input's
`.grad`. A value that feeds several operations therefore collects one contribution from each.
When the walk ends, every value's `.grad` holds $\partial L / \partial v$, but the leaves
add it to whatever they held before: a leaf that still has a gradient from an earlier
`backward()` ends with the sum of both (see [zero_grad](zero_grad.md)). The output's own
`.grad` is set to 1, and this glossary's engine resets the intermediate values to 0 before
the walk (the lecture's engine adds to their old gradients too). PyTorch keeps the gradient only for
[leaf tensors](leaf_tensor.md), unless you call `retain_grad()` on a computed tensor.

This is *reverse-mode automatic differentiation*. One backward walk costs a small multiple of
the forward computation and yields the partial derivatives for all parameters at once, where
nudging each parameter (finite differences) would need one extra forward pass per parameter.

Backpropagation only **computes** gradients. It does not change any weight, and it is not
gradient descent: gradient descent is the optimisation method that then *uses* the gradients,
`p.data += -lr * p.grad`. Training repeats three steps: the [forward pass](forward_pass.md),
the [backward pass](backward_pass.md) (where backpropagation runs) and the update.
micrograd's `Value.backward()` and PyTorch's `Tensor.backward()` both implement it.

>>> from glossary_examples.micrograd import Value
>>> a, b, c = Value(2.0), Value(-3.0), Value(10.0)
>>> d = a * b + c
>>> d.backward()
>>> d.data, a.grad, b.grad, c.grad
(4.0, -3.0, 2.0, 1.0)
>>> a = Value(3.0)
>>> (a + a).backward()
>>> a.grad
2.0
"""

ALIASES = ("backprop", "back-propagation", "reverse-mode automatic differentiation", "reverse-mode autodiff")
SEE_ALSO = ("chain_rule", "computational_graph", "backward_pass", "gradient_descent", "backward")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.backward.html"

# --8<-- [start:example]
from glossary_examples.micrograd import Value


def neuron(x1, x2, w1, w2, b):
    return (x1 * w1 + x2 * w2 + b).tanh()


inputs = {"x1": 2.0, "x2": 0.0, "w1": -3.0, "w2": 1.0, "b": 6.8813735870195432}
leaves = {name: Value(x, label=name) for name, x in inputs.items()}
o = neuron(**leaves)
o.backward()  # backpropagation: every leaf's .grad is now do/dleaf

h = 1e-6
print("     backprop   central difference")
for name, x in inputs.items():
    up = neuron(**{**leaves, name: Value(x + h)}).data
    down = neuron(**{**leaves, name: Value(x - h)}).data
    print(f"{name:>2}  {leaves[name].grad:8.4f}   {(up - down) / (2 * h):8.4f}")
# --8<-- [end:example]

# --8<-- [start:accumulate]
from glossary_examples.micrograd import Value

a, b = Value(-2.0, label="a"), Value(3.0, label="b")
d = a * b  # a feeds d ...
e = a + b  # ... and e
f = d * e
f.backward()
print("a.grad:", a.grad)
print("via d: df/dd * dd/da =", e.data * b.data)
print("via e: df/de * de/da =", d.data * 1.0)
print("sum:", e.data * b.data + d.data * 1.0)
# --8<-- [end:accumulate]

# --8<-- [start:torch]
import torch

x1 = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
x2 = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
w1 = torch.tensor(-3.0, dtype=torch.float64, requires_grad=True)
w2 = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
b = torch.tensor(6.8813735870195432, dtype=torch.float64, requires_grad=True)
o = torch.tanh(x1 * w1 + x2 * w2 + b)
o.backward()
for name, t in [("x1", x1), ("x2", x2), ("w1", w1), ("w2", w2), ("b", b)]:
    print(name, round(t.grad.item(), 4))
# --8<-- [end:torch]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

from glossary_examples.micrograd import Value
from glossary_examples.micrograd.graph import draw_graph

a, b = Value(-2.0, label="a"), Value(3.0, label="b")
d = a * b
d.label = "d"
e = a + b
e.label = "e"
f = d * e
f.label = "f"
f.backward()
draw_graph(f)
plt.show()
# --8<-- [end:figure]
