r"""cross-entropy

Cross-entropy measures how well a predicted probability distribution q matches a target distribution p; when the target is a single correct class, it is minus the log of the probability the model gave that class.

For distributions over the same classes, $H(p, q) = -\sum_x p(x) \log q(x)$. When the
target puts all its probability on one class $y$ (the next character that actually
came), every term but one vanishes and $H = -\log q(y)$. Averaged over a batch of
examples, that is exactly the negative log likelihood of the targets, so in makemore
"cross-entropy loss" and "average NLL" are the same number (computed two ways, they can
differ in the last digits by rounding). For a fixed $p$ it is smallest when $q = p$.

`F.cross_entropy(logits, y)` takes raw scores (logits) of shape `(n, classes)` and class
indices `y` of shape `(n,)` and dtype `int64`, and returns (by default) the average NLL
of the softmax of the logits. It replaces the hand-written exp, normalise, index, log
and mean with one call that computes the log-softmax in a numerically safe way, so large
finite logits do not overflow. It expects logits, not probabilities: given probabilities, it
applies a softmax to them again and returns a wrong loss without any error.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
>>> y = torch.tensor([0, 1])
>>> by_hand = -F.softmax(logits, dim=1)[torch.arange(2), y].log().mean()
>>> torch.allclose(F.cross_entropy(logits, y), by_hand)
True
>>> torch.allclose(F.cross_entropy(logits, y),
...                F.nll_loss(F.log_softmax(logits, dim=1), y))
True
"""

ALIASES = ("cross entropy", "F.cross_entropy", "cross-entropy loss", "torch.nn.functional.cross_entropy",
           "nn.CrossEntropyLoss")
SEE_ALSO = ("negative_log_likelihood", "softmax", "logits", "maximum_likelihood_estimation", "loss")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.cross_entropy.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g)  # an untrained neural bigram model
xs = torch.tensor([0, 5, 13, 13, 1])  # . e m m a
ys = torch.tensor([5, 13, 13, 1, 0])  # e m m a .
logits = F.one_hot(xs, num_classes=27).float() @ W

counts = logits.exp()  # softmax by hand ...
probs = counts / counts.sum(1, keepdim=True)
nll = -probs[torch.arange(5), ys].log().mean()  # ... then the average NLL
loss = F.cross_entropy(logits, ys)  # the same, from the logits in one call
print(f"softmax + NLL by hand: {nll.item():.4f}")
print(f"F.cross_entropy:       {loss.item():.4f}")
print("equal up to rounding:", torch.allclose(nll, loss))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1]])
y = torch.tensor([0])
probs = F.softmax(logits, dim=1)
right = F.cross_entropy(logits, y)
wrong = F.cross_entropy(probs, y)  # softmax applied twice
print(f"-log p(target):             {-probs[0, 0].log().item():.4f}")
print(f"F.cross_entropy(logits, y): {right.item():.4f}  (right)")
print(f"F.cross_entropy(probs, y):  {wrong.item():.4f}  (wrong)")

big = logits * 100  # very confident scores
by_hand = -(big.exp() / big.exp().sum(1, keepdim=True))[0, y].log()
print("by hand with large logits:", by_hand.item())
print("F.cross_entropy:          ", F.cross_entropy(big, y).item())
# --8<-- [end:pitfall]
