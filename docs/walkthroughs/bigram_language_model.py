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
# # A bigram language model
#
# This walkthrough builds the model of makemore, part 1, in the order of the lecture:
# count bigrams, turn the counts into probabilities, sample names, measure the model with
# the negative log likelihood, then train a small neural network that learns the same
# table and reaches the same loss. Every step uses the glossary's own helper code (the
# cells marked "helper code", collapsed on this page and included in the download, so
# the notebook runs anywhere with torch), and every term links to its page.
#
# **The corpus.** The lecture trains on `names.txt` (32,033 names). This site has no
# network at build time, so it uses the first names of the 1990 US census lists that
# ship with the [`names`](https://pypi.org/project/names/) package, lower-cased and
# de-duplicated: 5,163 names. The numbers below are therefore not the lecture's; to get
# those, run `glossary bigram names.txt` on the lecture's file (see *Run it yourself*).

# %%
import math

import torch
import torch.nn.functional as F

from glossary_examples.makemore.counts import average_nll, bigrams, count_matrix, encode, probabilities, sample
from glossary_examples.makemore.neural import forward, train
from glossary_examples.makemore.data import itos, load_names, stoi

words = load_names()
lengths = [len(w) for w in words]
print(len(words), "names:", words[:8])
print("shortest:", min(lengths), "longest:", max(lengths))

# %% [markdown]
# ## 1. Vocabulary and bigrams
#
# The model reads and writes the 26 letters plus one special
# [token](../../makemore/vocabulary/), `.`, which marks where a word starts and ends.
# `stoi` maps each symbol of this [vocabulary](../../makemore/vocabulary/) to an index,
# `itos` maps back. A [bigram](../../makemore/bigram/) is a pair of adjacent symbols; a
# word of length L, padded with `.` on both sides, gives L + 1 of them.

# %%
print("vocabulary:", "".join(itos[i] for i in range(27)))
print("stoi['e'] =", stoi["e"], "  itos[5] =", itos[5])
print("bigrams of emma:", bigrams("emma"))
xs, ys = encode(words)  # all bigrams: (current, next) indices
print("bigrams:", len(xs), "=", sum(len(w) + 1 for w in words))

# %% [markdown]
# ## 2. Counting
#
# `N[i, j]` counts how often symbol `j` follows symbol `i`: a 27×27 integer matrix made
# with [`torch.zeros`](../../pytorch/torch_zeros/) (`dtype=torch.int32`). Its first row
# says how names start, its first column how they end. The
# [bigram language model](../../makemore/bigram_language_model/) page shows it as an
# annotated heatmap.

# %%
N = count_matrix(words)
print(N.shape, N.dtype, "total:", N.sum().item())
top = N.flatten().topk(5)
pairs = [itos[i // 27] + itos[i % 27] for i in top.indices.tolist()]
print("most common:", list(zip(pairs, top.values.tolist())))
print("bigrams never seen:", (N == 0).sum().item(), "of", 27 * 27)

# %% [markdown]
# ## 3. From counts to probabilities
#
# Dividing each row by its sum turns it into a probability distribution
# ([normalisation](../../makemore/data_normalization/)). `P.sum(1, keepdim=True)` keeps
# the row sums as a 27×1 column, so [broadcasting](../../makemore/broadcasting/) divides
# each row by its own sum ([`keepdim`](../../pytorch/sum_keepdim/)). Adding `k` to every
# count first is [smoothing](../../makemore/model_smoothing/)
# ([+1 smoothing](../../pytorch/add_one_smoothing/)): no bigram is left with probability
# 0. The [`.float()`](../../pytorch/tensor_float/) is needed because the counts are
# integers. This is the glossary's code:

# %%
# `probabilities` is defined in the helper code at the top of this notebook
P = probabilities(N, k=1)
print("every row sums to 1:", torch.allclose(P.sum(1), torch.ones(27)))
print("P(first letter = a) =", round(P[0, stoi["a"]].item(), 4))

# %% [markdown]
# ## 4. Sampling names
#
# [Sampling](../../makemore/sampling/) generates a name one character at a time: start at
# `.`, draw the next index from row `P[ix]` with
# [`torch.multinomial`](../../pytorch/torch_multinomial/) (a draw from a
# [multinomial](../../makemore/multinomial/) distribution), and stop when `.` comes up
# again. A seeded [generator](../../pytorch/torch_generator/) makes the draws
# reproducible.

# %%
# `sample` is defined in the helper code at the top of this notebook
g = torch.Generator().manual_seed(2147483647)
print([sample(P, g) for _ in range(5)])

# %% [markdown]
# ## 5. How good is the model? The negative log likelihood
#
# A good model gives the bigrams that really occur high probability. The
# [likelihood](../../makemore/log_likelihood/) of the corpus is the product of those
# probabilities, far too small for a float, so we add their logs instead (log is
# [monotonic](../../makemore/monotonic/), so nothing is lost). The
# [negative log likelihood](../../makemore/negative_log_likelihood/), averaged over the
# bigrams, is the model's [loss](../../micrograd/loss/): 0 would be perfect, and a model
# that knows nothing (every next character equally likely) scores log 27 ≈ 3.2958.

# %%
p = P[xs, ys]  # the probability of each bigram that occurred
print("product of the probabilities:", p.prod().item())
log_likelihood = p.log().sum()
nll = -log_likelihood / len(p)
print(f"log likelihood: {log_likelihood.item():.1f}")
print(f"average NLL, +1 smoothing: {nll.item():.4f}")
print(f"uniform model:             {math.log(27):.4f}")

# %% [markdown]
# The unsmoothed table (`k = 0`) is the
# [maximum likelihood estimate](../../makemore/maximum_likelihood_estimation/): no other
# table gives the training names a lower NLL. Smoothing costs a little on the training
# names but keeps every probability above 0, so a name with an unseen bigram does not get
# an infinite loss.

# %%
P_mle = probabilities(N)  # k = 0
print(f"corpus NLL, k = 0: {average_nll(P_mle, xs, ys):.4f}")
xq, yq = encode(["andrej"])  # no census name ends in 'j'
print("andrej NLL, k = 0:", average_nll(P_mle, xq, yq))
print(f"andrej NLL, k = 1: {average_nll(P, xq, yq):.4f}")

# %% [markdown]
# ## 6. The same model as a neural network
#
# Now the table is learnt instead of counted. Each current character becomes a
# [one-hot](../../makemore/one_hot_encoding/) vector
# ([`F.one_hot`](../../pytorch/f_one_hot/)); a [matrix product](../../pytorch/matmul/) with
# a 27×27 [weight](../../micrograd/weight/) matrix `W` gives 27
# [logits](../../makemore/logits/) per example; [`exp`](../../pytorch/exp/) and
# normalising (together: [softmax](../../makemore/softmax/)) turn them into
# probabilities. Multiplying a one-hot vector by `W` just selects a row of `W`, so
# `softmax(W)` *is* the model's table (the idea behind an
# [embedding](../../makemore/embedding/)).

# %%
# `forward` is defined in the helper code at the top of this notebook
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g)
xenc = F.one_hot(xs, num_classes=27).float()  # (36122, 27)
print("one-hot @ W selects rows of W:", torch.equal(xenc @ W, W[xs]))
probs = forward(W, xenc)
nll = -probs[torch.arange(len(xs)), ys].log().mean()
loss = F.cross_entropy(xenc @ W, ys)
print(f"random W, softmax + NLL by hand: {nll.item():.4f}")
print(f"F.cross_entropy(logits, ys):     {loss.item():.4f}")

# %% [markdown]
# The hand-written softmax + NLL is exactly [cross-entropy](../../makemore/cross_entropy/),
# which PyTorch computes from the logits in one call. To train, we repeat: forward pass,
# [loss](../../micrograd/loss/), reset the [gradient](../../micrograd/gradient/)
# ([`W.grad = None`](../../micrograd/zero_grad/)), [`backward()`](../../pytorch/backward/),
# and a [gradient descent](../../makemore/gradient_descent/) step with
# [learning rate](../../micrograd/learning_rate/) 50 — on the whole
# [training set](../../makemore/training_set/) each time, not a
# [minibatch](../../makemore/minibatch/). The loss adds `0.01 * (W**2).mean()`, an L2
# [regularization](../../makemore/regularization/) that pulls `W` towards 0 (uniform
# rows), the neural counterpart of smoothing.

# %%
# `train` is defined in the helper code at the top of this notebook
W, history = train(xs, ys, steps=200, lr=50.0, reg=0.01)
for step in (0, 1, 10, 50, 100, 199):
    print(f"step {step + 1:>3}: NLL {history[step]:.4f}")

# %% [markdown]
# ## 7. Same loss, same table, same names
#
# Gradient descent on the NLL moves `softmax(W)` towards the normalised counts, the
# maximum likelihood estimate, so the neural model ends close to the count model's loss,
# never below the unsmoothed table's. Its table is so close that the seeded sampler draws
# the same names from it.

# %%
P_neural = F.softmax(W, dim=1)
for name, table in [("count model, no smoothing", P_mle),
                    ("count model, +1 smoothing", P),
                    ("neural model, 200 steps  ", P_neural)]:
    print(f"{name}: NLL {average_nll(table, xs, ys):.4f}")
g = torch.Generator().manual_seed(2147483647)
print("neural samples:", [sample(P_neural, g) for _ in range(5)])

# %% [markdown]
# A bigram model only ever sees one character of context, which is why its names sound
# plausible and are mostly not names. The next parts of makemore give the network more
# context.
