r"""F.scaled_dot_product_attention

`F.scaled_dot_product_attention(q, k, v, is_causal=True)` computes what the lecture's attention head computes step by step, softmax of the scaled and causally masked query–key scores times the values, in a single PyTorch call.

The lecture's head takes five lines after the three projections: scores
`q @ k.transpose(-2, -1)`, scaling by `head_size**-0.5`, `masked_fill` with $-\infty$
above the diagonal, softmax, and `@ v`. `F.scaled_dot_product_attention` (PyTorch 2.0 and
later, after the lecture) takes the same `q`, `k` and `v` and returns the same result, up
to floating-point rounding: its default scale is $1/\sqrt{E}$ with $E$ = `q.size(-1)`, the
head size, and `is_causal=True` applies the lower-triangular mask. PyTorch may run it as
one fused kernel instead of separate steps, depending on device, dtype and arguments;
nanoGPT, the lecture's follow-up repository, calls it instead of the hand-written steps
when it is available. Any dimensions before the
last two are batch dimensions, so all the heads of multi-head attention go in one call
with `q`, `k`, `v` of shape (B, n_head, T, head_size).

Three differences from the hand-written head. A boolean `attn_mask` marks the positions
that *may* be attended to (`True` = take part), like the lecture's `tril == 1` and the
opposite of `nn.MultiheadAttention`. `dropout_p` is applied whenever it is above 0: a
function has no training mode, so callers pass `dropout_p=p if self.training else 0.0`.
And when the queries are fewer than the keys, `is_causal=True` still aligns the mask to
the top-left corner: query $i$ sees keys $0 \ldots i$, not the last keys.

>>> import torch
>>> import torch.nn.functional as F
>>> q = k = v = torch.eye(2).unsqueeze(0)  # (1, 2, 2)
>>> F.scaled_dot_product_attention(q, k, v, is_causal=True)[0, 0]  # position 0 sees itself
tensor([1., 0.])
"""

ALIASES = ("scaled_dot_product_attention", "scaled dot-product attention", "SDPA",
           "torch.nn.functional.scaled_dot_product_attention", "is_causal")
SEE_ALSO = ("self_attention", "scaled_attention", "causal_mask", "multi_head_attention", "dropout")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, head_size = 4, 8, 16
q, k, v = (torch.randn(B, T, head_size) for _ in range(3))

wei = q @ k.transpose(-2, -1) * head_size**-0.5  # the lecture's head, step by step
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float("-inf"))
wei = F.softmax(wei, dim=-1)
by_hand = wei @ v

fused = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # all of it in one call
print(fused.shape)
print("largest difference:", (fused - by_hand).abs().max().item())
print("allclose:", torch.allclose(fused, by_hand, atol=1e-6))
# --8<-- [end:example]

# --8<-- [start:heads]
import torch
import torch.nn.functional as F

from glossary_examples.gpt.model import MultiHeadAttention

torch.manual_seed(1337)
B, T, n_embd, n_head = 2, 8, 32, 4
mha = MultiHeadAttention(n_embd, n_head, n_embd // n_head, block_size=T)
x = torch.randn(B, T, n_embd)
split = lambda t: t.view(B, T, n_head, -1).transpose(1, 2)  # (B, nh, T, hs)
q, k, v = (split(torch.cat([getattr(h, name)(x) for h in mha.heads], dim=-1))
           for name in ("query", "key", "value"))
y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # all heads in one call
y = y.transpose(1, 2).reshape(B, T, n_embd)  # heads side by side again
print("same as the heads one by one:", torch.allclose(mha.proj(y), mha(x), atol=1e-6))
# --8<-- [end:heads]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
q, k, v = (torch.randn(1, 4, 8) for _ in range(3))
a = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=0.5)
b = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=0.5)
print("dropout_p=0.5, two calls agree:", torch.equal(a, b))  # a function: no eval()
training = False  # what an nn.Module would read from self.training
p = 0.5 if training else 0.0
c = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=p)
d = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=p)
print("dropout_p=0.0, two calls agree:", torch.equal(c, d))
# --8<-- [end:pitfall]
