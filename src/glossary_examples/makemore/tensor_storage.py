r"""storage and strides

A tensor keeps its elements in a flat, one-dimensional storage, and its strides say how many storage elements to skip for one step along each dimension, so that views with other shapes or orders can share the storage without copying it.

Element `x[i, j]` of a 2-D tensor sits at position
$\text{offset} + i \cdot \text{stride}_0 + j \cdot \text{stride}_1$ of the storage
(`x.storage_offset()`, `x.stride()`). A fresh (2, 3) tensor has strides (3, 1): the next
row is 3 elements further, the next column 1. Makemore part 2 relies on this when it
calls `emb.view(-1, 6)`: the view gets new strides and the same storage, so it is free.

Many operations are views of this kind: `view`, `x.T` and `transpose` (which swap the
strides), indexing with slices (`x[:, 1]`, with an offset). A tensor whose strides are
those of a fresh tensor of its shape (in every dimension longer than 1) is *contiguous*
(`x.is_contiguous()`). The transpose of a (2, 3) tensor is not: its strides are (1, 3). Such a tensor cannot always be
viewed with another shape, because no single set of strides reaches its elements in the
new order; `view` then raises an error. `reshape` returns a view when one exists and
otherwise copies the elements into new storage, as `x.contiguous().view(...)` would.
Indexing with a tensor of indices (`C[X]`) always copies.

Further reading: Edward Z. Yang's blog post
[PyTorch internals](https://blog.ezyang.com/2019/05/pytorch-internals/), which the lecture
recommends.

>>> import torch
>>> x = torch.arange(6).view(2, 3)
>>> x.stride(), x.T.stride(), x.T.is_contiguous()
((3, 1), (1, 3), False)
>>> x.T.reshape(6).tolist()
[0, 3, 1, 4, 2, 5]
"""

ALIASES = ("strides", "stride", "Tensor.stride", "contiguous", "is_contiguous", "Tensor.reshape",
           "untyped_storage", "tensor storage")
SEE_ALSO = ("tensor_view", "tensor_shape", "tensor")
DOCS = "https://docs.pytorch.org/docs/stable/tensor_view.html"

# --8<-- [start:example]
import torch

x = torch.arange(6).view(2, 3)
storage = x.untyped_storage()  # the 6 int64 values, 8 bytes each, in one flat block
print("x:", x.tolist(), " strides:", x.stride(), " storage bytes:", storage.nbytes())
i, j = 1, 2
where = i * x.stride(0) + j * x.stride(1)
print("x[1, 2] =", x[i, j].item(), "= storage element", where)

for name, y in [("x.view(3, 2)", x.view(3, 2)), ("x.T", x.T), ("x[:, 1]", x[:, 1])]:
    same = y.untyped_storage().data_ptr() == storage.data_ptr()
    print(f"{name:>12}: strides {y.stride()}, offset {y.storage_offset()}, "
          f"contiguous {y.is_contiguous()}, shares x's storage {same}")

try:
    x.T.view(6)
except RuntimeError as err:
    print("x.T.view(6):", str(err).split(".")[0])
flat = x.T.reshape(6)  # reshape copies here
print("x.T.reshape(6):", flat.tolist(),
      " shares x's storage:", flat.untyped_storage().data_ptr() == storage.data_ptr())
# --8<-- [end:example]
