r"""scaled attention

Scaled attention divides the query–key dot products by √head_size, so that with unit-variance queries and keys the scores have variance about 1 rather than about head_size, and the softmax starts out spread over many positions instead of piling onto one.

A dot product of two vectors of length $d$ = head_size adds up $d$ products. If the
entries of $q$ and $k$ are independent with mean 0 and variance 1 (the lecture's
illustration), each product has variance 1 and the sum has variance $d$: a standard
deviation of 4 for head_size 16, of 8 for head_size 64. The softmax of such large scores puts
most of a row's weight on a single position (see
[softmax temperature](softmax_temperature.md)): from the start, every position would attend
mostly to one other position and learn little from the rest. Multiplying by
`head_size**-0.5` brings the variance back to about 1. The formula of "Attention Is All
You Need" (Vaswani et al., 2017) has this factor, $\operatorname{softmax}(QK^\top/\sqrt{d_k})V$,
which is where the name *scaled dot-product attention* comes from.

The scale is the head size, not the embedding size. The code typed in the lecture
multiplies by `C**-0.5` (divides by $\sqrt{C}$) with `C` = n_embd; the lecture's
repository later changed it to `k.shape[-1]**-0.5`, the head size. With several heads the
two differ: for the lecture's final model (n_embd 384, 6 heads of 64) dividing by
$\sqrt{384}$ leaves the scores a variance of about $64/384 = 1/6$, so the softmax starts
out flatter than intended.

>>> 64 / 384  # score variance after dividing by sqrt(n_embd) instead of sqrt(head_size)
0.16666666666666666
"""

ALIASES = ("attention scaling", "1/sqrt(head_size)", "head_size**-0.5", "scaling by sqrt(d_k)",
           "scaled self-attention")
SEE_ALSO = ("self_attention", "softmax_temperature", "softmax")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html"
SEARCH_BOOST = 1.5  # searching its title, "scaled dot-product attention" ranked first

# --8<-- [start:example]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, head_size = 4, 8, 16
k = torch.randn(B, T, head_size)  # keys and queries of unit variance
q = torch.randn(B, T, head_size)
wei = q @ k.transpose(-2, -1)
scaled = wei * head_size**-0.5
print(f"var(k) = {k.var():.3f}, var(q) = {q.var():.3f}")
print(f"var(q @ k^T) = {wei.var():.3f}   (head_size = {head_size})")
print(f"var(q @ k^T / sqrt(head_size)) = {scaled.var():.3f}")
for name, scores in (("unscaled", wei), ("scaled", scaled)):
    largest = F.softmax(scores, dim=-1).max(-1).values.mean()
    print(f"{name:8}: mean largest softmax weight per row {largest:.3f} (of {T} keys)")
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

torch.manual_seed(1337)
n_embd, n_head = 384, 6  # the lecture's final model
head_size = n_embd // n_head  # 64
q = torch.randn(4, 32, head_size)
k = torch.randn(4, 32, head_size)
scores = q @ k.transpose(-2, -1)
print(f"divided by sqrt(head_size) = {head_size**0.5:.1f}: "
      f"var {(scores * head_size**-0.5).var():.3f}")
print(f"divided by sqrt(n_embd) = {n_embd**0.5:.1f}: "
      f"var {(scores * n_embd**-0.5).var():.3f}")
# --8<-- [end:pitfall]
