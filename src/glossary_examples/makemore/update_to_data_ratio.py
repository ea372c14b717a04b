r"""update-to-data ratio

The update-to-data ratio of a parameter tensor is the standard deviation of the change one training step makes to it divided by the standard deviation of its values, a measure of how fast that parameter is learning; makemore part 3 tracks its log10 and takes about -3 (a ratio of 1e-3) as a healthy value.

With plain gradient descent a step changes a parameter `p` by `-lr * p.grad`, so the ratio
is

$$\frac{\operatorname{std}(\text{lr}\cdot\nabla p)}{\operatorname{std}(p)}.$$

A gradient's size alone says little: what matters is how much the step changes the
parameter *relative to its own scale*. makemore part 3 records
`((lr * p.grad).std() / p.data.std()).log10()` at every step and plots it over training
for every weight matrix. Its rule of thumb: the curves should settle around -3, each step
changing the values by about a thousandth of their spread. Far below (say -4 and lower)
the parameters learn too slowly, and the learning rate is probably too low; far above,
the steps are too large for the parameters' scale. A layer whose curve sits apart from
the others is worth a look: in the lecture the output layer, scaled down by 0.1 at
initialization, starts well above the rest and comes down as training goes on.

It is a diagnostic, not a law: the right value depends on the model and optimizer, and
the plot is most useful for comparing layers with each other and learning rates with
each other. Since the update is proportional to the learning rate, so is the ratio: for
the same parameters and gradient, dividing the learning rate by 100 lowers every log10
ratio by 2 (up to rounding). Over a whole run the curves move by about, not exactly, 2,
because a smaller rate also changes where training goes and so the later gradients.

The numbers printed here come from a short run on the 5,163 census names of the `names`
package (the lecture trains on names.txt, for longer), so they are not the lecture's.

>>> import torch
>>> p, grad, lr = torch.tensor([1.0, -1.0, 3.0]), torch.tensor([0.5, 0.0, -0.5]), 0.01
>>> round(((lr * grad).std() / p.std()).log10().item(), 4)
-2.6021
"""

ALIASES = ("update to data ratio", "update:data ratio", "update/data ratio", "ud ratio",
           "update-to-weight ratio")
SEE_ALSO = ("learning_rate", "gradient_descent", "kaiming_initialization", "batch_normalization")
DOCS = ""

# --8<-- [start:example]
import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(2147483647)
params = {"C": torch.randn((27, 10), generator=g),  # no biases here, to stay short
          "W1": torch.randn((30, 200), generator=g) * (5 / 3) / 30**0.5,
          "W2": torch.randn((200, 27), generator=g) * 0.1}
for p in params.values():
    p.requires_grad = True
lr = 0.1
for step in range(201):
    ix = torch.randint(0, X.shape[0], (32,), generator=g)
    h = torch.tanh(params["C"][X[ix]].view(-1, 30) @ params["W1"])
    loss = F.cross_entropy(h @ params["W2"], Y[ix])
    for p in params.values():
        p.grad = None
    loss.backward()
    if step in (0, 200):
        ud = {k: round(((lr * p.grad).std() / p.data.std()).log10().item(), 2)
              for k, p in params.items()}
        print(f"step {step}: log10 update/data", ud)
    with torch.no_grad():
        for p in params.values():
            p -= lr * p.grad
# --8<-- [end:example]
