r"""FlattenConsecutive

`FlattenConsecutive(n)`, a layer of makemore part 5, reshapes a batch of shape (B, T, C) to (B, T / n, n·C) by concatenating every n consecutive vectors, so that the next layer reads n neighbouring positions at once.

The part-2 MLP flattens the whole context in one go: the 8 embeddings of a (B, 8, 10)
batch become one row of 80 numbers (`emb.view(B, -1)`, what `nn.Flatten()` does), and the
first layer mixes all 8 characters at once. The WaveNet of part 5 fuses them gradually
instead: `FlattenConsecutive(2)` turns (B, 8, 10) into (B, 4, 20), four pairs of
neighbours, and the `Linear` layer that follows works on each pair separately (a
[batched matrix multiplication](batched_matrix_multiplication.md)). The next level turns
the 4 pair-vectors into 2, then 1.

It is one `view`: row-major order puts the n vectors of a group next to each other, so
`x.view(B, T // n, C * n)` is their concatenation, with no copy. When the middle dimension
comes out as 1, the layer squeezes it away, so the last level gives (B, C·n) like a plain
flatten. It squeezes dim 1 only: `x.squeeze()` would also remove a batch dimension of
size 1, and sampling, which feeds one example at a time, would then break.

>>> import torch
>>> from glossary_examples.makemore.layers import FlattenConsecutive
>>> FlattenConsecutive(2)(torch.zeros(4, 8, 10)).shape
torch.Size([4, 4, 20])
>>> FlattenConsecutive(8)(torch.zeros(1, 8, 10)).shape
torch.Size([1, 80])
"""

ALIASES = ("Flatten", "nn.Flatten", "flatten consecutive")
SEE_ALSO = ("tensor_view", "wavenet", "batched_matrix_multiplication", "nn_sequential",
            "dilated_causal_convolution")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Flatten.html"

# --8<-- [start:example]
import torch
from glossary_examples.makemore.layers import FlattenConsecutive

x = torch.arange(2 * 8 * 3).view(2, 8, 3)  # B=2 examples, T=8 positions, C=3 numbers
print("position 0:", x[0, 0].tolist(), " position 1:", x[0, 1].tolist())
out = FlattenConsecutive(2)(x)
print("FlattenConsecutive(2):", tuple(x.shape), "->", tuple(out.shape))
print("first pair, fused:", out[0, 0].tolist())
neighbours = torch.cat([x[:, 0::2], x[:, 1::2]], dim=2)  # even and odd positions
print("equals cat of neighbours:", torch.equal(out, neighbours))
print("shares memory with x:", out.data_ptr() == x.data_ptr())

flat = FlattenConsecutive(8)(x)
print("FlattenConsecutive(8):", tuple(x.shape), "->", tuple(flat.shape),
      " equals nn.Flatten:", torch.equal(flat, torch.nn.Flatten()(x)))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

x = torch.randn(1, 8, 10, generator=torch.Generator().manual_seed(0))  # one example
fused = x.view(1, 1, 80)
print("squeeze(1):", tuple(fused.squeeze(1).shape))
print("squeeze(): ", tuple(fused.squeeze().shape))
W = torch.randn(80, 27, generator=torch.Generator().manual_seed(1))
logits = fused.squeeze() @ W  # (27,): the batch dimension is gone
try:
    torch.softmax(logits, dim=1)  # what sampling does next
except IndexError as err:
    print("softmax(dim=1):", err)
# --8<-- [end:pitfall]
