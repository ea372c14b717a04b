r"""PyTorch

PyTorch is an open-source Python library for deep learning, imported as torch, that provides n-dimensional tensors, automatic differentiation (autograd) and neural-network building blocks (torch.nn).

micrograd builds a small autograd engine for single numbers (`Value`). PyTorch does the
same job for **tensors**, arrays of many numbers, where one operation handles a whole
array at once, on the CPU or, if the machine has one, on a GPU (`device="cuda"`). The
ideas are the same. An operation on tensors that require grad is recorded, and
`.backward()` applies the chain rule backwards through the record, leaving the gradient
of each input in its `.grad`.

The micrograd lecture checks its engine this way: it builds the same neuron in
PyTorch, with float64 tensors to match Python's floats, and compares the gradients. (It
makes them with `torch.Tensor([...]).double()`, which rounds each number to float32 first;
see [neuron](neuron.md) for what that changes.)
makemore then uses PyTorch directly, for its count tables, one-hot encodings, matrix
products and gradient descent.

>>> import torch
>>> x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
>>> y = torch.tanh(x * 0.5)
>>> y.backward()
>>> round(x.grad.item(), 6) == round(0.5 * (1 - y.item() ** 2), 6)
True
"""

ALIASES = ("torch", "PyTorch library")
SEE_ALSO = ("tensor", "torch_tensor", "backward", "requires_grad", "neuron", "backpropagation")
DOCS = "https://docs.pytorch.org/docs/stable/index.html"

# --8<-- [start:example]
import torch

# the lecture's neuron: o = tanh(x1*w1 + x2*w2 + b), in float64 like Python floats
x1 = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
x2 = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
w1 = torch.tensor(-3.0, dtype=torch.float64, requires_grad=True)
w2 = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
b = torch.tensor(6.8813735870195432, dtype=torch.float64, requires_grad=True)
n = x1 * w1 + x2 * w2 + b
o = torch.tanh(n)
print(f"o = {o.item():.4f}")

o.backward()  # fills .grad of every leaf
for name, t in [("x1", x1), ("w1", w1), ("x2", x2), ("w2", w2)]:
    print(f"{name}.grad = {t.grad.item():.4f}")
# --8<-- [end:example]

# --8<-- [start:micrograd]
from glossary_examples.micrograd import Value

# the same neuron in micrograd: same numbers, one scalar at a time
x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
o = (x1 * w1 + x2 * w2 + b).tanh()
print(f"o = {o.data:.4f}")

o.backward()
for name, v in [("x1", x1), ("w1", w1), ("x2", x2), ("w2", w2)]:
    print(f"{name}.grad = {v.grad:.4f}")
# --8<-- [end:micrograd]
