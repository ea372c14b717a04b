r"""multinomial distribution

The multinomial distribution gives the probability of each possible vector of counts when n independent draws are made from k categories with fixed probabilities.

Draw $n$ times, independently, from $k$ categories, where category $i$ has probability
$p_i$ each time, and count how often each category came up. The count vector
$(x_1, \dots, x_k)$, with $x_1 + \dots + x_k = n$, has the multinomial distribution:

$$P(x_1, \dots, x_k) = \frac{n!}{x_1! \cdots x_k!} \, p_1^{x_1} \cdots p_k^{x_k}.$$

The product is the probability of one particular order of draws; the fraction counts the
orders that give the same counts. Two special cases have their own names. With $k = 2$
categories it is the **binomial** distribution (the number of heads in $n$ coin flips).
With $n = 1$ draw it is the **categorical** distribution: the count vector holds a single
1, so it is a one-hot vector, and drawing it is the same as picking one index.

In PyTorch the name covers two different things:

- `torch.multinomial(p, num_samples, replacement=True)`, which makemore uses to sample
  characters, returns **indices**: `num_samples` independent categorical draws, as
  `int64`. Its own documentation says a stricter definition would differ and points to
  `torch.distributions.Multinomial`. `p` may hold weights that do not sum to 1, as long as
  they are non-negative and finite with a sum above 0. The default is
  `replacement=False`, which never returns an index twice; drawing one character at a
  time is unaffected, but for many draws from the same row pass `replacement=True`. Counting the indices (`torch.bincount`) gives one
  multinomial sample.
- `torch.distributions.Multinomial(total_count, probs)` is the distribution itself:
  `.sample()` returns a **count vector** (as floats) and `.log_prob(counts)` evaluates the
  formula above. It samples from the global generator (`torch.manual_seed`); it takes no
  `generator` argument.

Further reading, with the moments and the proofs:
[Multinomial distribution (Wikipedia)](https://en.wikipedia.org/wiki/Multinomial_distribution).

>>> import math
>>> import torch
>>> from torch.distributions import Multinomial
>>> binomial = Multinomial(5, probs=torch.tensor([0.3, 0.7])).log_prob(
...     torch.tensor([2.0, 3.0])).exp()
>>> round(binomial.item(), 4), round(math.comb(5, 2) * 0.3**2 * 0.7**3, 4)
(0.3087, 0.3087)
>>> torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 4, replacement=True).dtype
torch.int64
"""

ALIASES = ("multinomial", "torch.distributions.Multinomial", "categorical distribution")
SEE_ALSO = ("torch_multinomial", "sampling", "one_hot_encoding", "torch_generator")
DOCS = "https://docs.pytorch.org/docs/stable/distributions.html#multinomial"

# --8<-- [start:example]
import math
import torch
from torch.distributions import Multinomial

p = torch.tensor([0.6, 0.3, 0.1])  # the probabilities of 3 categories
g = torch.Generator().manual_seed(2147483647)
draws = torch.multinomial(p, num_samples=10, replacement=True, generator=g)
print("torch.multinomial, 10 indices:", draws, draws.dtype)
print("the indices counted:          ", torch.bincount(draws, minlength=3))

torch.manual_seed(2147483647)  # torch.distributions draws from the global generator
counts = Multinomial(total_count=10, probs=p).sample()
print("Multinomial(10, p).sample(), one count vector:", counts, " sum:",
      counts.sum().item())
prob = Multinomial(total_count=10, probs=p).log_prob(counts).exp().item()
formula = (math.factorial(10)
           / (math.factorial(3) * math.factorial(5) * math.factorial(2))
           * 0.6**3 * 0.3**5 * 0.1**2)
print("P(counts = 3, 5, 2):", round(prob, 5), " by the formula:", round(formula, 5))
# --8<-- [end:example]

# --8<-- [start:special_cases]
import math
import torch
from torch.distributions import Binomial, Multinomial

# k = 2 categories is the binomial: 2 heads in 5 flips of a coin with P(heads) = 0.3
two_categories = Multinomial(5, probs=torch.tensor([0.3, 0.7])).log_prob(
    torch.tensor([2.0, 3.0])).exp()
binomial = Binomial(5, probs=torch.tensor(0.3)).log_prob(torch.tensor(2.0)).exp()
print("Multinomial(5, [0.3, 0.7]) at (2, 3):", round(two_categories.item(), 4))
print("Binomial(5, 0.3) at 2:               ", round(binomial.item(), 4))
print("closed form C(5, 2) 0.3^2 0.7^3:     ",
      round(math.comb(5, 2) * 0.3**2 * 0.7**3, 4))

# n = 1 draw is the categorical distribution: every count vector is one-hot
torch.manual_seed(2147483647)
print(Multinomial(1, probs=torch.tensor([0.6, 0.3, 0.1])).sample((4,)))
# --8<-- [end:special_cases]
