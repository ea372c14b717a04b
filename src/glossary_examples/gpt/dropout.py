r"""dropout

Dropout zeroes each element of its input at random with probability p during training and multiplies the surviving elements by 1/(1 − p), so every element keeps its expected value (for p < 1); in evaluation mode it passes the input through unchanged.

Each training step thus trains a different random sub-network, so no unit can rely on
one particular other unit being present; this regularizes a large network. The idea is
Srivastava et al.'s (2014). Scaling the survivors during training ("inverted dropout")
keeps the expected value: $(1-p) \cdot \frac{x}{1-p} + p \cdot 0 = x$, so at evaluation
time nothing needs rescaling and `nn.Dropout` simply returns its input. At $p = 1$ there
is no survivor to scale: `nn.Dropout(1.0)` returns zeros in training.

Which behaviour you get depends on the module's mode: `model.train()` (the default) and
`model.eval()` switch every submodule at once. Forgetting `model.eval()` before measuring
a loss or generating text leaves dropout on, and the results change from call to call.
The lecture's `estimate_loss` therefore calls `model.eval()` and goes back with
`model.train()`.

When scaling up its GPT the lecture adds dropout (p = 0.2) in three places: on the
attention weights after the softmax (so, in training, a row of weights no longer sums to
exactly 1, only on average), after the projection of multi-head attention, and at the end
of the feed-forward layer. `nn.Dropout` has no `generator` argument; it draws from
PyTorch's global generator, which `torch.manual_seed` seeds.

>>> import torch
>>> drop = torch.nn.Dropout(p=0.5).eval()
>>> drop(torch.ones(3))
tensor([1., 1., 1.])
"""

ALIASES = ('nn.Dropout', 'F.dropout', 'inverted dropout')
SEE_ALSO = ("regularization", "overfitting")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Dropout.html"

# --8<-- [start:example]
import torch
import torch.nn as nn

torch.manual_seed(1337)
drop = nn.Dropout(p=0.2)  # a new module is in training mode
x = torch.ones(2, 8)
print(drop(x))  # zeros, and survivors scaled to 1 / (1 - 0.2) = 1.25
drop.eval()
print(drop(x))  # evaluation mode: unchanged

drop.train()
big = torch.full((1000, 1000), 3.0)
out = drop(big)
print(f"zeroed: {(out == 0).float().mean():.4f} of the elements (p = 0.2)")
print(f"mean before: {big.mean():.4f}, after: {out.mean():.4f}")
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

from glossary_examples.gpt.model import GPTLanguageModel

torch.manual_seed(1337)
model = GPTLanguageModel(vocab_size=65, block_size=8, n_embd=16, n_head=2, n_layer=1,
                         dropout=0.2)
xb = torch.randint(65, (4, 8))
yb = torch.randint(65, (4, 8))
with torch.no_grad():
    print("train mode:", [round(model(xb, yb)[1].item(), 4) for _ in range(3)])
    model.eval()  # every nn.Dropout inside the model
    print("eval mode: ", [round(model(xb, yb)[1].item(), 4) for _ in range(3)])
# --8<-- [end:pitfall]
