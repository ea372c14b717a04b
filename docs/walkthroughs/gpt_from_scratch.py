# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # GPT from scratch
#
# This walkthrough builds the character-level GPT of "Let's build GPT: from scratch, in
# code, spelled out" in the order of the lecture: a bigram baseline, averaging the past,
# one attention head, several heads, then transformer blocks with residual connections
# and LayerNorm. Each piece is the glossary's own code (`glossary_examples.gpt`), and each
# term links to its page.
#
# **What differs from the lecture.** The lecture trains on tiny-shakespeare (1,115,394
# characters, 65 distinct) for 5,000 steps on a GPU, with a model of 10.8 million
# parameters. This page is executed on a CPU while the site is built, with no network, so
# it trains a model of about 32,000 parameters for 300 steps, on the Python help pages
# that ship with the standard library. Its losses and samples are therefore not the
# lecture's. To train the larger model on your own text, for example the lecture's
# `input.txt`, run `glossary gpt input.txt` (or `python -m glossary_examples.gpt input.txt`).

# %%
import math

import torch
import torch.nn.functional as F

from glossary_examples.gpt.data import CharTokenizer, get_batch, load_text, train_val_split
from glossary_examples.gpt.model import (BigramLanguageModel, Block, GPTLanguageModel, Head,
                                         MultiHeadAttention)

# a tiny model: one thread is fastest, and the same on every machine
torch.set_num_threads(1)
text = load_text()  # load_text("input.txt") reads the lecture's file instead
print(f"{len(text):,} characters")
print(text[:300])

# %% [markdown]
# ## 1. Characters to integers
#
# A [character-level tokenizer](../../gpt/character_level_tokenizer/) gives every distinct
# character of the text an integer: this [vocabulary](../../makemore/vocabulary/) is the
# sorted set of characters. The whole text becomes one long tensor of integers, of which
# the first 90% is for training and the rest for validation.

# %%
tok = CharTokenizer(text)
print(tok.vocab_size, "distinct characters:", repr("".join(tok.chars)))
print(tok.encode("hii there"), "->", repr(tok.decode(tok.encode("hii there"))))
data = torch.tensor(tok.encode(text), dtype=torch.long)
train_data, val_data = train_val_split(data)
print("train:", len(train_data), "tokens, val:", len(val_data), "tokens")

# %% [markdown]
# ## 2. Batches of chunks
#
# The model never sees the whole text at once: [`get_batch`](../../gpt/get_batch/) cuts
# random windows of `block_size` characters, and the targets are the same windows
# shifted by one. One window of 8 characters holds 8 examples, one for each context
# length from 1 to 8.

# %%
g = torch.Generator().manual_seed(1337)
xb, yb = get_batch(train_data, block_size=8, batch_size=4, generator=g)
print("inputs", tuple(xb.shape), "targets", tuple(yb.shape))
for t in range(8):
    print(f"{tok.decode(xb[0, : t + 1])!r:>12} -> {tok.decode(yb[0, t : t + 1])!r}")

# %% [markdown]
# ## 3. The bigram baseline
#
# The simplest model reads the [logits](../../makemore/logits/) of the next character off
# a table, one row per current character: an [`nn.Embedding`](../../makemore/embedding/)
# of size vocab_size × vocab_size, as in the
# [bigram language model](../../makemore/bigram_language_model/) of makemore. Its
# [loss](../../micrograd/loss/) is the [cross-entropy](../../makemore/cross_entropy/) of the
# targets. Before training it is worse than a uniform guess, ln(vocab_size), and its
# samples, drawn by [`generate`](../../gpt/generate/), are noise.

# %%
# `BigramLanguageModel` is in the helper code cells above (model.py of the glossary)
torch.manual_seed(1337)
bigram = BigramLanguageModel(tok.vocab_size)
logits, loss = bigram(xb, yb)
print("logits", tuple(logits.shape),
      f"loss {loss.item():.4f}, uniform {math.log(tok.vocab_size):.4f}")
start = torch.zeros((1, 1), dtype=torch.long)  # token 0, a newline
print(repr(tok.decode(bigram.generate(start, 60, generator=g)[0])))

# %% [markdown]
# Training uses [AdamW](../../gpt/adamw/), as the lecture does: every step draws a
# [minibatch](../../makemore/minibatch/), computes the loss, backpropagates and updates.
# The same short loop trains every model on this page; `estimate_loss` averages the loss
# over a few batches in evaluation mode, without gradients.

# %%
def estimate_loss(model, block_size, batches=10):
    model.eval()
    with torch.no_grad():
        losses = {name: sum(model(*get_batch(split, block_size, 32, g))[1].item()
                            for _ in range(batches)) / batches
                  for name, split in (("train", train_data), ("val", val_data))}
    model.train()
    return losses


def train(model, steps, block_size, batch_size, lr):
    # one kernel per update
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, fused=True)
    for step in range(steps):
        xb, yb = get_batch(train_data, block_size, batch_size, generator=g)
        logits, loss = model(xb, yb)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if step % 100 == 0 or step == steps - 1:
            print(f"step {step:3d}: loss {loss.item():.4f}")


train(bigram, steps=300, block_size=8, batch_size=32, lr=1e-1)
bigram_losses = estimate_loss(bigram, block_size=8)
print("bigram:", {k: round(v, 4) for k, v in bigram_losses.items()})
print(repr(tok.decode(bigram.generate(start, 100, generator=g)[0])))

# %% [markdown]
# The bigram model has learnt which characters follow which, and nothing more: each
# prediction sees only the last character. The rest of the lecture lets the characters
# of a context talk to each other.
#
# ## 4. Averaging the past
#
# The weakest form of communication is [averaging the past](../../gpt/averaging_the_past/):
# every position takes the mean of its own vector and all earlier ones. A lower-triangular
# weight matrix does it in one [matrix product](../../pytorch/matmul/); so does a
# [softmax](../../makemore/softmax/) of zeros whose future entries were set to minus
# infinity by a [causal mask](../../gpt/causal_mask/). The two matrices are exactly equal,
# and agree with the loops up to floating-point rounding.

# %%
B, T, C = 4, 8, 2
x = torch.randn(B, T, C, generator=g)
xbow = torch.stack(
    [torch.stack([x[b, : t + 1].mean(0) for t in range(T)]) for b in range(B)]
)
tril = torch.tril(torch.ones(T, T))
wei = tril / tril.sum(1, keepdim=True)
wei_softmax = F.softmax(torch.zeros(T, T).masked_fill(tril == 0, float("-inf")), dim=-1)
print(wei_softmax[:3])
print("same weights:", torch.equal(wei, wei_softmax),
      "| same as the loops:", torch.allclose(wei @ x, xbow, atol=1e-6))

# %% [markdown]
# ## 5. One head of self-attention
#
# [Self-attention](../../gpt/self_attention/) makes the weights depend on the data. Every
# position emits a query (what it looks for), a key (what it contains) and a value (what it
# passes on); the weights are the softmax of query·key, masked so that no position sees the
# future, and [scaled](../../gpt/scaled_attention/) by 1/√head_size so that the softmax does
# not start out too peaked (see [softmax temperature](../../gpt/softmax_temperature/)).
# The weights depend only on the vectors, not on where they are, so the model also adds a
# [positional embedding](../../gpt/positional_embedding/) to each token embedding.

# %%
# `Head.forward` is in the helper code cells above (model.py of the glossary)
torch.manual_seed(1337)
head = Head(n_embd=32, head_size=16, block_size=8)
x = torch.randn(4, 8, 32, generator=g)
print("x", tuple(x.shape), "-> head(x)", tuple(head(x).shape))
q, k = head.query(x), head.key(x)
wei = F.softmax(
    (q @ k.transpose(-2, -1) * 16**-0.5).masked_fill(tril == 0, float("-inf")), -1
)
print(wei[0, :4, :4].detach().round(decimals=2))  # data-dependent weights over the past

# %% [markdown]
# ## 6. Multi-head attention
#
# [Multi-head attention](../../gpt/multi_head_attention/) runs several smaller heads side by
# side and concatenates their outputs, then a linear layer projects them back onto the
# residual stream. Four heads of size 8 have as many weights as one head of size 32.

# %%
mha = MultiHeadAttention(n_embd=32, num_heads=4, head_size=8, block_size=8)
print(
    "heads:", [tuple(h(x).shape) for h in mha.heads], "-> mha(x)", tuple(mha(x).shape)
)

# %% [markdown]
# ## 7. Blocks: residual connections and LayerNorm
#
# A transformer block alternates communication (multi-head attention) with computation (a
# small feed-forward network applied to every position). Deep stacks of such blocks train
# well thanks to two ideas: [residual connections](../../gpt/residual_connection/), which add
# each sub-layer's output to its input, and [layer normalization](../../gpt/layer_normalization/),
# applied to the input of every sub-layer (pre-norm). The training model also uses
# [dropout](../../gpt/dropout/); this tiny one, trained briefly, sets it to 0.

# %%
# `Block.forward` is in the helper code cells above (model.py of the glossary)
# `GPTLanguageModel.forward` is in the helper code cells above (model.py of the
# glossary)

# %% [markdown]
# ## 8. Training the GPT
#
# Two blocks, each with two heads of size 16 over 32 channels, and a context of 16
# characters: small enough to train here in a few seconds. The loop is the same as for
# the bigram model.

# %%
torch.manual_seed(1337)
gpt = GPTLanguageModel(tok.vocab_size, block_size=16, n_embd=32, n_head=2, n_layer=2)
print(sum(p.numel() for p in gpt.parameters()), "parameters")
train(gpt, steps=300, block_size=16, batch_size=16, lr=1e-2)
gpt_losses = estimate_loss(gpt, block_size=16)
print("bigram:", {k: round(v, 4) for k, v in bigram_losses.items()})
print("GPT:   ", {k: round(v, 4) for k, v in gpt_losses.items()})

# %% [markdown]
# The GPT beats the bigram baseline after the same number of steps, because every
# prediction now sees up to 16 characters of context. Its samples start to have the shape
# of the help pages, words and all, though few of the words are real yet; the lecture's
# much larger model, trained much longer, writes convincing fake Shakespeare.

# %%
gpt.eval()
print(tok.decode(gpt.generate(start, 200, generator=g)[0, 1:]))
