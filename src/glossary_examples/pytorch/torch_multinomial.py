r"""torch.multinomial

torch.multinomial(weights, num_samples) draws random indices (not values) from a tensor of non-negative weights, picking each index with probability proportional to its weight.

The result is an `int64` tensor of positions into `weights`; to get the values or characters,
use those positions to index something else (`itos[ix]` in makemore). The weights need not sum
to 1: `[1, 10, 3, 0]` picks index 1 with probability $10/14$, and never picks index 3, whose
weight is 0. They must be non-negative, finite, and not all zero, or it raises a `RuntimeError`.

- **`replacement=False` (the default)**: an index is not put back once drawn, so one call
  returns each index at most once, and asking for more samples than there are weights
  raises a `RuntimeError`. The documentation also says `num_samples` must be lower than the
  number of non-zero weights; what you get beyond that is not specified, so stay within it.
- **`replacement=True`**: every draw uses the full weights again, so indices repeat and
  `num_samples` can be as large as you like. Drawing many samples from one distribution
  needs this; makemore's sampling loop draws one index at a time (`num_samples=1`).
- **`generator=g`**: the draws come from `g`'s stream. The same seed and the same sequence of
  calls give the same indices; in the lecture `g` is seeded once and used first by
  `torch.rand` and then by `torch.multinomial`, so those 20 indices depend on both calls.

With a 2-D input, each row is its own set of weights and the result has shape
`(rows, num_samples)`.

>>> import torch
>>> g = torch.Generator().manual_seed(2147483647)
>>> p = torch.rand(3, generator=g)
>>> p = p / p.sum()
>>> ix = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
>>> ix
tensor([1, 1, 2, 0, 0, 2, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1])
>>> ix.dtype
torch.int64
>>> g = torch.Generator().manual_seed(0)
>>> draws = torch.multinomial(torch.tensor([1.0, 10.0, 3.0, 0.0]), 1000, replacement=True, generator=g)
>>> (draws == 3).any().item(), round((draws == 1).float().mean().item(), 1)
(False, 0.7)
"""

ALIASES = ("Tensor.multinomial", "sampling indices")
SEE_ALSO = ("torch_rand", "torch_generator", "multinomial", "sampling")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.multinomial.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
print("p:", p)
ix = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
print("indices:", ix)
print("dtype:", ix.dtype)
print("times 0, 1, 2 came up:", torch.bincount(ix, minlength=3))
print("expected (20 * p):    ", 20 * p)
# --8<-- [end:example]

# --8<-- [start:weights]
import torch

g = torch.Generator().manual_seed(0)
weights = torch.tensor([1.0, 10.0, 3.0, 0.0])  # need not sum to 1
print("2 draws, no replacement:", torch.multinomial(weights, 2, generator=g))
print("12 draws, replacement:  ", torch.multinomial(weights, 12, replacement=True, generator=g))
rows = torch.tensor([[1.0, 1.0, 1.0], [0.0, 0.0, 5.0]])  # one set of weights per row
print("2-D input, 4 draws per row:")
print(torch.multinomial(rows, 4, replacement=True, generator=g))
try:
    torch.multinomial(weights, 5)  # 5 distinct indices out of only 4
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:weights]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
ix = torch.multinomial(p, num_samples=100_000, replacement=True, generator=g)
freq = torch.bincount(ix, minlength=3) / len(ix)
plt.bar([-0.2, 0.8, 1.8], p.tolist(), width=0.4, color="C0", label="p (weights)")
plt.bar([0.2, 1.2, 2.2], freq.tolist(), width=0.4, color="C1", label="share of 100,000 draws")
plt.xticks([0, 1, 2], ["index 0", "index 1", "index 2"])
plt.ylabel("probability / frequency")
plt.legend()
plt.show()
# --8<-- [end:figure]
