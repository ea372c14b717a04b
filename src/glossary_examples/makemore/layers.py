"""The layers of makemore part 5, written like torch.nn but small enough to read in one
go.

Each layer is a callable object: calling it computes the output, keeps it as `.out` (so
the lecture can plot activations) and returns it; `.parameters()` lists the tensors that
training updates. Like the lecture, the layers create plain tensors: the training loop
sets `requires_grad = True` on the parameters. Where a layer deliberately differs from
the lecture's version, its docstring says so; every layer that torch also has computes
the same numbers as the torch.nn layer, up to rounding.
"""

import torch


class Linear:
    """y = x @ W + b, W of shape (fan_in, fan_out) drawn from N(0, 1) / sqrt(fan_in).

    Same as the lecture. torch's nn.Linear stores W transposed, (fan_out, fan_in), and
    draws its initial values from a uniform distribution; with the same weights the
    product is the same, up to rounding.
    """

    def __init__(self, fan_in, fan_out, bias=True, generator=None):
        self.weight = torch.randn((fan_in, fan_out), generator=generator) / fan_in**0.5
        self.bias = torch.zeros(fan_out) if bias else None

    def __call__(self, x):
        self.out = x @ self.weight  # (..., fan_in) -> (..., fan_out), any leading dims
        if self.bias is not None:
            self.out = self.out + self.bias
        return self.out

    def parameters(self):
        return [self.weight] + ([] if self.bias is None else [self.bias])


class BatchNorm1d:
    """Normalise each feature (the last dim) over the batch, then scale by gamma and
    shift by beta.

    A 2-D input (B, C) is reduced over dim 0; a 3-D input (B, T, C) over dims (0, 1),
    the fix the lecture makes in part 5. Differences from the lecture, to match
    nn.BatchNorm1d: training normalises with the biased variance (divide by n) and
    updates running_var with the unbiased one (divide by n - 1); the lecture uses the
    unbiased variance for both. running_mean and running_var keep the shape (C,).
    Training mode needs more than one value per feature, as in torch. torch's
    nn.BatchNorm1d takes 3-D input as (B, C, T), channels in the middle, so it equals
    this layer on x.transpose(1, 2).
    """

    def __init__(self, dim, eps=1e-5, momentum=0.1):
        self.eps = eps
        self.momentum = momentum
        self.training = True
        self.gamma = torch.ones(dim)  # parameters, trained with backprop
        self.beta = torch.zeros(dim)
        self.running_mean = torch.zeros(dim)  # buffers, updated with a running average
        self.running_var = torch.ones(dim)

    def __call__(self, x):
        if self.training:
            dims = (0,) if x.ndim == 2 else (0, 1)
            n = x.numel() // x.shape[-1]  # values per feature
            if n < 2:
                raise ValueError(f"BatchNorm1d in training needs more than 1 value per feature, "
                                 f"got input of shape {tuple(x.shape)}")
            xmean = x.mean(dims)  # (C,): batch mean
            xvar = x.var(dims, correction=0)  # (C,): batch variance, divided by n
            with torch.no_grad():
                self.running_mean = (
                    1 - self.momentum
                ) * self.running_mean + self.momentum * xmean
                unbiased = xvar * n / (n - 1)
                self.running_var = (
                    1 - self.momentum
                ) * self.running_var + self.momentum * unbiased
        else:
            xmean, xvar = self.running_mean, self.running_var
        # mean 0, variance 1 per feature
        xhat = (x - xmean) / torch.sqrt(xvar + self.eps)
        self.out = self.gamma * xhat + self.beta
        return self.out

    def parameters(self):
        return [self.gamma, self.beta]


class Tanh:
    """Element-wise tanh; no parameters."""

    def __call__(self, x):
        self.out = torch.tanh(x)
        return self.out

    def parameters(self):
        return []


class Embedding:
    """A (num_embeddings, embedding_dim) table of N(0, 1) values; index i looks up row
    i: C[IX]."""

    def __init__(self, num_embeddings, embedding_dim, generator=None):
        self.weight = torch.randn((num_embeddings, embedding_dim), generator=generator)

    def __call__(self, IX):
        self.out = self.weight[IX]  # (B, T) integer indices -> (B, T, embedding_dim)
        return self.out

    def parameters(self):
        return [self.weight]


class FlattenConsecutive:
    """(B, T, C) -> (B, T // n, C * n): concatenate every n consecutive vectors of each
    row.

    A middle dim of length 1 is dropped, so with n equal to T this is the flatten of
    part 2, emb.view(B, -1). T must be divisible by n. Only dim 1 is squeezed, never the
    batch dim: a batch of one example stays 2-D.
    """

    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        B, T, C = x.shape
        if T % self.n:
            raise ValueError(f"FlattenConsecutive({self.n}) needs dim 1 divisible by {self.n}, got {T}")
        x = x.view(B, T // self.n, C * self.n)
        if x.shape[1] == 1:
            x = x.squeeze(1)
        self.out = x
        return self.out

    def parameters(self):
        return []


class Sequential:
    """Call the layers in order, each on the previous one's output; collect all their
    parameters."""

    def __init__(self, layers):
        self.layers = layers

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        self.out = x
        return self.out

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]
