r"""t.shape

t.shape gives a tensor's size along each of its dimensions as a torch.Size, which is a tuple of ints.

`shape` is an attribute, written without parentheses; the method `t.size()` returns the
same `torch.Size`, and `t.size(0)` or `t.shape[0]` gives the size of one dimension.
`len(t.shape)` is the number of dimensions (`t.ndim`), and the product of the sizes is
the number of elements (`t.numel()`). A 0-dimensional tensor, such as
`torch.tensor(5.0)`, has the empty shape `torch.Size([])`.

`torch.Size` is a subclass of `tuple`, so it compares equal to a plain tuple
(`t.shape == (27, 27)`), can be indexed, sliced and unpacked (`rows, cols = t.shape`).
NumPy arrays have a `.shape` too, a plain tuple.

Printing shapes is the quickest way to follow data through a model. In makemore,
one-hot inputs of shape `(N, 27)` times weights of shape `(27, 27)` give logits of shape
`(N, 27)`, and a row sum with `keepdim=True` has shape `(N, 1)`.

>>> import torch
>>> N = torch.zeros(27, 27)
>>> N.shape
torch.Size([27, 27])
>>> N.shape == (27, 27), isinstance(N.shape, tuple), N.shape == N.size()
(True, True, True)
>>> N.shape[0], N.size(1), len(N.shape)
(27, 27, 2)
>>> torch.tensor(5.0).shape
torch.Size([])
"""

ALIASES = ("shape", "t.size()", "torch.Size", "Tensor.shape")
SEE_ALSO = ("tensor", "sum_keepdim", "broadcasting", "matmul", "torch_zeros")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.shape.html"

# --8<-- [start:example]
import torch

N = torch.zeros(27, 27)
print(N.shape)  # an attribute: no parentheses
print("equals a plain tuple:", N.shape == (27, 27))
print("is a tuple:", isinstance(N.shape, tuple))
print("same as N.size():", N.shape == N.size())
rows, cols = N.shape  # unpacks like any tuple
print("rows:", rows, "| cols:", cols, "| N.shape[0]:", N.shape[0], "| ndim:", N.ndim)
print("0-d tensor:", torch.tensor(5.0).shape)
# --8<-- [end:example]

# --8<-- [start:bigram]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
xs = torch.tensor([0, 5, 13, 13, 1])  # ".emma" as character indices
xenc = F.one_hot(xs, num_classes=27).float()  # one row per input character
W = torch.randn((27, 27), generator=g)
logits = xenc @ W
counts = logits.exp()
print("xs:", xs.shape, "| xenc:", xenc.shape, "| W:", W.shape)
print("logits:", logits.shape)
row_sums = counts.sum(1, keepdim=True)
print("row sums:", row_sums.shape, "| without keepdim:", counts.sum(1).shape)
# --8<-- [end:bigram]
