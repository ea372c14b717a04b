r"""multi-head attention

Multi-head attention runs several self-attention heads side by side on the same input, each with its own queries, keys and values of a smaller head size, concatenates their outputs and projects the result back to the embedding size.

One head computes one set of attention weights per position: one way of deciding what
to gather. With `n_head` heads each position can gather several kinds of information at
once (the lecture's picture: independent channels of communication), each head with its
own learned query, key and value layers. The lecture gives each head
`head_size = n_embd // n_head`; when `n_head` divides `n_embd`, as in all of the lecture's
settings, the concatenated outputs have `n_embd` channels again, and the heads together
have exactly as many query, key and value weights as a single head of size `n_embd`. A linear layer, `proj` (`n_embd` to `n_embd`, with bias), then mixes the
heads' outputs before they are added back to the residual stream.

`nn.MultiheadAttention` computes the same thing when it is given the same weights: it
keeps the query, key and value weights of all heads stacked in one matrix,
`in_proj_weight` of shape (3 n_embd, n_embd), with a bias (0 here, since the lecture's
heads have none) and the projection as `out_proj`. Its boolean `attn_mask` marks the
positions that may **not** be attended to (`True` above the diagonal for a causal mask):
the opposite of the `tril == 1` convention of the lecture and of
`F.scaled_dot_product_attention`.

>>> n_embd, n_head = 384, 6
>>> head_size = n_embd // n_head
>>> head_size, 3 * n_embd * head_size * n_head == 3 * n_embd * n_embd
(64, True)
"""

ALIASES = ("multi-headed attention", "MultiHeadAttention", "nn.MultiheadAttention", "n_head",
           "attention heads")
SEE_ALSO = ("self_attention", "scaled_attention", "residual_connection")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.MultiheadAttention.html"

# --8<-- [start:example]
import torch

from glossary_examples.gpt.model import MultiHeadAttention

torch.manual_seed(1337)
B, T, n_embd, n_head = 4, 8, 32, 4
head_size = n_embd // n_head  # 8
mha = MultiHeadAttention(n_embd, n_head, head_size, block_size=T)
x = torch.randn(B, T, n_embd)
outs = [head(x) for head in mha.heads]  # each head on its own
print("each head:", [tuple(o.shape) for o in outs])
cat = torch.cat(outs, dim=-1)
print("concatenated:", tuple(cat.shape), "-> projected:", tuple(mha.proj(cat).shape))
print("mha(x) is proj(concat):", torch.equal(mha(x), mha.proj(cat)))
qkv = sum(p.numel() for head in mha.heads for p in head.parameters())
print(f"q, k, v weights of all heads: {qkv} = 3 x {n_embd} x {n_embd}")
# --8<-- [end:example]

# --8<-- [start:torch]
import torch
import torch.nn as nn

from glossary_examples.gpt.model import MultiHeadAttention

torch.manual_seed(1337)
T, n_embd, n_head = 8, 32, 4
ours = MultiHeadAttention(n_embd, n_head, n_embd // n_head, block_size=T)
theirs = nn.MultiheadAttention(n_embd, n_head, batch_first=True)
with torch.no_grad():  # torch stacks the q, k, v weights of all heads in one matrix
    for i, name in enumerate(("query", "key", "value")):
        stacked = torch.cat([getattr(head, name).weight for head in ours.heads])
        theirs.in_proj_weight[i * n_embd : (i + 1) * n_embd] = stacked
    theirs.in_proj_bias.zero_()  # the lecture's heads have no bias
    theirs.out_proj.load_state_dict(ours.proj.state_dict())
x = torch.randn(4, T, n_embd)
future = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)  # True: may NOT
out, _ = theirs(x, x, x, attn_mask=future, need_weights=False)
print("nn.MultiheadAttention, same output:", torch.allclose(ours(x), out, atol=1e-6))
# --8<-- [end:torch]
