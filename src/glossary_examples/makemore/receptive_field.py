r"""receptive field

The receptive field of an output of a network is the set of input positions that can change it; inputs outside it have no effect on that output at all.

For a model that reads a fixed window, such as the makemore MLP, the receptive field of the
prediction is the context window: `block_size` characters. Inside a stack of
convolutions it grows with depth. One layer of kernel size $k$ and dilation $d$ looks at
$k$ inputs spread over $(k - 1)d + 1$ positions; stacking layers of stride 1 (as in a
stack of dilated causal convolutions) adds their spans, so the receptive field spans

$$R = 1 + \sum_{\ell} (k_\ell - 1)\, d_\ell$$

consecutive positions. (A layer of stride $s$ multiplies by $s$ what every later layer
adds: three kernel-2 layers of stride 2 also see 8 positions.) It covers all of them
when the first dilation is 1 and each next dilation is at most the span of the layers
below it, as with 1, 2, 4, ...; otherwise it can have holes: a single layer of dilation
2 reads positions $t$ and $t + 2$ only.

With kernel size 2 and no dilation, $L$ layers see $L + 1$ positions: linear growth. With
dilations $1, 2, 4, \dots, 2^{L-1}$ they see $2^L$: each layer doubles the field, which is
why WaveNet can look thousands of audio samples back with a few dozen layers. The tree
of makemore part 5, seen as dilated convolutions, has three levels with dilations 1, 2,
4, so its receptive field is $1 + 1 + 2 + 4 = 8$ characters, exactly its `block_size`;
seen as it is computed, `FlattenConsecutive(2)` and `Linear` are kernel-2 layers of
stride 2, with the same result.

The receptive field can be measured rather than computed: backpropagate from one output
and see which inputs get a non-zero gradient. That is what the example does.

>>> 1 + sum((2 - 1) * d for d in (1, 2, 4))
8
>>> 1 + sum((2 - 1) * d for d in (1, 1, 1))
4
"""

ALIASES = ("receptive fields", "field of view")
SEE_ALSO = ("dilated_causal_convolution", "wavenet", "context_window", "gradient")
DOCS = ""

# --8<-- [start:example]
import torch
import torch.nn as nn

torch.manual_seed(42)
for dilations in [(1, 1, 1), (1, 2, 4), (1, 2, 4, 8)]:
    layers = []
    for d in dilations:
        layers += [nn.Conv1d(1, 1, kernel_size=2, dilation=d), nn.Tanh()]
    x = torch.randn(1, 1, 32, requires_grad=True)  # a sequence of 32 positions
    out = nn.Sequential(*layers)(x)
    out[0, 0, -1].backward()  # the gradient of the last output ...
    seen = (x.grad[0, 0] != 0).nonzero().flatten().tolist()  # ... reaches these inputs
    print(f"dilations {dilations}: inputs {seen[0]}-{seen[-1]}, {len(seen)} positions;"
          f" 1 + sum(dilations) = {1 + sum(dilations)}")
# --8<-- [end:example]
