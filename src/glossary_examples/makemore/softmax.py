r"""softmax

Softmax turns a vector of real-valued scores (logits) into a probability distribution: every output is positive and the outputs sum to 1.

It exponentiates each score and divides by the sum of the exponentials,
$\operatorname{softmax}(z)_i = e^{z_i} / \sum_j e^{z_j}$. A larger score gets a larger
share, but no class ever gets exactly 0. Adding the same constant to every score changes
nothing, because the common factor $e^c$ cancels; `F.softmax` uses this to subtract the
maximum first, so large scores do not overflow. In makemore, softmax turns the network's
logits into next-character probabilities.

>>> import torch
>>> import torch.nn.functional as F
>>> p = F.softmax(torch.tensor([2.0, 1.0, 0.1]), dim=0)
>>> round(p.sum().item(), 6)
1.0
>>> torch.allclose(p, F.softmax(torch.tensor([102.0, 101.0, 100.1]), dim=0))
True
"""

ALIASES = ("softmax function", "F.softmax", "torch.softmax", "normalized exponential")
SEE_ALSO = ()
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.softmax.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1])
by_hand = logits.exp() / logits.exp().sum()
probs = F.softmax(logits, dim=0)
print("by hand:  ", by_hand)
print("F.softmax:", probs)
print("sum:", probs.sum().item())
print("shifted by +100:", F.softmax(logits + 100, dim=0))
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1])
fig, (left, right) = plt.subplots(1, 2)
left.bar(["a", "b", "c"], logits.tolist())
left.set_title("logits (any real number)")
right.bar(["a", "b", "c"], F.softmax(logits, dim=0).tolist(), color="C1")
right.set_title("softmax (positive, sums to 1)")
plt.show()
# --8<-- [end:figure]
