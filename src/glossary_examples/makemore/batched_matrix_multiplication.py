r"""batched matrix multiplication

Batched matrix multiplication multiplies many matrices in one call: `@` treats every dimension of its operands except the last two as batch dimensions, broadcasts them against each other, and multiplies the last two dimensions as matrices.

A `Linear` layer computes `x @ W`. For a 2-D `x` of shape (B, 80) that is one matrix
product. In the WaveNet of makemore part 5 the input to a layer is 3-D, (B, 4, 20): four
fused pairs per example. `x @ W` with `W` of shape (20, 200) still works and gives
(B, 4, 200): every (4, 20) matrix of the batch is multiplied by the same `W`, so the one
layer is applied to each pair separately, with shared weights. The lecture checks it with
`(torch.randn(4, 5, 80) @ torch.randn(80, 200)).shape`, which is (4, 5, 200).

The rule for `torch.matmul` (the `@` operator), when both operands have at least two
dimensions: the last dimension of the left operand must equal the second-to-last of the
right one; all the dimensions before those are batch dimensions, which broadcast like
elementwise operations (sizes equal, or 1, or missing). A 1-D operand is a vector: its
one dimension meets the other's matrix dimension and is dropped from the result, so
(32, 4, 20) @ (20,) gives (32, 4).
So (2, 1, 3, 4) @ (5, 4, 6) gives (2, 5, 3, 6). Multiplying by a 2-D matrix is the same
as folding all batch dimensions into the rows: `(x.view(-1, 20) @ W).view(B, 4, 200)`.
`torch.bmm` is the strict version: both operands 3-D, equal batch sizes, no broadcasting.

>>> import torch
>>> (torch.randn(4, 5, 80) @ torch.randn(80, 200)).shape
torch.Size([4, 5, 200])
>>> (torch.randn(2, 1, 3, 4) @ torch.randn(5, 4, 6)).shape
torch.Size([2, 5, 3, 6])
"""

ALIASES = ("batched matmul", "torch.bmm", "bmm", "batch matrix multiplication")
SEE_ALSO = ("matmul", "broadcasting", "flatten_consecutive", "wavenet", "layer")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.matmul.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn((32, 4, 20), generator=g)  # 32 examples, 4 fused pairs each
W = torch.randn((20, 200), generator=g)
out = x @ W
print("x", tuple(x.shape), "@ W", tuple(W.shape), "->", tuple(out.shape))

loop = torch.stack([torch.stack([x[b, t] @ W for t in range(4)]) for b in range(32)])
folded = (x.view(-1, 20) @ W).view(32, 4, 200)  # all pairs as rows of one matrix
print("equals a loop over every pair:", torch.allclose(out, loop, atol=1e-5))
print("equals folding the batch dims:", torch.allclose(out, folded, atol=1e-5))

a = torch.randn((2, 1, 3, 4), generator=g)
b = torch.randn((5, 4, 6), generator=g)
print("batch dims broadcast:", tuple(a.shape), "@", tuple(b.shape), "->",
      tuple((a @ b).shape))
try:
    torch.bmm(x, W)
except RuntimeError as err:
    print("torch.bmm(x, W):", err)
# --8<-- [end:example]
