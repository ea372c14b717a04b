r"""Tensor.view

`Tensor.view(shape)` returns a tensor of a new shape with the same number of elements that shares the original's memory, so it copies nothing and writing through the view changes the original.

In makemore part 2 the embeddings of a batch come out as `emb` of shape (32, 3, 2): three
2-number vectors per example. The hidden layer wants one row of 6 numbers per example,
the three vectors side by side. There are three ways to get it:

- `torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1)`: names every position, so it
  breaks when `block_size` changes;
- `torch.cat(torch.unbind(emb, 1), 1)`: `unbind` splits dim 1 into a tuple of (32, 2)
  tensors, whatever their number;
- `emb.view(32, 6)`, or `emb.view(-1, 6)`, where `-1` means "whatever size makes the count
  of elements match".

All three give the same numbers, because `view` reads the elements in row-major order
(the last index runs fastest), which for a freshly made tensor such as `emb` is also
their order in memory, and reading the 6 numbers of each example in order *is* the
concatenation of its three vectors. `cat` writes a new tensor;
`view` only changes how the same memory is indexed (its [strides](tensor_storage.md)), so
it costs nothing however big the tensor is. It also means that a change to an element
of the view changes the original, and the other way round.

`view` never moves elements: `x.view(3, 2)` of a (2, 3) tensor is not its transpose, it
reads the same 6 numbers in the same order, 2 at a time. It raises an error when the
element count does not match, and when the memory layout cannot be described with
strides (for some transposed or sliced tensors); `reshape` then copies instead. The other
form, `view(dtype)`, reads the same bytes as another type, so the element count changes
with the element size.

>>> import torch
>>> emb = torch.randn(32, 3, 2)
>>> torch.equal(emb.view(-1, 6), torch.cat(torch.unbind(emb, 1), 1))
True
>>> emb.view(-1, 6).data_ptr() == emb.data_ptr()
True
>>> torch.arange(6).view(2, 3).view(3, 2).tolist()
[[0, 1], [2, 3], [4, 5]]
"""

ALIASES = (".view()", "view", "torch.cat", "torch.unbind", "emb.view(-1, 6)", "concatenate")
SEE_ALSO = ("tensor_storage", "tensor_shape", "embedding", "mlp_language_model", "flatten_consecutive")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.view.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)
X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13]])  # contexts of "emma"
emb = C[X]  # (4, 3, 2)

by_name = torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1)
by_unbind = torch.cat(torch.unbind(emb, 1), 1)
by_view = emb.view(-1, 6)  # -1: the size that makes the element count match
print("shapes:", tuple(by_name.shape), tuple(by_unbind.shape), tuple(by_view.shape))
same = torch.equal(by_name, by_view) and torch.equal(by_unbind, by_view)
print("the same numbers:", same)
print("view shares memory with emb:", by_view.data_ptr() == emb.data_ptr())
print("cat shares memory with emb: ", by_name.data_ptr() == emb.data_ptr())

by_view[0, 0] = 100.0  # write through the view
print("emb[0, 0, 0] is now", emb[0, 0, 0].item())
print("the cat copy still has", by_name[0, 0].item())
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

x = torch.arange(6).view(2, 3)
print("x:\n", x)
print("x.view(3, 2), the same order read 2 at a time:\n", x.view(3, 2))
print("x.T, the transpose:\n", x.T)
try:
    x.view(4, 2)
except RuntimeError as err:
    print("x.view(4, 2):", err)
# --8<-- [end:pitfall]
