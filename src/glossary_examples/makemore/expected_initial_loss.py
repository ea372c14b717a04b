r"""expected initial loss

The expected initial loss of a classifier is the loss it scores when it spreads its probability evenly over all C classes, -ln(1/C) = ln C; for makemore's 27 characters that is ln 27 ≈ 3.2958.

Before training, a network knows nothing about the data, so the best it can honestly do is
give every next character the same probability, $1/27$. The cross-entropy loss of that
uniform guess is the same for every target:

$$-\ln \tfrac{1}{C} = \ln C, \qquad \ln 27 \approx 3.2958.$$

A softmax is uniform when all logits of a row are equal, for example all 0. Computing the
loss of a freshly initialised network and comparing it with $\ln C$ is a cheap first check.
If the loss is much higher, the network starts out *confidently wrong*: its logits are
large, so the softmax puts most of the probability on characters chosen at random, and the
targets get tiny probabilities. The first training steps then go into shrinking the
logits: the loss falls steeply (a "hockey stick" at the start of the loss curve), and
after the same number of steps the network is behind one that started near $\ln 27$.

The makemore part 3 fix is to make the last layer's logits small at initialisation:
multiply its weights by a small factor (the lecture uses 0.01) and set its bias to 0. The
loss then starts close to $\ln 27$.

The numbers printed here come from the 5,163 first names of the 1990 US census (the
`names` package), not from the lecture's names.txt, so they differ slightly from the
lecture's (its first minibatch scored about 27.9 with the N(0, 1) last layer).

>>> import math, torch
>>> import torch.nn.functional as F
>>> round(-math.log(1 / 27), 4)
3.2958
>>> y = torch.tensor([0, 5, 26])
>>> round(F.cross_entropy(torch.zeros(3, 27), y).item(), 4)
3.2958
"""

ALIASES = ("initial loss", "loss at initialization", "ln 27", "-ln(1/27)", "hockey stick loss curve")
SEE_ALSO = ("cross_entropy", "negative_log_likelihood", "softmax", "logits", "tanh_saturation",
            "kaiming_initialization")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.cross_entropy.html"

# --8<-- [start:example]
import math

import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)  # all census names, context of 3
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
W2 = torch.randn((200, 27), generator=g)
b2 = torch.randn(27, generator=g)
h = torch.tanh(C[X].view(-1, 30) @ W1 + b1)  # hidden layer, (N, 200)

print(f"expected, -ln(1/27):      {-math.log(1 / 27):.4f}")
print(f"W2, b2 ~ N(0, 1):         {F.cross_entropy(h @ W2 + b2, Y).item():.4f}")
print(f"W2 * 0.01, b2 = 0:        {F.cross_entropy(h @ (W2 * 0.01), Y).item():.4f}")
uniform = torch.zeros(len(Y), 27)  # every logit 0: probability 1/27 each
print(f"all logits 0 (uniform):   {F.cross_entropy(uniform, Y).item():.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
logits = torch.randn(1000, 27, generator=g)  # random scores for 1000 examples
targets = torch.randint(0, 27, (1000,), generator=g)
scales = torch.logspace(-2, 1.5, 30)
losses = [F.cross_entropy(s * logits, targets).item() for s in scales]

plt.semilogx(scales, losses, "o-", label="loss of random logits × scale")
plt.axhline(math.log(27), color="C1", linestyle="--", label="ln 27 ≈ 3.2958")
plt.xlabel("scale of the logits")
plt.ylabel("cross-entropy loss")
plt.legend()
plt.show()
# --8<-- [end:figure]
