r""".item()

t.item() returns the single value inside a one-element tensor as a plain Python number (float, int, bool, or complex for a complex tensor).

The tensor must hold exactly one element, whatever its shape: `torch.tensor(3.5)`,
`torch.tensor([3.5])` and `torch.tensor([[3.5]])` all work, while a tensor with two or
more elements raises a `RuntimeError`. The Python type follows the dtype: float tensors
give a `float`, integer tensors an `int`, bool tensors a `bool`, complex tensors a `complex`. A float32 value
becomes a Python float (which is float64) without rounding, so `torch.tensor(0.1).item()`
shows float32's error: `0.10000000149011612`.

The result is a plain number, outside autograd: use it for printing and logging
(`loss.item()`), or to compare with micrograd, never inside a computation you want to
differentiate. The lecture uses three spellings:

- `t.item()`, the value of `t`;
- `t.data.item()`, the same value (`t.data` is `t` without gradient tracking);
- `t.grad.item()`, the gradient of a leaf tensor. It only works after `backward()` has
  filled `t.grad`; before that `t.grad` is `None`, and `None.item()` is an `AttributeError`.

>>> import torch
>>> torch.tensor([3.5]).item(), type(torch.tensor(7).item()).__name__
(3.5, 'int')
>>> v = torch.tensor(2.0, requires_grad=True)
>>> print(v.grad)
None
>>> (v ** 2).backward()
>>> v.item(), v.data.item(), v.grad.item()
(2.0, 2.0, 4.0)
>>> torch.tensor(0.1).item()
0.10000000149011612
"""

ALIASES = ("t.item()", "t.data.item()", "t.grad.item()", "Tensor.item")
SEE_ALSO = ("backward", "requires_grad", "loss", "torch_tensor")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.item.html"

# --8<-- [start:example]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
print("y:", y)  # a tensor, with its grad_fn
print("y.item():", y.item(), type(y.item()).__name__)  # a plain Python float
print("x.data.item():", x.data.item())
y.backward()
print("x.grad.item():", x.grad.item())  # dy/dx = 2x = 4

seven = torch.tensor([[7]]).item()  # any shape, as long as it holds one element
print("int tensor:", seven, type(seven).__name__)
print("float32 0.1:", torch.tensor(0.1).item())  # float32's rounding shows
try:
    torch.tensor([1.0, 2.0]).item()
except RuntimeError as err:
    print("2 elements:", err)
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
print("before backward, x.grad is", x.grad)
try:
    x.grad.item()
except AttributeError as err:
    print("AttributeError:", err)

y.backward()  # fills x.grad
print("after backward:", x.grad.item())
# --8<-- [end:pitfall]
