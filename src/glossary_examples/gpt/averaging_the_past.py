r"""averaging the past

Averaging the past replaces the vector at each position of a sequence by the mean of the vectors at that position and all earlier ones, and one matrix multiplication by a lower-triangular weight matrix does it for the whole sequence at once.

This is the lecture's first, weakest form of letting tokens talk to each other: position
$t$ gets $\bar x_t = \frac{1}{t+1} \sum_{s \le t} x_s$ (the lecture calls the result
`xbow`, a "bag of words"). Only the past takes part, because when predicting the next
token the future must stay unknown. The lecture computes it three ways, which give the
same result:

1. a double loop that takes `x[b, :t+1].mean(0)` for every batch row and position;
2. `wei @ x`, where row $t$ of the $T \times T$ matrix `wei` holds $1/(t+1)$ in its first
   $t+1$ columns and 0 after: `torch.tril` of a matrix of ones, divided by its row sums;
3. the same `wei` from a softmax: start from zeros, set the entries above the diagonal to
   $-\infty$ with `masked_fill`, and take the softmax of every row; $e^{0} = 1$ and
   $e^{-\infty} = 0$, so each row becomes $t+1$ equal shares.

In float32 and float64, versions 2 and 3 give exactly the same weights. (In a 16-bit
dtype version 2 drifts on long sequences: bfloat16 cannot hold the row sum 257, float16
not 2049.) The loop adds the same numbers in
another order, so it agrees only up to floating-point rounding: differences of a few
times $10^{-8}$ in float32. The lecture checks the versions with `torch.allclose(xbow, xbow2)`
and gets `True`; with other random numbers that check can fail by a hair, because its
default absolute tolerance, `atol=1e-8`, is smaller than float32 rounding for entries near
0. The example below hits such an entry; a tolerance such as `atol=1e-6` suits float32. Version 3 is the form that
self-attention keeps: replace the zeros by learned, data-dependent scores, and the
uniform average becomes a weighted one. The matrix `wei` has shape $(T, T)$ and is
broadcast over the batch: `(T, T) @ (B, T, C)` gives `(B, T, C)`.

>>> import torch
>>> wei = torch.tril(torch.ones(3, 3))
>>> wei / wei.sum(1, keepdim=True)
tensor([[1.0000, 0.0000, 0.0000],
        [0.5000, 0.5000, 0.0000],
        [0.3333, 0.3333, 0.3333]])
"""

ALIASES = ("xbow", "bag of words", "tril trick", "torch.tril", "weighted aggregation",
           "the mathematical trick in self-attention")
SEE_ALSO = ("softmax", "matmul", "broadcasting", "causal_mask", "self_attention")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.tril.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, C = 4, 8, 2  # batch, time, channels
x = torch.randn(B, T, C)

# version 1: loops
xbow = torch.zeros((B, T, C))
for b in range(B):
    for t in range(T):
        xbow[b, t] = x[b, : t + 1].mean(0)
# version 2: a lower-triangular matrix of averaging weights
wei = torch.tril(torch.ones(T, T))
wei = wei / wei.sum(1, keepdim=True)
xbow2 = wei @ x  # (T, T) @ (B, T, C) -> (B, T, C)
# version 3: masked softmax
tril = torch.tril(torch.ones(T, T))
wei3 = torch.zeros((T, T)).masked_fill(tril == 0, float("-inf"))
wei3 = F.softmax(wei3, dim=-1)
xbow3 = wei3 @ x

print(wei3[:4, :4])
print("same weights (2, 3):", torch.equal(wei, wei3))
print(f"loop vs matmul: largest difference {(xbow - xbow2).abs().max():.1e}")
print("allclose(atol=1e-6):", torch.allclose(xbow, xbow2, atol=1e-6),
      torch.allclose(xbow, xbow3, atol=1e-6))
print("allclose with its default atol=1e-8:", torch.allclose(xbow, xbow2))
# --8<-- [end:example]
