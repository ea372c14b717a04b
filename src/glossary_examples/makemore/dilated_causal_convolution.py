r"""dilated causal convolution

A dilated causal convolution computes each output position from input positions a fixed distance apart (the dilation) and never from later positions, so that a stack of them with dilations 1, 2, 4, ... reaches far into the past with few layers.

A 1-D convolution slides one small weight matrix along a sequence: with kernel size 2,
output $t$ combines inputs $t$ and $t + 1$ with the same weights at every position. With
dilation $d$ it combines inputs $t$ and $t + d$. *Causal* means an output never depends
on an input that comes after the position it predicts for; with the output aligned to the
last input it reads, this holds by construction.

The tree of the makemore part-5 WaveNet is such a stack, evaluated at one position only.
`FlattenConsecutive(2)` followed by `Linear` combines positions $(0, 1), (2, 3), \dots$
with shared weights: a kernel-2 convolution with dilation 1, kept only at every second
position. The next level combines outputs 2 apart, then 4 apart: dilations 2 and 4.
`nn.Conv1d(C_in, C_out, kernel_size=2, dilation=d)` computes the same numbers once its
weight of shape (C_out, C_in, 2) holds the `Linear` weight of shape (2·C_in, C_out), split
into the part for the earlier position and the part for the later one.

The convolution computes every position of a sequence in one call, and neighbouring
contexts share their intermediate results; running the tree once per context, as makemore
part 5 does, repeats them. For the 5 contexts of `emma` (8 characters each), the tree applies its
first layer $5 \times 4 = 20$ times, the convolution 11 times, once per pair of the
12-character sequence `........emma`. Here the convolution runs on the embeddings laid
out as (batch, channels, length), as `nn.Conv1d` expects.

>>> import torch
>>> conv = torch.nn.Conv1d(1, 1, kernel_size=2, dilation=4, bias=False)
>>> conv(torch.zeros(1, 1, 12)).shape  # each output reads inputs t and t + 4
torch.Size([1, 1, 8])
"""

ALIASES = ("causal convolution", "dilated convolution", "nn.Conv1d", "Conv1d", "convolution")
SEE_ALSO = ("wavenet", "receptive_field", "flatten_consecutive", "context_window")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv1d.html"

# --8<-- [start:example]
import torch
import torch.nn as nn
from glossary_examples.makemore.dataset import build_dataset
from glossary_examples.makemore.layers import (Embedding, FlattenConsecutive, Linear,
                                               Sequential, Tanh)

g = torch.Generator().manual_seed(42)
tree = Sequential([Embedding(27, 4, generator=g),
                   FlattenConsecutive(2), Linear(8, 16, generator=g), Tanh(),
                   FlattenConsecutive(2), Linear(32, 16, generator=g), Tanh(),
                   FlattenConsecutive(2), Linear(32, 16, generator=g), Tanh()])
X, _ = build_dataset(["emma"], block_size=8)  # 5 contexts of 8 characters
out_tree = tree(X)  # (5, 16): one vector per context

convs = []
for dilation, linear in zip((1, 2, 4), tree.layers[2::3]):
    c_in = linear.weight.shape[0] // 2
    conv = nn.Conv1d(c_in, 16, kernel_size=2, dilation=dilation)
    with torch.no_grad():  # (2 * c_in, 16) -> (16, c_in, 2): earlier, later position
        conv.weight.copy_(linear.weight.view(2, c_in, 16).permute(2, 1, 0))
        conv.bias.copy_(linear.bias)
    convs += [conv, nn.Tanh()]
sequence = torch.cat([X[0], X[1:, -1]])  # '........emma': 12 positions
emb = tree.layers[0].weight[sequence].T.unsqueeze(0)  # (1, 4 channels, 12 positions)
out_conv = nn.Sequential(*convs)(emb)  # (1, 16, 5): lengths 12 -> 11 -> 9 -> 5
print("tree:", tuple(out_tree.shape), " convolutions:", tuple(out_conv.shape))
print("the same numbers:", torch.allclose(out_conv[0].T, out_tree, atol=1e-6))
# --8<-- [end:example]
