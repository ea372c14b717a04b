r"""torch.rand vs torch.randn

torch.rand draws random numbers uniformly from [0, 1), while torch.randn draws them from the standard normal distribution (mean 0, standard deviation 1), so randn values can be negative or above 1.

The two names differ by one letter and are easy to mix up. Both take
the shape as arguments (`torch.rand(3)`, `torch.randn(27, 27)`), both return `torch.float32`
by default, and both accept a `generator=` so the same seed gives the same numbers.

- **`torch.rand`, uniform on $[0, 1)$**: every value in the interval is equally likely; 0 can
  be drawn, 1 never is (in float32 the draws are whole multiples of $2^{-24}$, from 0 up to
  $1 - 2^{-24}$). The mean is $1/2$ and the standard deviation is
  $1/\sqrt{12} \approx 0.2887$. Because every value is non-negative, dividing by the sum gives
  a probability vector: that is how the makemore lecture makes its small example `p`.
- **`torch.randn`, standard normal $\mathcal{N}(0, 1)$**: a bell curve centred on 0; about 68% of
  the values fall within $\pm 1$, and about half are negative. makemore uses it to
  initialise weights, `W = torch.randn((27, 27), generator=g)`.
  See its [documentation](https://docs.pytorch.org/docs/stable/generated/torch.randn.html).

>>> import torch
>>> g = torch.Generator().manual_seed(2147483647)
>>> torch.rand(3, generator=g)
tensor([0.7081, 0.3542, 0.1054])
>>> u = torch.rand(10_000, generator=g)
>>> bool(u.min() >= 0), bool(u.max() < 1)
(True, True)
>>> z = torch.randn(10_000, generator=g)
>>> bool((z < 0).any()), bool((z > 1).any())
(True, True)
>>> u.dtype, z.dtype
(torch.float32, torch.float32)
"""

ALIASES = ("torch.rand", "torch.randn", "randn", "uniform random numbers", "normal random numbers")
SEE_ALSO = ("torch_generator", "torch_multinomial", "multinomial")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.rand.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)  # uniform on [0, 1): never negative
print("torch.rand(3):", p)
p = p / p.sum()  # non-negative values divided by their sum: a probability vector
print("normalised p: ", p)
print("sum of p:", round(p.sum().item(), 4))
# --8<-- [end:example]

# --8<-- [start:compare]
import torch

g = torch.Generator().manual_seed(2147483647)
u = torch.rand(100_000, generator=g)  # uniform on [0, 1)
z = torch.randn(100_000, generator=g)  # standard normal
print("rand : all >= 0:", bool(u.min() >= 0), " all < 1:", bool(u.max() < 1))
print(f"rand : mean {u.mean():.4f}  std {u.std():.4f}", end="  ")
print(f"(theory: 0.5 and 1/sqrt(12) = {12**-0.5:.4f})")
print(f"randn: mean {z.mean():.4f}  std {z.std():.4f}  (theory: 0 and 1)")
print(f"randn: min {z.min():.2f}  max {z.max():.2f}")
print(f"randn values below 0: {(z < 0).float().mean():.1%}")
print(f"randn values within [-1, 1]: {(z.abs() <= 1).float().mean():.1%}")
# --8<-- [end:compare]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

g = torch.Generator().manual_seed(2147483647)
u = torch.rand(100_000, generator=g)
z = torch.randn(100_000, generator=g)
bins = [i / 5 for i in range(-23, 24)]  # width 0.2, with edges at 0 and 1
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True,
                                  layout="constrained")
left.hist(u.numpy(), bins=bins, color="C0")
left.set_title("torch.rand: flat on [0, 1)")
right.hist(z.numpy(), bins=bins, color="C1")
right.set_title("torch.randn: bell curve around 0")
left.set_xlabel("value")
right.set_xlabel("value")
left.set_ylabel("draws per bin (of 100,000)")
plt.show()
# --8<-- [end:figure]
