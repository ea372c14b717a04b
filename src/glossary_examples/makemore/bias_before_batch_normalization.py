r"""bias before BatchNorm

A bias added to a layer's output just before a batch normalization layer is useless: in training mode BatchNorm subtracts each feature's batch mean, which removes any constant added to that feature, so the bias changes nothing and its gradient is zero up to rounding error.

Adding $b_j$ to feature $j$ of every example adds $b_j$ to that feature's batch mean too,
and leaves its variance unchanged, so $x_{ij} + b_j - (\mu_j + b_j) = x_{ij} - \mu_j$: the
normalized output does not depend on $b$. A quantity that does not change the loss has a
zero gradient, so in exact arithmetic gradient descent never moves the bias. BatchNorm's own shift $\beta$
takes over its job. That is why makemore part 3 removes `b1` once the hidden layer is
batch-normalized, and why its later layers are created as `Linear(..., bias=False)`
before a `BatchNorm1d` (`nn.Linear(fan_in, fan_out, bias=False)` in `torch.nn`).

**Zero, up to rounding.** The bias's gradient is zero in exact arithmetic. In floating
point it is not, quite: the gradient of $b_j$ is a sum over the batch of terms that cancel
in exact arithmetic, and their rounding leaves a rest of the order of the machine epsilon
(about 1.2e-7 in float32, 2.2e-16 in float64) times the size of those terms, somewhat more
when a feature's values sit far from 0 compared with their spread. In the example it is
below 1e-9 (about 1e-10), against weight gradients of about 1e-3. The bias does move, by
amounts far too small to matter.

In eval mode BatchNorm subtracts its running mean instead of the batch mean, so there
the bias does shift the output. The running mean, though, absorbs the (unchanging) bias:
after $k$ training batches with momentum $m$ it holds $(1 - (1 - m)^k)\,b$ of it, so
once training has run long enough for $(1 - m)^k$ to be negligible, the bias cancels in
eval mode as well.

>>> import torch
>>> x = torch.tensor([[1.0], [2.0], [4.0]])
>>> bn = torch.nn.BatchNorm1d(1)
>>> torch.allclose(bn(x), bn(x + 0.5))
True
"""

ALIASES = ("bias before batch normalization", "useless bias", "Linear(bias=False)", "bias=False", "b1")
SEE_ALSO = ("batch_normalization", "bias", "gradient_check", "running_statistics")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn(32, 30, generator=g)  # a batch of 32 inputs
W1 = torch.randn(30, 200, generator=g, requires_grad=True)
b1 = torch.randn(200, generator=g, requires_grad=True)  # the bias before BatchNorm
bn = torch.nn.BatchNorm1d(200)  # training mode
target = torch.randn(32, 200, generator=g)

h = torch.tanh(bn(x @ W1 + b1))
loss = ((h - target) ** 2).mean()
loss.backward()
print(f"largest |W1.grad|: {W1.grad.abs().max().item():.2e}")
# rounding leftovers: the digits vary between machines
largest = b1.grad.abs().max().item()
print("largest |b1.grad| below 1e-9:", largest < 1e-9, "| exactly 0:", largest == 0)
with torch.no_grad():
    change = (bn(x @ W1 + b1) - bn(x @ W1)).abs().max().item()
print("BatchNorm output with b1 and without, all within 1e-6:", change < 1e-6)
# --8<-- [end:example]
