r"""logits

Logits are the raw scores a classifier outputs, one per class: unnormalized log-probabilities (log-counts), which softmax turns into probabilities.

A logit can be any real number, negative ones included. Calling logits "unnormalized
probabilities", as some texts do, is misleading: a probability-like quantity can never be
negative. Logits live on the **log** scale. Karpathy calls them *log-counts*: exponentiate
them and you get positive numbers that play the role of counts; divide those by their sum
and you get probabilities. The two steps together are softmax:

$$p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}, \qquad \log p_i = z_i - \log \sum_j e^{z_j}.$$

The second form is the exact relation. Each log-probability is its logit minus one number
shared by the whole row (the log-sum-exp). So adding the same constant to every logit of a
row changes no probability (in floating point, up to rounding, and only while the constant
is small next to the logits), and only differences between logits matter:
$z_i - z_j = \log(p_i / p_j)$, the log-odds of class $i$ against class $j$. The name comes
from the *logit* function of statistics, $\log(p / (1 - p))$: with two classes and logits
$(z, 0)$, the first class has probability $\sigma(z)$ and $z$ is exactly its logit.

In makemore's bigram network, `logits = xenc @ W` gives one row of 27 logits per input
character. `logits.exp()` stands in for the count table `N`, and normalizing its rows gives
the probabilities `P`. `F.cross_entropy` takes the logits directly and applies the
log-softmax itself, which does not overflow for large finite logits. Further reading:
[logits in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#logits).

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([-2.0, 0.0, 3.0])
>>> F.softmax(logits, dim=0)  # a negative logit is fine; the probabilities are positive
tensor([0.0064, 0.0471, 0.9465])
>>> torch.allclose(F.softmax(logits, dim=0).log(), logits - logits.logsumexp(0))
True
>>> torch.allclose(F.softmax(logits + 100, dim=0), F.softmax(logits, dim=0))
True
"""

ALIASES = ("logit", "log-counts")
SEE_ALSO = ("softmax", "exp", "one_hot_encoding", "cross_entropy", "negative_log_likelihood")
DOCS = ""

# --8<-- [start:example]
import torch
import torch.nn.functional as F

W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
# one input: the start symbol '.'
xenc = F.one_hot(torch.tensor([0]), num_classes=27).float()
logits = xenc @ W                             # log-counts: any real number
counts = logits.exp()                         # positive, like the bigram counts N
probs = counts / counts.sum(1, keepdim=True)  # each row now sums to 1
print("logits[:5]:", logits[0, :5])
print("counts[:5]:", counts[0, :5])
print("probs[:5]: ", probs[0, :5])
print("negative logits:", (logits < 0).sum().item(), "of 27")
print("all counts > 0:", (counts > 0).all().item())
print("sum of probs:", round(probs.sum().item(), 6))
print("equal to F.softmax up to rounding:",
      torch.allclose(probs, F.softmax(logits, dim=1)))
print("log(probs) - logits:", (probs.log() - logits)[0, :5])
print("-logsumexp(logits): ", -logits.logsumexp(1))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

logits = torch.tensor([-2.0, 0.0, 1.0, 3.0])
# treats logits as unnormalized probabilities
wrong = logits / logits.sum()
right = logits.exp() / logits.exp().sum()    # exponentiate first, then normalize
print("logits / logits.sum():", wrong, " sum:", wrong.sum().item())
print("softmax(logits):      ", right, " sum:", round(right.sum().item(), 6))
# --8<-- [end:pitfall]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import itos

W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
logits = W[0]  # the row xenc @ W selects for the input '.'
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(8, 4.5))
top.bar(range(27), logits.tolist(), color="C0")
top.axhline(0, color="C7", linewidth=0.8)
top.set_ylabel("logit")
top.set_title("logits after '.': any sign")
bottom.bar(range(27), F.softmax(logits, dim=0).tolist(), color="C1")
bottom.set_ylabel("probability")
bottom.set_title("softmax(logits): positive, summing to 1")
bottom.set_xticks(range(27), [itos[i] for i in range(27)])
bottom.set_xlabel("next character")
plt.show()
# --8<-- [end:figure]
