r"""torch.Tensor

torch.Tensor is the class of every PyTorch tensor; called directly, it is a legacy constructor that gives the default float dtype and treats bare integers as a shape.

Every tensor, however it was made, is a `torch.Tensor`: `type(torch.tensor(1.0)) is
torch.Tensor`. The documentation of methods and attributes such as `t.shape`,
`t.item()` and `t.backward()` lives on this class (`torch.Tensor.item`, ...).

Calling the class, `torch.Tensor(...)`, is a legacy way to build a tensor, and it
behaves differently from the function `torch.tensor(...)`:

- Given data (a list), it converts the data to the *default* dtype, which is
  `torch.float32` unless changed with `torch.set_default_dtype`. Even integers come out
  as floats (`.type()` reports the legacy name `torch.FloatTensor`), and it accepts no
  `dtype=` argument. The micrograd lecture writes
  `torch.Tensor([2.0]).double()` to get float64.
- Given integers, it reads them as a **shape** and returns a tensor whose memory is not
  initialised: `torch.Tensor(3)` has 3 elements holding whatever bytes were in memory
  (so they can differ from run to run), while `torch.tensor(3)` is the number 3.

Use `torch.tensor(data)` for data, and `torch.zeros`, `torch.ones` or `torch.empty` for
a shape.

>>> import torch
>>> (isinstance(torch.tensor([1, 2]), torch.Tensor),
...  type(torch.tensor(1.0)) is torch.Tensor)
(True, True)
>>> torch.Tensor([1, 2, 3])
tensor([1., 2., 3.])
>>> torch.Tensor(3).shape, torch.tensor(3).shape
(torch.Size([3]), torch.Size([]))
>>> torch.Tensor([2.0]).double().dtype
torch.float64
"""

ALIASES = ("Tensor class", "torch.FloatTensor")
SEE_ALSO = ("torch_tensor", "tensor", "torch_zeros")
DOCS = "https://docs.pytorch.org/docs/stable/tensors.html#torch.Tensor"

# --8<-- [start:example]
import torch

t = torch.tensor([1, 2, 3])
print("an instance of torch.Tensor:", isinstance(t, torch.Tensor))

legacy = torch.Tensor([1, 2, 3])  # ints converted to the default dtype
print(legacy, legacy.dtype, legacy.type())
print("lecture style:", torch.Tensor([2.0]).double().dtype)

torch.set_default_dtype(torch.float64)  # the default can be changed ...
print("with default float64:", torch.Tensor([1, 2, 3]).dtype)
torch.set_default_dtype(torch.float32)  # ... so put it back

try:
    torch.Tensor([1, 2, 3], dtype=torch.int64)
except TypeError:
    print("torch.Tensor(..., dtype=...) raises TypeError")
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

print("torch.tensor(3):", torch.tensor(3), torch.tensor(3).shape)  # the number 3
print("torch.Tensor(3) shape:", torch.Tensor(3).shape)  # 3 uninitialised elements
print("torch.Tensor(2, 3) shape:", torch.Tensor(2, 3).shape)
# Don't print torch.Tensor(3) itself: its values are leftover memory.
print("for a shape, say what goes in it:", torch.zeros(3))
# --8<-- [end:pitfall]
