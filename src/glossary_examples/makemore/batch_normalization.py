r"""batch normalization (BatchNorm)

Batch normalization standardizes each feature of a layer's output over the examples of the current batch (subtract the batch mean, divide by the batch standard deviation) and then scales and shifts it by two learned parameters per feature, gamma and beta.

For a batch of $n$ examples and one feature with values $x_1, \dots, x_n$:

$$\mu = \frac{1}{n}\sum_i x_i, \qquad \sigma^2 = \frac{1}{n}\sum_i (x_i - \mu)^2, \qquad
\hat x_i = \frac{x_i - \mu}{\sqrt{\sigma^2 + \epsilon}}, \qquad y_i = \gamma \hat x_i + \beta.$$

Each feature of $\hat x$ has mean 0 over the batch and standard deviation
$\sigma / \sqrt{\sigma^2 + \epsilon}$: 1 when $\sigma^2$ is much larger than the small
constant $\epsilon$ (1e-5 by default), less when it is not, and 0 (up to rounding) for a
constant feature, where $\epsilon$ avoids dividing 0 by 0. The gain $\gamma$
(`bngain`, starting at 1) and bias $\beta$ (`bnbias`, starting at 0) are trained with
the other parameters, so the network can give each feature any scale and offset it needs,
including undoing the normalization.

makemore part 3 puts it between the linear layer and the tanh: at initialization
($\gamma = 1$, $\beta = 0$) each pre-activation reaches the tanh with standard deviation
about 1 whatever the scale of the weights (as long as its variance is well above
$\epsilon$), which keeps the units out of saturation and makes deep networks far less
sensitive to the initialization (S. Ioffe and C. Szegedy, 2015). Training can still grow
$\gamma$ and saturate them. The price is that the examples of a batch are no longer
processed independently: each example's output depends on the other examples in its
batch, through $\mu$ and $\sigma$. The lecture notes this jitter acts as a regularizer,
but it also means a batch of one example, one value per feature, has nothing to
normalize with in training mode (`nn.BatchNorm1d` refuses it), and evaluation needs
running statistics (see train and eval mode).

`nn.BatchNorm1d(num_features)` does this in training mode, dividing by $n$ (the biased
variance) as above; the lecture's hand-written version divides by $n - 1$ (see Bessel's
correction), a difference of about 1.6% in the standard deviation for a batch of 32.

Further reading: S. Ioffe and C. Szegedy, *Batch Normalization* (2015),
<https://arxiv.org/abs/1502.03167>.

>>> import torch
>>> x = torch.tensor([[1.0, 10.0], [3.0, 30.0]])
>>> torch.nn.BatchNorm1d(2)(x).detach().round(decimals=4)
tensor([[-1., -1.],
        [ 1.,  1.]])
"""

ALIASES = ("BatchNorm", "batch norm", "batchnorm", "batch normalisation", "batch normalization",
           "BatchNorm1d", "nn.BatchNorm1d", "bngain", "bnbias", "F.batch_norm")
SEE_ALSO = ("running_statistics", "train_and_eval_mode", "bias_before_batch_normalization",
            "batch_normalization_backward", "bessel_correction", "tanh_saturation",
            "data_normalization")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
scale = torch.tensor([0.1, 1.0, 5.0, 20.0])
x = torch.randn(32, 4, generator=g) * scale + torch.tensor([3.0, 0.0, -2.0, 10.0])

mean = x.mean(0, keepdim=True)  # (1, 4): one mean per feature, over the batch
var = x.var(0, keepdim=True, unbiased=False)  # (1, 4): divided by n
xhat = (x - mean) / torch.sqrt(var + 1e-5)
gamma, beta = torch.ones(1, 4), torch.zeros(1, 4)  # learned; their initial values
out = gamma * xhat + beta

print("means before:", [round(m, 3) for m in x.mean(0).tolist()])
print("stds before: ", [round(s, 3) for s in x.std(0, unbiased=False).tolist()])
print("largest |mean| after:", f"{out.mean(0).abs().max().item():.1e}")
print("stds after:  ", [round(s, 4) for s in out.std(0, unbiased=False).tolist()])
bn = torch.nn.BatchNorm1d(4)  # a new module is in training mode, gamma 1, beta 0
print("same as nn.BatchNorm1d:", torch.allclose(out, bn(x), atol=1e-5))
# --8<-- [end:example]

# --8<-- [start:coupling]
import torch

g = torch.Generator().manual_seed(42)
bn = torch.nn.BatchNorm1d(3)  # training mode
example = torch.randn(1, 3, generator=g)
batch_a = torch.cat([example, torch.randn(7, 3, generator=g)])
batch_b = torch.cat([example, torch.randn(7, 3, generator=g)])
print("same example in batch a:", [round(v, 4) for v in bn(batch_a)[0].tolist()])
print("same example in batch b:", [round(v, 4) for v in bn(batch_b)[0].tolist()])
# --8<-- [end:coupling]
