r"""Bessel's correction (unbiased variance)

Bessel's correction divides a sample's sum of squared deviations from its mean by n - 1 instead of n, which makes the sample variance an unbiased estimate of the variance of the distribution the sample was drawn from.

The deviations of a sample are measured from the sample's own mean $\bar x$, which sits
closer to the sample's values than the true mean does, so $\sum_i (x_i - \bar x)^2$ is on
average too small: its expected value is $(n - 1)\sigma^2$, not $n\sigma^2$. Dividing by
$n - 1$ corrects for that:

$$s^2_{\text{biased}} = \frac{1}{n}\sum_{i=1}^n (x_i - \bar x)^2, \qquad
s^2_{\text{unbiased}} = \frac{1}{n - 1}\sum_{i=1}^n (x_i - \bar x)^2 = \frac{n}{n-1}\, s^2_{\text{biased}}.$$

For large $n$ the two hardly differ; for a batch of 32 the unbiased variance is
$32/31 \approx 1.032$ times larger (1.6% for the standard deviation); for $n = 1$ the
unbiased variance is undefined (0/0) and PyTorch returns `nan` with a warning.

**Which one does what.** Libraries disagree on the default, a common source of small
mismatches:

- `torch.var` and `torch.std` divide by $n - 1$ by default (`correction=1`; the older
  keyword `unbiased=True`); `correction=0` divides by $n$.
- NumPy's `np.var` and `np.std` divide by $n$ by default (`ddof=0`); `ddof=1` gives $n - 1$.
- `nn.BatchNorm1d` in training mode normalizes the batch with the **biased** variance, but
  updates `running_var` with the **unbiased** one, so training and evaluation use
  slightly different estimates.
- makemore part 4 uses the unbiased variance in both places: normalizing with one
  estimate in training and another at inference is a mismatch it prefers to avoid, and
  with small batches the difference is not negligible.

>>> import torch, numpy as np
>>> x = torch.tensor([2.0, 4.0, 4.0, 5.0])
>>> round(x.var().item(), 4), x.var(correction=0).item()
(1.5833, 1.1875)
>>> float(np.var(x.numpy())), round(float(np.var(x.numpy(), ddof=1)), 4)
(1.1875, 1.5833)
"""

ALIASES = ("Bessel correction", "unbiased variance", "biased variance", "unbiased=True",
           "correction=1", "ddof", "sample variance", "n - 1")
SEE_ALSO = ("batch_normalization", "running_statistics", "batch_normalization_backward")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.var.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
samples = torch.randn(100_000, 5, generator=g)  # 100,000 samples of 5, variance 1
biased = samples.var(1, correction=0)  # divide by n = 5
unbiased = samples.var(1)  # torch's default: divide by n - 1 = 4
print(f"average biased variance:   {biased.mean().item():.4f}   (expected 4/5 = 0.8)")
print(f"average unbiased variance: {unbiased.mean().item():.4f}   (expected 1)")
print("unbiased = biased * 5/4:", torch.allclose(unbiased, biased * 5 / 4))
# --8<-- [end:example]

# --8<-- [start:batchnorm]
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn(32, 3, generator=g)
bn = torch.nn.BatchNorm1d(3, momentum=1.0)  # momentum 1: running_var = this batch's
y = bn(x)
biased, unbiased = x.var(0, correction=0), x.var(0)
print("normalizes with the biased variance:",
      torch.allclose(y, (x - x.mean(0)) / (biased + 1e-5).sqrt(), atol=1e-5))
print("running_var is the unbiased variance:", torch.allclose(bn.running_var, unbiased))
print(f"their ratio for n = 32: {(unbiased / biased).mean().item():.4f} = 32/31")
# --8<-- [end:batchnorm]
