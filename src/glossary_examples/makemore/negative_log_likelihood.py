r"""negative log likelihood (NLL)

The negative log likelihood (NLL) of a model on some data is minus the log of the probability the model gave each observed target, usually averaged over the targets; lower is better.

For $n$ targets $y_1, \dots, y_n$ to which the model gave probabilities
$p(y_1), \dots, p(y_n)$, the average NLL is

$$\mathrm{NLL} = -\frac{1}{n}\sum_{i=1}^{n} \log p(y_i).$$

Each term $-\log p$ is 0 when the model gave the target probability 1 and grows without
bound as the probability goes to 0, so the NLL is 0 only if every target got probability
1, and it is infinite as soon as one target got probability 0 (which is why count tables
are smoothed). A model that spreads its probability evenly over $V$ tokens scores
$\log V$: $\log 27 \approx 3.2958$ for makemore's 27 characters.

The NLL is the negative of the log likelihood divided by $n$, so minimising it is
maximising the likelihood (maximum likelihood estimation); averaging rather than summing
keeps the value comparable between datasets of different sizes. It is the usual loss
for training a language model, and applied to softmax outputs it is the cross-entropy
loss.
`F.nll_loss` computes it from *log*-probabilities, not from probabilities.

The numbers here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline), because the lecture's
`names.txt` (32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints its average NLL, both accurately and as the lecture's
loop sums it.

>>> import math
>>> -math.log(1.0) == 0, round(-math.log(1 / 27), 4)
(True, 3.2958)
>>> import torch
>>> -torch.tensor([0.5, 0.0]).log().mean()
tensor(inf)
"""

ALIASES = ("NLL", "negative log-likelihood", "average negative log likelihood", "F.nll_loss", "nll_loss")
SEE_ALSO = ("log_likelihood", "maximum_likelihood_estimation", "cross_entropy", "softmax", "loss",
            "model_smoothing", "logits")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.nll_loss.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

from glossary_examples.makemore.counts import count_matrix, encode, probabilities
from glossary_examples.makemore.data import load_names, stoi

P = probabilities(count_matrix(load_names()), k=1)  # census table, +1 smoothing
chs = ["."] + list("emma") + ["."]
logprobs = []
for ch1, ch2 in zip(chs, chs[1:]):
    p = P[stoi[ch1], stoi[ch2]]
    logprobs.append(p.log())
    print(f"{ch1}{ch2}: p = {p.item():.4f}   -log p = {-p.log().item():.4f}")
print(f"average NLL of emma: {-torch.stack(logprobs).mean().item():.4f}")

xs, ys = encode(load_names())  # all 36,122 bigrams of the corpus
print(f"average NLL of the corpus: {-P[xs, ys].log().mean().item():.4f}")
print(f"F.nll_loss(log-probs):     {F.nll_loss(P[xs].log(), ys).item():.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

p = torch.linspace(0.01, 1, 200)
plt.plot(p, -p.log())
plt.axhline(torch.log(torch.tensor(27.0)), color="C1", linestyle="--",
            label="log 27: uniform over 27 characters")
plt.xlabel("p, the probability the model gave the target")
plt.ylabel("-log p")
plt.title("-log p is 0 at p = 1 and grows without bound as p -> 0")
plt.legend()
plt.show()
# --8<-- [end:figure]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

from glossary_examples.makemore.counts import count_matrix, encode, probabilities
from glossary_examples.makemore.data import load_names

P = probabilities(count_matrix(load_names()))  # no smoothing: unseen bigrams get 0
xs, ys = encode(["andrej"])  # the census has no name ending in 'j'
print("p of each bigram:", [round(p, 4) for p in P[xs, ys].tolist()])
print("NLL of andrej, unsmoothed:", (-P[xs, ys].log().mean()).item())

xs, ys = encode(["emma"])
print("F.nll_loss(probs)     (wrong):", round(F.nll_loss(P[xs], ys).item(), 4))
print("F.nll_loss(log probs) (right):", round(F.nll_loss(P[xs].log(), ys).item(), 4))
# --8<-- [end:pitfall]
