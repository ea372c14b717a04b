r"""torch.tensor

torch.tensor(data) builds a new tensor from a number, a (nested) list or a NumPy array, always copying the data and inferring the dtype unless you pass one.

The dtype is read from the data. Python ints give `torch.int64`, Python floats give the
default float dtype (`torch.float32` unless you changed it), a list mixing ints and
floats gives that default float dtype too, and bools give `torch.bool`. A NumPy array keeps its
own dtype, so a float64 array gives a float64 tensor. `dtype=torch.float64` (or any
other dtype) overrides the guess.

`torch.tensor` always **copies**: the new tensor has its own memory, and changing the
list or array afterwards does not change it. `torch.from_numpy(array)` is the
opposite: it shares the array's memory, so each sees the other's changes.

The result is a *leaf* tensor with no history: `requires_grad` is `False` and
`grad_fn` is `None`, unless you pass `requires_grad=True`. A single number gives a
0-dimensional tensor with shape `torch.Size([])`; `torch.tensor([3])` is 1-dimensional.
Don't confuse the function `torch.tensor` with the class `torch.Tensor`.

>>> import torch
>>> torch.tensor([1, 2, 3]).dtype, torch.tensor([1.0, 2.0]).dtype
(torch.int64, torch.float32)
>>> torch.tensor([1, 2.5]).dtype, torch.tensor([True, False]).dtype
(torch.float32, torch.bool)
>>> x = torch.tensor(3.0)
>>> x.shape, x.is_leaf, x.requires_grad, x.grad_fn
(torch.Size([]), True, False, None)
>>> import numpy as np
>>> arr = np.array([1.0, 2.0])
>>> t = torch.tensor(arr)
>>> arr[0] = 99.0
>>> t
tensor([1., 2.], dtype=torch.float64)
"""

ALIASES = ()
SEE_ALSO = ("torch_tensor_class", "tensor", "requires_grad", "tensor_shape", "torch_zeros")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.tensor.html"

# --8<-- [start:example]
import torch

print(torch.tensor([1, 2, 3]).dtype)  # ints   -> int64
print(torch.tensor([1.0, 2.0]).dtype)  # floats -> float32
print(torch.tensor([1, 2.5]).dtype)  # mixed  -> float32
print(torch.tensor([True, False]).dtype)  # bools  -> bool
print(torch.tensor([1, 2], dtype=torch.float64))  # or say which dtype you want

x = torch.tensor(3.0)  # a single number: a 0-d tensor
print(x, x.shape, x.ndim)
print("leaf:", x.is_leaf, "| requires_grad:", x.requires_grad, "| grad_fn:", x.grad_fn)
# --8<-- [end:example]

# --8<-- [start:copy]
import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
copied = torch.tensor(arr)  # its own memory (and arr's dtype, float64)
shared = torch.from_numpy(arr)  # the same memory as arr
arr[0] = 99.0  # change the source afterwards
print("torch.tensor:    ", copied)
print("torch.from_numpy:", shared)
# --8<-- [end:copy]
