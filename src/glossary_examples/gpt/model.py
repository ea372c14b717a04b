"""The lecture's character-level GPT, and the bigram model it starts from.

    from glossary_examples.gpt.model import BigramLanguageModel, GPTLanguageModel

Read top to bottom: one attention `Head`, several in parallel (`MultiHeadAttention`), the
`FeedForward` layer, `LayerNorm`, a transformer `Block` (pre-norm, residual connections),
then the models. Both models return `(logits, loss)` and share `generate`.

Where this differs from the lecture's final gpt.py (github.com/karpathy/ng-video-lecture):
- Sizes are constructor arguments, not module globals, so one file builds any size of model.
- `LayerNorm` is written out (the lecture derives it from BatchNorm, then uses
  `nn.LayerNorm`); it computes the same thing as `nn.LayerNorm`, with the biased variance
  (the lecture's class used `x.var`, the unbiased one), and its parameters have the same
  names (`weight`, `bias`).
- `logits` keep their shape (B, T, vocab_size) when targets are given; the lecture reshapes
  them to (B*T, vocab_size) for the loss.
- `generate` runs under `torch.no_grad()` and takes an optional `torch.Generator`.
- The attention scores are divided by sqrt(head_size), as the repository's code does; the
  code typed in the video divided by sqrt(n_embd), which the repository later fixed.
- Weights keep PyTorch's default initialisation, as in the video; the repository added a
  normal(0, 0.02) initialisation afterwards, which is left out here.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Head(nn.Module):
    """One head of causal self-attention: each position mixes the values of itself and earlier ones."""

    def __init__(self, n_embd: int, head_size: int, block_size: int, dropout: float = 0.0):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer("tril", torch.tril(torch.ones(block_size, block_size)))  # not a parameter
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        B, T, C = x.shape
        k = self.key(x)  # (B, T, head_size): what each position offers
        q = self.query(x)  # (B, T, head_size): what each position looks for
        wei = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5  # (B, T, T), scaled by 1/sqrt(head_size)
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float("-inf"))  # no looking ahead
        wei = F.softmax(wei, dim=-1)  # each row: weights over positions 0..t that sum to 1
        wei = self.dropout(wei)
        v = self.value(x)  # (B, T, head_size): what each position passes on
        return wei @ v  # (B, T, head_size)


class MultiHeadAttention(nn.Module):
    """Several heads side by side; their outputs are concatenated and projected back to n_embd."""

    def __init__(self, n_embd: int, num_heads: int, head_size: int, block_size: int, dropout: float = 0.0):
        super().__init__()
        self.heads = nn.ModuleList([Head(n_embd, head_size, block_size, dropout) for _ in range(num_heads)])
        self.proj = nn.Linear(head_size * num_heads, n_embd)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        out = torch.cat([h(x) for h in self.heads], dim=-1)  # (B, T, num_heads * head_size)
        return self.dropout(self.proj(out))


class FeedForward(nn.Module):
    """The same small MLP applied to every position on its own: n_embd -> 4 n_embd -> n_embd."""

    def __init__(self, n_embd: int, dropout: float = 0.0):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_embd, 4 * n_embd),
            nn.ReLU(),
            nn.Linear(4 * n_embd, n_embd),
            nn.Dropout(dropout),
        )

    def forward(self, x):
        return self.net(x)


class LayerNorm(nn.Module):
    """Normalise every position's feature vector to mean 0 and variance 1, then scale and shift it."""

    def __init__(self, dim: int, eps: float = 1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))  # gamma in the lecture
        self.bias = nn.Parameter(torch.zeros(dim))  # beta

    def forward(self, x):
        mean = x.mean(-1, keepdim=True)  # over the features of one position, not over the batch
        var = ((x - mean) ** 2).mean(-1, keepdim=True)  # biased: divide by n, not n - 1
        return self.weight * (x - mean) / torch.sqrt(var + self.eps) + self.bias


class Block(nn.Module):
    """A transformer block: attention (communication), then feed-forward (computation), each
    applied to a layer-normed copy of x and added back to x (pre-norm residual connections)."""

    def __init__(self, n_embd: int, n_head: int, block_size: int, dropout: float = 0.0):
        super().__init__()
        head_size = n_embd // n_head
        self.sa = MultiHeadAttention(n_embd, n_head, head_size, block_size, dropout)
        self.ffwd = FeedForward(n_embd, dropout)
        self.ln1 = LayerNorm(n_embd)
        self.ln2 = LayerNorm(n_embd)

    def forward(self, x):
        x = x + self.sa(self.ln1(x))
        x = x + self.ffwd(self.ln2(x))
        return x


class LanguageModel(nn.Module):
    """What both models share: `generate`. Subclasses return (logits, loss) from forward."""

    block_size = None  # the longest context the model reads; None: it reads only the last token

    @torch.no_grad()
    def generate(self, idx, max_new_tokens: int, generator=None):
        """Extend idx (B, T) by max_new_tokens tokens, each drawn from the model's
        next-token distribution."""
        for _ in range(max_new_tokens):
            idx_cond = idx if self.block_size is None else idx[:, -self.block_size :]  # crop the context
            logits, _ = self(idx_cond)
            probs = F.softmax(logits[:, -1, :], dim=-1)  # the last position predicts the next token
            idx_next = torch.multinomial(probs, num_samples=1, generator=generator)  # (B, 1)
            idx = torch.cat((idx, idx_next), dim=1)  # (B, T + 1)
        return idx


def _loss(logits, targets):
    if targets is None:
        return None
    B, T, V = logits.shape
    return F.cross_entropy(logits.view(B * T, V), targets.view(B * T))


class BigramLanguageModel(LanguageModel):
    """The baseline: each token reads the logits of the next token off its row of a table."""

    def __init__(self, vocab_size: int):
        super().__init__()
        self.token_embedding_table = nn.Embedding(vocab_size, vocab_size)

    def forward(self, idx, targets=None):
        logits = self.token_embedding_table(idx)  # (B, T, vocab_size)
        return logits, _loss(logits, targets)


class GPTLanguageModel(LanguageModel):
    """Token and position embeddings, n_layer blocks, a final LayerNorm and a linear head."""

    def __init__(self, vocab_size: int, block_size: int = 32, n_embd: int = 64, n_head: int = 4,
                 n_layer: int = 4, dropout: float = 0.0):
        super().__init__()
        self.block_size = block_size
        self.token_embedding_table = nn.Embedding(vocab_size, n_embd)
        self.position_embedding_table = nn.Embedding(block_size, n_embd)
        self.blocks = nn.Sequential(*[Block(n_embd, n_head, block_size, dropout) for _ in range(n_layer)])
        self.ln_f = LayerNorm(n_embd)  # final layer norm
        self.lm_head = nn.Linear(n_embd, vocab_size)

    def forward(self, idx, targets=None):
        B, T = idx.shape
        tok_emb = self.token_embedding_table(idx)  # (B, T, n_embd): what each token is
        pos_emb = self.position_embedding_table(torch.arange(T, device=idx.device))  # (T, n_embd): where
        x = tok_emb + pos_emb  # (B, T, n_embd)
        x = self.blocks(x)
        logits = self.lm_head(self.ln_f(x))  # (B, T, vocab_size)
        return logits, _loss(logits, targets)
