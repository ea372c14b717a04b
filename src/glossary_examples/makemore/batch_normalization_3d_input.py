r"""BatchNorm1d on 3D input

For a 3-D input of shape (B, T, C), batch normalization must compute each channel's mean and variance over both the batch and the position dimensions; reducing over dim 0 alone keeps separate statistics for every position, which is the bug that makemore part 5 finds and fixes.

Batch normalization (makemore part 3) normalizes each feature to mean 0 and variance 1 over
the batch: for a (B, C) input, `x.mean(0)` has one value per channel. In the WaveNet of part
5 the hidden layers see (B, T, C) tensors, e.g. (32, 4, 68): four fused pairs per example.
The four positions are computed by the same weights, so they are samples of the same 68
features, and the statistics should pool them: `x.mean((0, 1))`, 32 × 4 = 128 values per
channel.

The lecture's first version still reduced over dim 0, which on a 3-D tensor gives a mean
of shape (1, 4, 68): a separate mean and variance for each position, each estimated from
only 32 values, and running statistics of that shape too. It also pushes every position
to mean 0 on its own, wiping out differences between positions that the pooled version
keeps. Nothing raises an error, because broadcasting makes the shapes fit; the tell-tale
sign is the shape of `running_mean`. The fix (`dim = (0, 1)` when `x.ndim == 3`) is in
`glossary_examples.makemore.layers.BatchNorm1d`.

PyTorch's `nn.BatchNorm1d` accepts 3-D input as (B, C, T), with the channels in the
*middle*, and reduces over dims 0 and 2. A (B, T, C) tensor must be transposed first:
`bn(x.transpose(1, 2)).transpose(1, 2)`. Passed in directly, it is read as T channels and
fails with a shape error, unless T happens to equal C, when it silently normalizes the
wrong axis.

>>> import torch
>>> x = torch.randn(32, 4, 68)
>>> x.mean(0, keepdim=True).shape, x.mean((0, 1), keepdim=True).shape
(torch.Size([1, 4, 68]), torch.Size([1, 1, 68]))
"""

ALIASES = ("BatchNorm1d 3-D input", "batchnorm over dims (0, 1)", "BatchNorm1d bug")
SEE_ALSO = ("wavenet", "flatten_consecutive", "batched_matrix_multiplication", "broadcasting")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html"

# --8<-- [start:example]
import torch
from glossary_examples.makemore.layers import BatchNorm1d

x = torch.randn((32, 4, 68), generator=torch.Generator().manual_seed(42))
x = x + torch.arange(4.0).view(1, 4, 1)  # each position has its own offset

per_position = x.mean(0, keepdim=True)  # the bug: (1, 4, 68)
pooled = x.mean((0, 1), keepdim=True)  # the fix: (1, 1, 68)
print("mean over dim 0:     ", tuple(per_position.shape), "from", 32, "values each")
print("mean over dims (0, 1):", tuple(pooled.shape), "from", 32 * 4, "values each")

bn = BatchNorm1d(68)
out = bn(x)
print("running_mean:", tuple(bn.running_mean.shape))
print("mean of each position, fix:", [round(m, 3) for m in out.mean((0, 2)).tolist()])
wrong = (x - per_position) / (x.var(0, keepdim=True) + 1e-5).sqrt()
print("mean of each position, bug:",
      [abs(round(m, 3)) for m in wrong.mean((0, 2)).tolist()])

torch_bn = torch.nn.BatchNorm1d(68)  # expects (B, C, T)
same = torch.allclose(out, torch_bn(x.transpose(1, 2)).transpose(1, 2), atol=1e-5)
print("equals nn.BatchNorm1d on x.transpose(1, 2):", same)
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

bn = torch.nn.BatchNorm1d(68)
x = torch.randn((32, 4, 68), generator=torch.Generator().manual_seed(42))
try:
    bn(x)  # read as 4 channels of length 68
except RuntimeError as err:
    print("nn.BatchNorm1d(68) on (32, 4, 68):", err)

square = torch.randn((32, 8, 8), generator=torch.Generator().manual_seed(0))
square = square + torch.arange(8.0)  # (B, T, C) with T == C; channel c has mean c
wrong = torch.nn.BatchNorm1d(8)(square)  # no error, but dim 1 is taken as the channels
right = torch.nn.BatchNorm1d(8)(square.transpose(1, 2)).transpose(1, 2)
print("channel means, passed directly: ",
      [round(m, 2) for m in wrong.mean((0, 1)).tolist()])
print("channel means, transposed first:",
      [abs(round(m, 2)) for m in right.mean((0, 1)).tolist()])
# --8<-- [end:pitfall]
