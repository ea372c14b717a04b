r"""torch.multinomial

torch.multinomial(weights, num_samples) draws random indices (not values) from a tensor of non-negative weights, picking each index with probability proportional to its weight.

The result is an `int64` tensor of positions into `weights`; to get the values or characters,
use those positions to index something else (`itos[ix]` in makemore). The weights need not sum
to 1: `[1, 10, 3, 0]` picks index 1 with probability $10/14$, and never picks index 3, whose
weight is 0 (without replacement, only while you ask for no more indices than there are
non-zero weights, see below). The weights must be finite, non-negative and not all zero, or
it raises a `RuntimeError`.

- **`replacement=False` (the default)**: an index is not put back once drawn, so one call
  returns each index at most once, and asking for more samples than there are weights
  raises a `RuntimeError`. The documentation also says `num_samples` must be lower than the
  number of non-zero weights; PyTorch 2.13 does not check that: it returns every index with
  a non-zero weight first and then fills up with zero-weight ones.
- **`replacement=True`**: every draw uses the full weights again, so indices repeat and
  `num_samples` can be as large as you like. Drawing many samples from one distribution
  needs this; makemore's sampling loop draws one index at a time (`num_samples=1`).
- **`generator=g`**: the draws come from `g`'s stream. The same seed and the same sequence of
  calls give the same indices; in the lecture `g` is seeded once and used first by
  `torch.rand` and then by `torch.multinomial`, so the indices depend on both calls. The
  lecture draws 100 indices in that call, and PyTorch 2.13 reproduces all 100 exactly (the
  example prints the first 20).

With a 2-D input, each row is its own set of weights and the result has shape
`(rows, num_samples)`.

**One index per call is drawn another way.** With `replacement=True`, PyTorch 2.13 draws
`num_samples=1` differently from larger samples: it draws one exponential random number
$q_i$ per weight and returns the index with the largest $w_i / q_i$, which still picks
index $i$ with probability proportional to $w_i$. (Without replacement it always works this
way, returning the `num_samples` indices with the largest $w_i / q_i$.) So 20 calls with
`num_samples=1` do not repeat one call with `num_samples=20, replacement=True`, even from
the same generator state. This is why, with the lecture's
own data, the names it samples one character at a time come out differently on PyTorch 2.x
than in the video, which was recorded in 2022 with PyTorch 1.x. Further reading:
[issue #34 of the course repository](https://github.com/karpathy/nn-zero-to-hero/issues/34),
where learners found that PyTorch 1.13 still gives the lecture's draw and 2.0 does not.

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
>>> draws = torch.multinomial(torch.tensor([1.0, 10.0, 3.0, 0.0]), 1000,
...                           replacement=True, generator=g)
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
twelve = torch.multinomial(weights, 12, replacement=True, generator=g)
print("12 draws, replacement:  ", twelve)
rows = torch.tensor([[1.0, 1.0, 1.0], [0.0, 0.0, 5.0]])  # one set of weights per row
print("2-D input, 4 draws per row:")
print(torch.multinomial(rows, 4, replacement=True, generator=g))
four = torch.multinomial(weights, 4, generator=g)  # more than the 3 non-zero weights
print("4 draws, no replacement:", four)  # the zero weight, index 3, comes last
try:
    torch.multinomial(weights, 5)  # 5 distinct indices out of only 4
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:weights]

# --8<-- [start:one_at_a_time]
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
state = g.get_state()  # remember this point of g's stream
together = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
g.set_state(state)  # the same starting point for single draws
one_by_one = []
for _ in range(20):  # one index per call, as makemore's sampling loop draws
    one_by_one.append(torch.multinomial(p, 1, replacement=True, generator=g).item())
print("one call, 20 samples:", together.tolist())
print("20 calls, 1 sample:  ", one_by_one)
g.set_state(state)
q = torch.empty(3).exponential_(1, generator=g)  # how one single draw is made
print("argmax of p / q:", (p / q).argmax().item(), "| first single:", one_by_one[0])
# --8<-- [end:one_at_a_time]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
ix = torch.multinomial(p, num_samples=100_000, replacement=True, generator=g)
freq = torch.bincount(ix, minlength=3) / len(ix)
plt.bar([-0.2, 0.8, 1.8], p.tolist(), width=0.4, color="C0", label="p (weights)")
plt.bar([0.2, 1.2, 2.2], freq.tolist(), width=0.4, color="C1", label="share of draws")
plt.xticks([0, 1, 2], ["index 0", "index 1", "index 2"])
plt.ylabel("probability / frequency")
plt.legend()
plt.show()
# --8<-- [end:figure]
