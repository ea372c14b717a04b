r"""parameter count

A model's parameter count is the total number of trainable numbers in all its weight, bias and embedding tensors, `sum(p.nelement() for p in parameters)`.

`p.nelement()` (the same as `p.numel()`) is the product of a tensor's sizes, so the count
follows from the shapes alone, layer by layer:

- an embedding table of $V$ tokens with $d$ numbers each: $V d$;
- a linear layer from $n$ inputs to $m$ outputs: $n m$ weights, plus $m$ biases if it has
  them;
- a batch normalization layer over $m$ features: $2m$ (its gain and bias; the running mean
  and variance are buffers, updated without gradients, and are not counted).

The part-2 model (27 × 10 embedding, a window of 3, 200 hidden units) has
$270 + 30 \cdot 200 + 200 + 200 \cdot 27 + 27 = 11{,}897$ parameters; the part-5 WaveNet
has 76,579. For a torch module, `sum(p.numel() for p in model.parameters())` gives the
same number.

The count is a rough measure of what a model can memorize, to be read against the number
of training examples. In part 5 the training split of the lecture's names.txt holds
182,625 examples; the census names of this glossary give 28,876, fewer than the WaveNet's
76,579 parameters, so on this corpus that model is more prone to overfitting than in the
lecture.

>>> import torch
>>> W = torch.zeros(30, 200)
>>> W.nelement(), W.numel(), 30 * 200
(6000, 6000, 6000)
>>> 27 * 10 + 30 * 200 + 200 + 200 * 27 + 27
11897
"""

ALIASES = ("number of parameters", "p.nelement()", "p.numel()", "model size", "parameter budget")
SEE_ALSO = ("parameter", "layer", "embedding", "mlp_language_model", "wavenet", "overfitting")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.numel.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)  # the lecture's part-2 model
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
W2 = torch.randn((200, 27), generator=g)
b2 = torch.randn(27, generator=g)
parameters = [C, W1, b1, W2, b2]
for name, p in zip(["C", "W1", "b1", "W2", "b2"], parameters):
    print(f"{name}: shape {tuple(p.shape)}, {p.nelement()} numbers")
print("total:", sum(p.nelement() for p in parameters))

nn = torch.nn
model = nn.Sequential(nn.Embedding(27, 10), nn.Flatten(), nn.Linear(30, 200), nn.Tanh(),
                      nn.Linear(200, 27))
print("the same model in torch.nn:", sum(p.numel() for p in model.parameters()))
# --8<-- [end:example]

# --8<-- [start:wavenet]
from glossary_examples.makemore.training import wavenet

model = wavenet(block_size=8, n_embd=24, n_hidden=128)  # the lecture's
for layer in model.layers:
    n = sum(p.nelement() for p in layer.parameters())
    print(f"{type(layer).__name__:>18}: {n:>6}")
print("total:", sum(p.nelement() for p in model.parameters()))
bn = model.layers[3]
buffers = bn.running_mean.nelement() + bn.running_var.nelement()
print("BatchNorm1d buffers, not counted:", buffers)
# --8<-- [end:wavenet]
