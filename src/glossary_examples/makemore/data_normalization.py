r"""data normalization

In makemore, normalizing means dividing each row of counts (or of exponentiated logits) by the row's sum, so that every row becomes a probability distribution.

The word "normalization" names two different operations, and only the first is the one
makemore uses.

**Row normalization** (makemore). Row $i$ of the bigram count table $N$ holds how often
each character followed character $i$. Dividing the row by its sum,
$P_{ij} = N_{ij} / \sum_k N_{ik}$, turns it into the probabilities of the next character:
every entry lies between 0 and 1 and each row sums to 1 (up to rounding). It needs
non-negative entries and a positive row sum; a row of zeros becomes $0/0$, `nan`. Scaling
a whole row (ten times the data) gives the same $P$, up to rounding. The neural version
does the same to `logits.exp()`, and that pair of steps is [softmax](softmax.md). In code
it is `P / P.sum(1, keepdim=True)`; see [broadcasting](broadcasting.md) for why
`keepdim=True` matters. For non-negative rows with a sum above $10^{-12}$,
`F.normalize(P, p=1, dim=1)` gives the same values up to rounding; it divides by the larger
of the sum and `eps=1e-12`, so a row of zeros stays zeros there instead of becoming `nan`.

**Feature scaling** (the other meaning). Here the matrix is a data set: one row per
example, one column per input feature. Each *column* is rescaled so that features with
different units become comparable before they go into a model. *Standardization* maps a
column to $(x - \mu) / \sigma$, which gives mean 0 and standard deviation 1; *min-max
scaling* maps it to $(x - \min) / (\max - \min)$, which gives the range 0 to 1. Both need a
column that is not constant (otherwise they divide 0 by 0). The results can be negative and
the rows need not sum to 1: they are not probability distributions. The statistics ($\mu$,
$\sigma$, min, max) are computed on the training set and reused for new data. Makemore's
bigram models need no feature scaling (their inputs are one-hot); batch normalization, in
later parts of makemore, is a relative of standardization applied to hidden activations.
Further reading: [Feature scaling (Wikipedia)](https://en.wikipedia.org/wiki/Feature_scaling).

To tell them apart, ask which dimension is summed over and what comes out: row
normalization divides along `dim=1` and yields distributions; feature scaling works down
`dim=0` and yields comparable columns.

>>> import torch
>>> N = torch.tensor([[0., 4., 1.], [3., 1., 6.]])
>>> (N / N.sum(1, keepdim=True)).sum(1)
tensor([1., 1.])
>>> X = torch.tensor([[1., 200.], [2., 400.], [3., 600.]])
>>> ((X - X.mean(0)) / X.std(0)).std(0)
tensor([1., 1.])
"""

ALIASES = ("normalization", "normalisation", "row normalization", "feature scaling", "standardization",
           "min-max scaling")
SEE_ALSO = ("broadcasting", "softmax", "sum_keepdim", "bigram_language_model")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.normalize.html"

# --8<-- [start:example]
import torch

# bigram counts: row = previous character, column = next one
N = torch.tensor([[0., 4., 1.],
                  [3., 1., 6.],
                  [5., 2., 3.]])
P = N / N.sum(1, keepdim=True)   # divide every row by its own sum
print("row-normalized P:", P, sep="\n")
print("row sums:", P.sum(1), "  all entries in [0, 1]:",
      ((P >= 0) & (P <= 1)).all().item())

logits = torch.tensor([[-1.0, 0.5, 2.0]])  # a network's output row: any real numbers
counts = logits.exp()                      # positive, so they can be normalized like N
print("exp(logits) normalized:", counts / counts.sum(1, keepdim=True))
# --8<-- [end:example]

# --8<-- [start:feature_scaling]
import torch

# the same numbers read as a data set: 3 examples x 3 features
X = torch.tensor([[0., 4., 1.],
                  [3., 1., 6.],
                  [5., 2., 3.]])
standardized = (X - X.mean(0)) / X.std(0)                              # per column
min_max = (X - X.min(0).values) / (X.max(0).values - X.min(0).values)  # per column
print("standardized:", standardized, sep="\n")
print("column means ~ 0:", (standardized.mean(0).abs() < 1e-6).all().item(),
      "  column stds:", standardized.std(0))
print("min-max scaled:", min_max, sep="\n")
print("column min:", min_max.min(0).values, "  column max:", min_max.max(0).values)
print("row sums, not 1 in general:", standardized.sum(1), min_max.sum(1))
# --8<-- [end:feature_scaling]
