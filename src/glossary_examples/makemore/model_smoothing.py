r"""model smoothing

Smoothing gives a little probability to events a model never saw in training so that none gets probability 0; makemore adds k fake counts to every bigram before normalising (additive smoothing).

With counts $N$ and $V = 27$ symbols, additive smoothing gives

$$P_k(j \mid i) = \frac{N_{ij} + k}{\sum_{j'} N_{ij'} + V k}.$$

$k = 0$ is the unsmoothed maximum likelihood table, $k = 1$ is Laplace (add-one)
smoothing, and as $k$ grows every row approaches the uniform distribution $1/27$. With
any $k > 0$ no bigram has probability 0, so no word gets an infinite negative log
likelihood (NLL). In float32 ([floating-point precision](../pytorch/floating_point_precision.md))
"any" has a floor: for a $k$ below about $10^{-41}$, $k$
divided by a row sum of the census counts underflows to 0 and the zeros come back.

Smoothing trades fit for robustness. The NLL on the training words is lowest at
$k = 0$, their maximum likelihood estimate, and rises steadily with $k$. On words the
model did not count, the NLL is infinite at $k = 0$ as soon as one of their bigrams is
unseen; it is typically lowest at some small $k$ (about 0.13 for the held-out census names
below) and rises again once $k$ is so large that the table forgets what it counted. The samples change too: name-like strings at small $k$,
random letters at large $k$. In the neural bigram model, L2 regularization of the
weights plays a similar role: it pulls $W$ towards 0, and $W = 0$ gives uniform rows.

"Smoothing" is also used more broadly for other ways of spreading probability (for
example label smoothing of classification targets); this page is about additive
smoothing of counts. Further reading:
[Additive smoothing (Wikipedia)](https://en.wikipedia.org/wiki/Additive_smoothing).

The numbers here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline), because the lecture's
`names.txt` (32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints its NLL at $k = 0$ and $k = 1$.

>>> import torch
>>> counts = torch.tensor([0.0, 5.0, 5.0])
>>> (counts + 1) / (counts + 1).sum()
tensor([0.0769, 0.4615, 0.4615])
>>> (counts + 1e6) / (counts + 1e6).sum()
tensor([0.3333, 0.3333, 0.3333])
"""

ALIASES = ("smoothing", "additive smoothing", "add-k smoothing", "count smoothing")
SEE_ALSO = ("add_one_smoothing", "maximum_likelihood_estimation", "negative_log_likelihood", "regularization",
            "overfitting", "bigram_language_model")
DOCS = ""

# --8<-- [start:example]
import torch

from glossary_examples.makemore.counts import (average_nll, count_matrix, encode,
                                                 probabilities, sample)
from glossary_examples.makemore.data import load_names

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
N = count_matrix(words)
xs, ys = encode(words)
for k in (0, 1, 100, 10_000):
    P = probabilities(N, k)  # (N + k), each row divided by its sum
    g = torch.Generator().manual_seed(2147483647)
    nll = average_nll(P, xs, ys)
    print(f"k = {k}: training NLL {nll:.4f}, smallest p {P.min().item():.5f}")
    print("    samples:", " ".join(sample(P, g) for _ in range(3)))
# --8<-- [end:example]

# --8<-- [start:figure]
import math

import matplotlib.pyplot as plt

from glossary_examples.makemore.counts import (average_nll, count_matrix, encode,
                                                 probabilities)
from glossary_examples.makemore.data import load_names

words = load_names()
train = [w for i, w in enumerate(words) if i % 10]  # 9 of 10 names are counted ...
held_out = words[::10]  # ... every 10th is kept aside
N = count_matrix(train)
ks = [0.001 * 2**i for i in range(27)]  # 0.001 to about 67,000
xs, ys = encode(train)
train_nll = [average_nll(probabilities(N, k), xs, ys) for k in ks]
xs, ys = encode(held_out)
held_out_nll = [average_nll(probabilities(N, k), xs, ys) for k in ks]
best = held_out_nll.index(min(held_out_nll))
fig, ax = plt.subplots()
ax.semilogx(ks, train_nll, label="training names")
ax.semilogx(ks, held_out_nll, label="held-out names (inf at k = 0)")
ax.plot(ks[best], held_out_nll[best], "oC1", label=f"its minimum, k = {ks[best]:.3f}")
ax.axhline(math.log(27), color="C2", linestyle="--", label="uniform: log 27")
ax.set_xlabel("k, the count added to every bigram")
ax.set_ylabel("average NLL")
ax.set_title("Additive smoothing: NLL against k")
ax.legend(loc="center left")
plt.show()
# --8<-- [end:figure]

# --8<-- [start:neural]
import torch
import torch.nn.functional as F

W = torch.zeros((27, 27))  # where L2 regularization pulls the weights
print("softmax of W = 0, first row:", F.softmax(W, dim=1)[0, :3], "...")
print("1/27 =", round(1 / 27, 4))
# --8<-- [end:neural]
