r"""self-attention

Self-attention lets every position of a sequence gather information from other positions: each position computes a query, a key and a value vector from its own input, and its output is the average of the values, weighted by the softmax of its query's scaled dot products with the keys.

The lecture's attention *head* has three bias-free linear layers, from the embedding size
$C$ to the head size (`nn.MultiheadAttention` and GPT-2 give theirs a bias). For the input `x` of shape (B, T, C) they give, at every position,

- a **query** `q` (B, T, head_size): what this position is looking for;
- a **key** `k` (B, T, head_size): what this position contains;
- a **value** `v` (B, T, head_size): what it passes on to whoever attends to it.

The scores `q @ k.transpose(-2, -1)` have shape (B, T, T): entry $(t, s)$ is the dot product
of position $t$'s query with position $s$'s key, large when the two match. Scaled by
$1/\sqrt{\text{head_size}}$, masked so that no position sees the future, and passed through
a softmax, each row becomes a set of weights that sum to 1, and the output
`wei @ v` (B, T, head_size) is, at every position, the weighted average of the values it may
see. This is [averaging the past](averaging_the_past.md) with weights that depend on the
data: every sequence of the batch gets its own weights, and the batch rows never mix.

"Self" means that queries, keys and values all come from the same `x`. In
*cross-attention* (as in an encoder–decoder Transformer) the queries come from one sequence
and the keys and values from another.

>>> import torch
>>> q, k = torch.randn(4, 8, 16), torch.randn(4, 8, 16)
>>> (q @ k.transpose(-2, -1)).shape  # (B, T, 16) @ (B, 16, T)
torch.Size([4, 8, 8])
"""

ALIASES = ("attention head", "Head", "query key value", "queries, keys and values", "q, k, v",
           "self attention", "attention")
SEE_ALSO = ("averaging_the_past", "causal_mask", "softmax", "matmul")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html"

# --8<-- [start:example]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, C = 4, 8, 32  # batch, time, channels
x = torch.randn(B, T, C)

head_size = 16
key = nn.Linear(C, head_size, bias=False)
query = nn.Linear(C, head_size, bias=False)
value = nn.Linear(C, head_size, bias=False)
k, q, v = key(x), query(x), value(x)  # (B, T, 16) each
wei = q @ k.transpose(-2, -1) * head_size**-0.5  # (B, T, 16) @ (B, 16, T) -> (B, T, T)
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float("-inf"))
wei = F.softmax(wei, dim=-1)
out = wei @ v  # (B, T, T) @ (B, T, 16) -> (B, T, 16)

print("x", tuple(x.shape), "-> k, q, v", tuple(k.shape), "-> wei", tuple(wei.shape),
      "-> out", tuple(out.shape))
print(wei[0].detach().round(decimals=2))  # sequence 0: one row per position
# --8<-- [end:example]
