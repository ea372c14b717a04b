r"""nn.Sequential

`nn.Sequential` is a container that holds layers in order and, when called, passes its input through them one after another, each layer receiving the previous layer's output; its parameters are those of all its layers.

Makemore part 5 stops writing the forward pass by hand (`emb = C[X]`,
`h = torch.tanh(...)`, ...) and lists the layers instead:
`model = Sequential([Embedding(...), FlattenConsecutive(2), Linear(...), ...])`.
Calling `model(X)` runs `x = layer(x)` for each layer in turn, and
`model.parameters()` gathers every layer's parameters into one list for the training
loop. The lecture writes its own `Sequential` (`glossary_examples.makemore.layers`) to show
that there is no magic in it; `torch.nn.Sequential` does the same job for `nn.Module`s.

Two differences trip people up when switching. Our `Sequential` takes a *list* of layers,
like the lecture's; `nn.Sequential` takes the layers as separate arguments
(`nn.Sequential(*layers)`), and a list is refused. And a `Sequential` has no branches: it
only fits models whose layers form one chain, each reading nothing but the output of the
layer before it.

>>> import torch
>>> model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(),
...                             torch.nn.Linear(4, 2))
>>> x = torch.randn(5, 3)
>>> torch.equal(model(x), model[2](model[1](model[0](x))))
True
>>> sum(p.numel() for p in model.parameters())
26
"""

ALIASES = ("torch.nn.Sequential", "Sequential", "sequential container")
SEE_ALSO = ("layer", "parameter", "wavenet", "flatten_consecutive", "parameter_count", "forward_pass")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Sequential.html"

# --8<-- [start:example]
import torch
import torch.nn as nn
from glossary_examples.makemore.layers import (Embedding, FlattenConsecutive, Linear,
                                               Sequential, Tanh)

g = torch.Generator().manual_seed(42)
model = Sequential([Embedding(27, 10, generator=g), FlattenConsecutive(3),
                    Linear(30, 200, generator=g), Tanh(), Linear(200, 27, generator=g)])
X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13]])  # '...', '..e', '.em'
logits = model(X)
for layer in model.layers:
    print(f"{type(layer).__name__:>18}: out {tuple(layer.out.shape)}")

theirs = nn.Sequential(nn.Embedding(27, 10), nn.Flatten(), nn.Linear(30, 200),
                       nn.Tanh(), nn.Linear(200, 27))
with torch.no_grad():  # copy our parameters in (nn.Linear stores W transposed)
    theirs[0].weight.copy_(model.layers[0].weight)
    for module, layer in [(theirs[2], model.layers[2]), (theirs[4], model.layers[4])]:
        module.weight.copy_(layer.weight.T)
        module.bias.copy_(layer.bias)
print("same logits as nn.Sequential:", torch.allclose(logits, theirs(X), atol=1e-6))
print("parameters:", sum(p.nelement() for p in model.parameters()),
      sum(p.numel() for p in theirs.parameters()))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch.nn as nn

layers = [nn.Linear(3, 4), nn.Tanh()]
try:
    nn.Sequential(layers)  # a list, as our Sequential takes it
except TypeError as err:
    print("nn.Sequential(layers):", err)
print(nn.Sequential(*layers))  # unpack the list into arguments
# --8<-- [end:pitfall]
