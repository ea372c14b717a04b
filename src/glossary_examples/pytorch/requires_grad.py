r"""requires_grad

requires_grad is a tensor's flag that tells autograd to record the operations done with it, so that backward() can compute gradients with respect to it.

Tensors you create yourself (with `torch.tensor`, `torch.zeros`, ...) start with
`requires_grad=False`: recording operations costs memory and time, so PyTorch only does
it when asked. There are three ways to ask:

1. the keyword argument, `torch.tensor(2.0, requires_grad=True)`;
2. the attribute, `t.requires_grad = True` (the micrograd lecture's way);
3. the in-place method `t.requires_grad_()`, which also returns `t`.

A floating-point result computed from a tensor that requires grad requires grad too,
unless it was computed with recording switched off (inside `with torch.no_grad():` or
`torch.inference_mode()`) or cut off with `w.detach()`; `torch.zeros_like(w)` and the other
`*_like` functions take only `w`'s shape and dtype, not its values. Results that cannot carry a
gradient do not: comparisons (`w > 0`), indices (`w.argmax()`), integer conversions
(`w.long()`). A result that requires grad is not a leaf: it has a `grad_fn` (for example
`MulBackward0`) that records how it was made. After `backward()`, the gradients are
stored in `.grad` of the leaf tensors whose `requires_grad` is `True`.

Two rules. Only floating-point and complex tensors can require gradients, because a
derivative needs values that can change continuously, which integers cannot. And only
leaf tensors can have the flag changed; for a computed tensor, `t.detach()` returns a
new tensor that shares its data but is cut off from the graph.

>>> import torch
>>> torch.tensor(1.0).requires_grad
False
>>> w = torch.tensor(2.0, requires_grad=True)
>>> y = w * 3
>>> y.requires_grad, y.is_leaf, type(y.grad_fn).__name__
(True, False, 'MulBackward0')
>>> t = torch.tensor(1.0)
>>> t.requires_grad_() is t, t.requires_grad
(True, True)
"""

ALIASES = ("requires_grad_()", "t.requires_grad = True")
SEE_ALSO = ("backward", "item", "leaf_tensor", "torch_tensor", "computational_graph")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.requires_grad.html"

# --8<-- [start:example]
import torch

x = torch.tensor(2.0)
print("default:", x.requires_grad)
w = torch.tensor(-3.0, requires_grad=True)  # 1. keyword argument
b = torch.tensor(6.8813735870195432)
b.requires_grad = True  # 2. attribute (the lecture's way)
x.requires_grad_()  # 3. in-place method
n = x * w + b  # a result: requires grad, not a leaf
print("n:", n)
print("n.requires_grad:", n.requires_grad, "| n.is_leaf:", n.is_leaf)
n.backward()
print("dn/dx:", x.grad.item(), "| dn/dw:", w.grad.item(), "| dn/db:", b.grad.item())
# --8<-- [end:example]

# --8<-- [start:rules]
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # int64
except RuntimeError as err:
    print("int tensor:", err)

w = torch.tensor(2.0, requires_grad=True)
y = w * 3
try:
    y.requires_grad = False  # y is not a leaf
except RuntimeError as err:
    print("non-leaf:", err)
print("y.detach().requires_grad:", y.detach().requires_grad)
# --8<-- [end:rules]

# --8<-- [start:pitfall]
import torch

x = torch.tensor(2.0)  # forgot requires_grad
w = torch.tensor(-3.0)
try:
    (x * w).backward()
except RuntimeError as err:
    print("RuntimeError:", err)

w.requires_grad = True  # ask for the gradient you need
(x * w).backward()
print("dw:", w.grad.item(), "| x.grad:", x.grad)  # x did not ask, so it gets none
# --8<-- [end:pitfall]
