r"""embedding (lookup table)

An embedding maps each category index i to a learned vector by looking up row i of a table C.

In makemore part 2 every character gets a short vector of its own: `C = torch.randn((27, 2))`
holds one 2-number row per symbol of the vocabulary. `C[5]` is the vector of `e`. Indexing
with a whole tensor of indices looks up every entry at once and keeps the index tensor's
shape, adding the vector as a last dimension: a batch of contexts `X` of shape
(N, 3) gives `C[X]` of shape (N, 3, 2).

The lookup is a matrix product in disguise. A [one-hot](one_hot_encoding.md) row
multiplied by $C$ selects one row, so `C[ix]` equals `F.one_hot(ix, 27).float() @ C`
exactly, as long as $C$ holds finite numbers (the product computes $0 \times \infty$,
which is `nan`); only the sign of a zero can differ (the product can turn $-0.0$ into
$+0.0$). An
embedding is therefore a linear layer with one-hot inputs and no bias; indexing just skips
the multiplications by 0. The bigram network of part 1 already works this way: `xenc @ W`
selects the row `W[ix]`, a 27-number embedding that is read directly as [logits](logits.md).
The entries of `C` are parameters, trained by gradient descent like any weight. The
gradient reaches only the rows that were looked up (once per lookup, added up), so a
plain gradient step leaves every other row unchanged. `F.embedding(ix, C)` and the module
`nn.Embedding` do the same lookup.

>>> import torch
>>> import torch.nn.functional as F
>>> C = torch.randn((27, 2), generator=torch.Generator().manual_seed(2147483647))
>>> torch.allclose(C[5], F.one_hot(torch.tensor(5), num_classes=27).float() @ C)
True
>>> C[torch.zeros((32, 3), dtype=torch.long)].shape
torch.Size([32, 3, 2])
"""

ALIASES = ("embedding table", "lookup table", "embedding lookup", "nn.Embedding", "F.embedding")
SEE_ALSO = ("one_hot_encoding", "matmul", "parameter", "vocabulary")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Embedding.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

# one row per symbol
C = torch.randn((27, 2), generator=torch.Generator().manual_seed(2147483647))
print("C[5], the vector of 'e':     ", C[5])
print("one_hot(5) @ C, the same row:",
      F.one_hot(torch.tensor(5), num_classes=27).float() @ C)

# contexts in "emma"
X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])
emb = C[X]  # look up all 15 indices at once
print("X.shape:", tuple(X.shape), "-> C[X].shape:", tuple(emb.shape))
print("C[X] equals one_hot(X) @ C:",
      torch.equal(emb, F.one_hot(X, num_classes=27).float() @ C))
print("F.embedding(X, C) equals C[X]:", torch.equal(F.embedding(X, C), emb))
# --8<-- [end:example]
