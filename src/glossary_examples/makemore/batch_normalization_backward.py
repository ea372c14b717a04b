r"""BatchNorm backward (dhprebn)

The gradient of a batch normalization layer in training mode with respect to its input fits in one line per feature, dx = gamma / (n * sigma) * (n * dy - dy.sum(0) - c * xhat * (dy * xhat).sum(0)), where sigma = sqrt(var + eps), xhat is the normalized input, and c = n / (n - 1) when the variance divides by n - 1, c = 1 when it divides by n.

In training mode each output of batch normalization depends on *every* input of its
feature in the batch, through the batch mean and variance, so the backward pass has three
paths to each input: directly, through the mean and through the variance. makemore part 4
first backpropagates through each small step of the forward pass (`bnmeani`, `bndiff`,
`bndiff2`, `bnvar`, `bnvar_inv`, `bnraw`), then derives the whole layer's gradient on
paper. For one feature, with $\hat x_i = (x_i - \mu)/\sigma$, $\sigma = \sqrt{v + \epsilon}$
and $dy_i$ the gradient arriving at the output $y_i = \gamma \hat x_i + \beta$:

$$dx_i = \frac{\gamma}{n\sigma}\Big(n\,dy_i - \sum_j dy_j - c\,\hat x_i \sum_j dy_j \hat x_j\Big),$$

with $c = n/(n-1)$ for the lecture's variance $v$ with Bessel's correction (divided by
$n - 1$) and $c = 1$ for the biased variance (divided by $n$) that `nn.BatchNorm1d` uses to
normalize in training mode. In code, for a batch of $n$ rows:

```python
dhprebn = bngain * bnvar_inv / n * (n * dhpreact - dhpreact.sum(0)
                                    - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
```

The three terms are the three paths. The second one removes the mean of $dy$, so every
feature's $dx$ sums to zero over the batch: nudging all inputs of a feature by the same
amount changes nothing (which is why a bias before BatchNorm gets no gradient). The third
removes the part of $dy$ along $\hat x$, since scaling all inputs of a feature does not
change $\hat x$ either (apart from $\epsilon$). The gradients of the parameters are
`dbngain = (dhpreact * bnraw).sum(0, keepdim=True)` and
`dbnbias = dhpreact.sum(0, keepdim=True)`.

>>> import torch
>>> x = torch.tensor([[1.0], [2.0], [4.0]], dtype=torch.float64, requires_grad=True)
>>> torch.nn.functional.batch_norm(x, None, None, training=True)[0].backward()
>>> round(x.grad.sum().item(), 12)
0.0
"""

ALIASES = ("dhprebn", "batch norm backward", "BatchNorm gradient", "batchnorm backward",
           "backward pass of batch normalization")
SEE_ALSO = ("batch_normalization", "bessel_correction", "bias_before_batch_normalization",
            "broadcasting_backward", "gradient_check")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
n = 32
hprebn = torch.randn(n, 64, generator=g, requires_grad=True)
bngain = torch.randn(1, 64, generator=g) * 0.1 + 1.0
bnbias = torch.randn(1, 64, generator=g) * 0.1
bnvar_inv = (hprebn.var(0, keepdim=True) + 1e-5) ** -0.5  # lecture: variance / (n - 1)
bnraw = (hprebn - hprebn.mean(0, keepdim=True)) * bnvar_inv
hpreact = bngain * bnraw + bnbias
dhpreact = torch.randn(n, 64, generator=g) / n  # from above, sized like a mean loss's
hpreact.backward(dhpreact)

with torch.no_grad():
    dhprebn = bngain * bnvar_inv / n * (
        n * dhpreact
        - dhpreact.sum(0)
        - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
diff = (dhprebn - hprebn.grad).abs().max().item()
print("approximate:", torch.allclose(dhprebn, hprebn.grad), f" maxdiff: {diff:.1e}")
column_sums = dhprebn.sum(0).abs().max().item()
print(f"largest |sum over the batch| of dhprebn: {column_sums:.1e}")
# --8<-- [end:example]

# --8<-- [start:biased]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
n = 32
x = torch.randn(n, 64, generator=g, dtype=torch.float64, requires_grad=True)
gamma = torch.randn(64, generator=g, dtype=torch.float64) * 0.1 + 1.0
dy = torch.randn(n, 64, generator=g, dtype=torch.float64)
y = F.batch_norm(x, None, None, weight=gamma, training=True)  # as nn.BatchNorm1d
y.backward(dy)

with torch.no_grad():
    sigma = (x.var(0, unbiased=False) + 1e-5).sqrt()  # biased variance: c = 1
    xhat = (x - x.mean(0)) / sigma
    dx = gamma / (n * sigma) * (n * dy - dy.sum(0) - xhat * (dy * xhat).sum(0))
maxdiff = (dx - x.grad).abs().max().item()
print("float64, biased variance: maxdiff below 1e-12:", maxdiff < 1e-12)
# --8<-- [end:biased]
