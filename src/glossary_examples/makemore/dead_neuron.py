r"""dead neuron

A dead neuron is a hidden unit that sits in a flat part of its activation function for every input (ReLU at 0, tanh or sigmoid saturated), so its weights and bias get no gradient, or almost none, from any example and stop learning.

A neuron's weights learn from an example only through the local gradient of its
activation at that example. If that local gradient is 0 for *all* the inputs the network
sees, nothing can change the neuron:

- a **ReLU** neuron whose pre-activation is negative for every input always outputs 0,
  and its local gradient there is exactly 0 (PyTorch's ReLU also uses 0 at exactly 0), so
  its incoming weights and its bias get exactly zero gradient, and plain gradient
  descent leaves them unchanged for as long as it stays dead. Only a change in its
  inputs can revive it: the layers before it keep learning, and for a ReLU in a
  hidden layer they can move some input back above the threshold;
- a **tanh** neuron whose output is within a hair of $\pm 1$ for every input (see tanh
  saturation) passes on only a tiny fraction $1 - h^2$ of the gradient, and none once
  tanh rounds to exactly $\pm 1$ (from about 9 in float32). Sigmoid, with local
  gradient $s(1 - s)$, is flat near 0 and 1 in the same way, though in float32 its
  gradient becomes exactly 0 only from about 17 up and from about -89 down.

A neuron can be dead from the start, when its weights or bias are initialized far too
large, or die during training, when one large update (a learning rate that is too high)
pushes it into the flat region for every input. The lecture calls that permanent brain
damage. makemore part 3 looks for dead tanh neurons with
`plt.imshow(h.abs() > 0.99, cmap="gray")`: one row per example and one column per
neuron, white where the unit is saturated. A column that is white from top to bottom
is a neuron saturated on the whole batch, a candidate dead neuron. With its first
initialization the picture is mostly white, but no column is entirely white.

The figure uses the census names of the `names` package (5,163 names), not the lecture's
names.txt, so it is not the lecture's picture, but it shows the same thing.

>>> import torch
>>> z = torch.tensor([-3.0, -0.5, 0.0], requires_grad=True)
>>> torch.relu(z).sum().backward()
>>> z.grad
tensor([0., 0., 0.])
"""

ALIASES = ("dead neurons", "dying ReLU", "dead ReLU", "dead unit", "permanent brain damage")
SEE_ALSO = ("tanh_saturation", "relu", "neuron", "kaiming_initialization", "learning_rate")
DOCS = ""

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn(1000, 10, generator=g)  # 1000 inputs of 10 features
W = torch.randn(10, 4, generator=g, requires_grad=True)
b = torch.tensor([0.0, 0.0, 0.0, -20.0], requires_grad=True)  # neuron 3: far too low
h = torch.relu(x @ W + b)
loss = (h * torch.randn(1000, 4, generator=g)).mean()  # any loss will do
loss.backward()

print("share of inputs where each neuron is active:", (h > 0).float().mean(0))
print("size of each neuron's weight gradient:", W.grad.norm(dim=0))
print("gradient of each bias:", b.grad)
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)  # the lecture's first, too large, init
b1 = torch.randn(200, generator=g)
ix = torch.randint(0, X.shape[0], (32,), generator=g)
h = torch.tanh(C[X[ix]].view(32, 30) @ W1 + b1)

saturated = h.abs() > 0.99
print("neurons saturated on all 32 examples:", saturated.all(0).sum().item(), "of 200")
plt.figure(figsize=(8, 2.6))
plt.imshow(saturated.numpy(), cmap="gray", interpolation="nearest")
plt.xlabel("neuron (white: |h| > 0.99)")
plt.ylabel("example")
plt.show()
# --8<-- [end:figure]
