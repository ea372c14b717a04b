r"""positional embedding

A positional embedding is a vector for each position 0 … block_size − 1 of the context (learned, in GPT), added to the token embedding at that position, so that attention, whose weights depend only on the vectors and not on where they are, can tell the same token at different places apart.

The lecture's GPT has two embedding tables: `token_embedding_table` (one row per token of
the vocabulary: *what* the token is) and `position_embedding_table`,
`nn.Embedding(block_size, n_embd)` (one row per position: *where* it is). The model's input
is their sum, `tok_emb + pos_emb`, where `pos_emb = position_embedding_table(torch.arange(T))`
has shape (T, n_embd) and is broadcast over the batch. Both tables are trained like any
other weight, as in GPT-2. (The original Transformer added fixed sine and cosine waves
of different frequencies instead, *positional encodings*; either way, the same token at
another place becomes a different input.) There is one row per position, which is why
the lecture's GPT cannot read more than `block_size` tokens.

Why it is needed: attention mixes vectors by weights computed from the vectors
themselves, and the feed-forward layers and LayerNorm treat every position alike. An
attention layer without a mask and without positions therefore sees a *set*:
permuting its input tokens just permutes its outputs. With the causal mask but still no
positions, a single attention head's output at the last position comes out the same for
every order of the earlier tokens: it is a weighted "bag of words". Adding a different
vector at each position makes the same token at another place a different input.

>>> import torch
>>> pos_emb = torch.nn.Embedding(8, 4)(torch.arange(3))
>>> tok_emb = torch.zeros(2, 3, 4)
>>> (tok_emb + pos_emb).shape  # (T, C) broadcast over the batch
torch.Size([2, 3, 4])
"""

ALIASES = ("position embedding", "positional encoding", "position_embedding_table", "pos_emb")
SEE_ALSO = ("embedding", "broadcasting")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Embedding.html"

# --8<-- [start:example]
import torch

from glossary_examples.gpt.model import Head

torch.manual_seed(1337)
n_embd, block_size = 16, 8
token_embedding_table = torch.nn.Embedding(27, n_embd)
position_embedding_table = torch.nn.Embedding(block_size, n_embd)
head = Head(n_embd, head_size=16, block_size=block_size)  # causal self-attention

a = torch.tensor([[5, 9, 2, 7]])
b = torch.tensor([[2, 5, 9, 7]])  # the first three tokens in another order
pos_emb = position_embedding_table(torch.arange(4))  # (T, n_embd)
tok_emb = token_embedding_table(a)  # (B, T, n_embd)
print("tok_emb", tuple(tok_emb.shape), "+ pos_emb", tuple(pos_emb.shape))
for name, added in (("tokens only", 0), ("tokens + positions", pos_emb)):
    last_a = head(token_embedding_table(a) + added)[0, -1]
    last_b = head(token_embedding_table(b) + added)[0, -1]
    same = torch.allclose(last_a, last_b)
    print(f"{name:18}: same output at the last position? {same}")
# --8<-- [end:example]

# --8<-- [start:permutation]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
x = torch.randn(1, 5, 8)  # five token vectors, no positions added
perm = torch.tensor([3, 0, 4, 1, 2])
out = F.scaled_dot_product_attention(x, x, x)  # no mask: every token sees every token
out_perm = F.scaled_dot_product_attention(x[:, perm], x[:, perm], x[:, perm])
print("permuted input gives the permuted output:",
      torch.allclose(out_perm, out[:, perm], atol=1e-6))
# --8<-- [end:permutation]
