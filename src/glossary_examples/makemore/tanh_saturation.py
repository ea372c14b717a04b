r"""tanh saturation

A tanh unit is saturated when its output h is close to -1 or 1, where the curve is flat and its local gradient 1 - h² is close to 0, so almost no gradient flows back through it.

The derivative of tanh is $1 - \tanh^2$, written with the output $h$: it is 1 at $h = 0$
and falls to 0 as $|h| \to 1$. In the backward pass every gradient that reaches the
pre-activation is the incoming gradient times $1 - h^2$, so a unit with $|h| = 0.99$
passes on only $1 - 0.99^2 = 0.0199$ of it, 2%. Its weights and bias, and everything
before it, then learn very slowly from that example.

Saturation comes from pre-activations that are too large. In makemore part 3 the hidden
layer's weights start as plain $N(0, 1)$ draws: with 30 inputs, the pre-activations
`hpreact` have a standard deviation of about $\sqrt{30} \approx 5.5$, and most outputs
land on the flat tails. The histogram of `h` then piles up at $\pm 1$. Scaling the
weights down (the lecture first uses 0.2, then Kaiming initialization) or normalizing the
pre-activations with batch normalization brings them back to the steep middle.

How much saturation is too much? There is no sharp threshold. A unit saturated on *some*
examples still learns from the others; one saturated on *every* example is a dead neuron.
The lecture's diagnostics count $|h| > 0.97$ in each tanh layer: in a deep tanh stack
initialised with the gain 5/3, about 5% of the outputs of the deeper layers are beyond it
(the first layer, fed inputs of standard deviation 1, has about 20%), which the lecture
treats as healthy, while tens of percent (about 40% with a gain of 3) mean that much of
the network barely learns.

The numbers printed here come from the census names of the `names` package (5,163 names),
not from the lecture's names.txt, so they differ a little from the lecture's.

>>> import torch
>>> h = torch.tensor([0.0, 0.5, 0.99])
>>> [round(v, 4) for v in (1 - h**2).tolist()]  # d tanh / d x, from the output h
[1.0, 0.75, 0.0199]
>>> round(1 - 0.99**2, 4)
0.0199
"""

ALIASES = ("saturated tanh", "saturation", "saturated neuron", "1 - h**2", "flat tails of tanh")
SEE_ALSO = ("tanh", "dead_neuron", "kaiming_initialization", "batch_normalization", "tanh_backward",
            "vanishing_and_exploding_gradients")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.tanh.html"

# --8<-- [start:example]
import torch

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
ix = torch.randint(0, X.shape[0], (32,), generator=g)  # one minibatch of 32
emb = C[X[ix]].view(32, 30)

inits = [("W1, b1 ~ N(0, 1)", W1, b1), ("W1 * 0.2, b1 * 0.01", W1 * 0.2, b1 * 0.01)]
for name, W, b in inits:
    hpreact = emb @ W + b
    h = torch.tanh(hpreact)
    local = 1 - h**2  # d tanh / d hpreact, for every unit and example
    print(f"{name}: hpreact std {hpreact.std().item():.2f}, "
          f"|h| > 0.99 for {(h.abs() > 0.99).float().mean().item():.1%}, "
          f"mean 1 - h**2 {local.mean().item():.3f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
ix = torch.randint(0, X.shape[0], (32,), generator=g)
emb = C[X[ix]].view(32, 30)

fig, axes = plt.subplots(1, 2, sharey=True)
for ax, w, b, colour in [(axes[0], 1.0, 1.0, "C0"), (axes[1], 0.2, 0.01, "C1")]:
    h = torch.tanh(emb @ (W1 * w) + b1 * b)
    ax.hist(h.view(-1).numpy(), bins=50, color=colour)
    saturated = (h.abs() > 0.99).float().mean().item()
    ax.set_title(f"W1 * {w}, b1 * {b}\n|h| > 0.99: {saturated:.0%}")
    ax.set_xlabel("h = tanh(hpreact)")
axes[0].set_ylabel("count (32 × 200 values)")
plt.show()
# --8<-- [end:figure]
