r"""add-one smoothing (N+1).float()

Add-one smoothing adds a pseudocount of 1 to every bigram count before the rows are normalised, so that no bigram gets probability 0 and the negative log-likelihood can never be infinite.

A bigram model built from raw counts gives probability 0 to every pair of characters it never
saw. One such pair in a name (say `jq`) makes the probability of the whole name 0 and its
negative log-likelihood $-\log 0 = \infty$. makemore avoids this with
`P = (N + 1).float()`: `N + 1` adds 1 to every cell of the integer count matrix (it stays
`int32`, which is fine for any count below $2^{31} - 1$, the largest `int32`), `.float()`
converts the result, and the rows are then divided by their sums.

With a pseudocount $k$ (add-one is $k = 1$; it is also called Laplace smoothing) and $V$
possible next characters ($V = 27$ in makemore), row $i$ becomes
$$P_{ij} = \frac{N_{ij} + k}{\sum_{j'} N_{ij'} + kV}.$$
$k = 0$ gives back the raw maximum-likelihood probabilities. A larger $k$ pulls every
probability of the row toward the uniform $1/V$, because the pseudocounts outweigh the
real counts; a smaller $k$ keeps the peaks of the data. The price is that seen bigrams
lose some probability, so the average negative log-likelihood on the training data
itself goes up (a little when the rows hold many counts, a lot when they hold few; not at
all only if every row's counts are already equal): the raw counts are the best possible
fit to the training data, and smoothing trades some of that fit for never being
infinitely surprised.

Further reading: [Additive smoothing](https://en.wikipedia.org/wiki/Additive_smoothing)
on Wikipedia.

>>> import torch
>>> N = torch.tensor([[0, 5, 5]], dtype=torch.int32)
>>> P = (N + 1).float()
>>> P = P / P.sum(1, keepdim=True)
>>> P
tensor([[0.0769, 0.4615, 0.4615]])
>>> bool((P > 0).all())
True
>>> (N + 1).dtype, (N + 1).float().dtype
(torch.int32, torch.float32)
"""

ALIASES = ("add-1 smoothing", "(N+1).float()", "pseudocount")
SEE_ALSO = ("model_smoothing", "negative_log_likelihood", "regularization", "tensor_float", "sum_keepdim")
DOCS = ""  # a technique, not a library function; the definition links further reading

# --8<-- [start:example]
import torch

N = torch.tensor([[0, 5, 5], [4, 0, 1]], dtype=torch.int32)  # two rows of bigram counts
raw = N.float() / N.float().sum(1, keepdim=True)
P = (N + 1).float()  # add one to every count
P = P / P.sum(1, keepdim=True)
print("raw probabilities:")
print(raw)
print("add-one probabilities:")
print(P)
print("-log p of the unseen bigram in row 0, column 0:")
print("  raw:    ", -raw[0, 0].log().item())
print("  add-one:", round(-P[0, 0].log().item(), 4))
# --8<-- [end:example]

# --8<-- [start:pseudocounts]
import torch

counts = torch.tensor([0.0, 5.0, 5.0, 20.0])  # one row of counts, 4 next characters
for k in [0, 1, 10, 100, 1_000_000]:
    p = (counts + k) / (counts + k).sum()
    print(f"k = {k:>9}: {[round(x, 4) for x in p.tolist()]}")
print("uniform:       ", [1 / len(counts)] * len(counts))
# --8<-- [end:pseudocounts]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

counts = torch.tensor([0.0, 5.0, 5.0, 20.0])
for i, k in enumerate([0, 1, 10, 100]):
    p = (counts + k) / (counts + k).sum()
    x = [j + 0.2 * i - 0.3 for j in range(4)]
    plt.bar(x, p.tolist(), width=0.2, color=f"C{i}", label=f"k = {k}")
plt.axhline(1 / 4, color="C4", linestyle="--", label="uniform, 1/4")
plt.xticks(range(4), ["count 0", "count 5", "count 5", "count 20"])
plt.xlabel("next character (its raw count)")
plt.ylabel("probability")
plt.legend()
plt.show()
# --8<-- [end:figure]
