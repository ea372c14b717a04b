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
# # A WaveNet-style language model
#
# This walkthrough follows makemore, part 5: it takes the MLP of part 2, widens its
# context to 8 characters, and makes it deeper by fusing the context step by step, two
# neighbours at a time, the way WaveNet does. The layers are the ones the lecture writes,
# `glossary_examples.makemore.layers`, and every term links to its page.
#
# **The corpus and the budget.** The lecture trains a model of 76,579 parameters for
# 200,000 steps on `names.txt` (32,033 names) and reaches a dev loss of 1.993. This page
# is executed every time the site is built, so it trains a model of about 21,000
# parameters (the size of the lecture's first tree) for 1,000 steps, on the 5,163
# census first names of the [`names`](https://pypi.org/project/names/) package. Its
# losses are higher than the lecture's; `glossary mlp names.txt --model wavenet` trains
# the lecture's model for the lecture's 200,000 steps on the lecture's file.

# %%
import torch

from glossary_examples.makemore.training import evaluate, mlp, sample, train, wavenet
from glossary_examples.makemore.data import itos, load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

# small matrices: one thread is fastest; digits independent of cores
torch.set_num_threads(1)
from glossary_examples.makemore.layers import BatchNorm1d, Embedding, FlattenConsecutive, Linear

train_words, dev_words, _ = split_words(load_names())
block_size = 8
Xtr, Ytr = build_dataset(train_words, block_size)
Xdev, Ydev = build_dataset(dev_words, block_size)
for x, y in zip(Xtr[:8].tolist(), Ytr[:8].tolist()):
    print("".join(itos[i] for i in x), "-->", itos[y])

# %% [markdown]
# ## 1. Layers as objects
#
# Part 5 writes the model as a list of layer objects, in the style of `torch.nn`: an
# [embedding](../../makemore/embedding/) table, a flatten, linear layers, batch
# normalization, tanh. Each one is called on the previous one's output, which is all a
# [`Sequential`](../../makemore/nn_sequential/) container does, and each keeps its output
# as `.out`. A [context window](../../makemore/context_window/) of 8 characters,
# flattened at once, gives the flat MLP of part 2 with a wider first layer.

# %%
g = torch.Generator().manual_seed(42)
flat = mlp(block_size=8, n_embd=10, n_hidden=200, generator=g)
flat(Xtr[:4])
for layer in flat.layers:
    print(f"{type(layer).__name__:>18}: {tuple(layer.out.shape)}")
print("parameters:", sum(p.nelement() for p in flat.parameters()))

# %% [markdown]
# ## 2. Fusing two neighbours at a time
#
# [`FlattenConsecutive(2)`](../../makemore/flatten_consecutive/) concatenates each pair
# of neighbouring vectors instead of all 8, so the linear layer after it sees a 3-D
# tensor: 4 pairs per example. A matrix product on a 3-D tensor multiplies every pair by
# the same weights ([batched matrix multiplication](../../makemore/batched_matrix_multiplication/)).

# %%
emb = Embedding(27, 10, generator=g)(Xtr[:4])
pairs = FlattenConsecutive(2)(emb)
hidden = Linear(20, 64, bias=False, generator=g)(pairs)
print("emb", tuple(emb.shape), "-> pairs", tuple(pairs.shape), "-> hidden",
      tuple(hidden.shape))

# %% [markdown]
# The hidden tensor is (batch, positions, channels). Batch normalization must pool each
# channel over the batch *and* the positions; the lecture's first version pooled over the
# batch only and found out from the shape of its running mean
# ([BatchNorm1d on 3D input](../../makemore/batch_normalization_3d_input/)).

# %%
x = torch.randn((32, 4, 64), generator=g)
bn = BatchNorm1d(64)
bn(x)
print("mean over dim 0:", tuple(x.mean(0, keepdim=True).shape))
print("running_mean of the fixed layer:", tuple(bn.running_mean.shape))

# %% [markdown]
# ## 3. The tree
#
# Three levels of flatten-pairs, linear, batch normalization and tanh take the 8
# positions to 4, 2 and 1: this is the [WaveNet](../../makemore/wavenet/) of the
# lecture. Each output sees all 8 characters (its
# [receptive field](../../makemore/receptive_field/)); the same computation, run over a
# whole name at once, is a stack of
# [dilated causal convolutions](../../makemore/dilated_causal_convolution/).

# %%
g = torch.Generator().manual_seed(42)
model = wavenet(block_size=8, n_embd=16, n_hidden=64, generator=g)
model(Xtr[:4])
for layer in model.layers:
    print(f"{type(layer).__name__:>18}: {tuple(layer.out.shape)}")
print("parameters:", sum(p.nelement() for p in model.parameters()))

# %% [markdown]
# ## 4. Training
#
# The same loop as in part 2: minibatches of 32, learning rate 0.1, divided by 10 for the
# last quarter of the run. The part-5 [loss curve](../../makemore/loss_curve/) is
# smoothed by averaging windows of steps with `view(-1, k).mean(1)`.

# %%
lossi = train(model, Xtr, Ytr, steps=1000, lr=0.1, decay_at=0.75, generator=g)
smooth = torch.tensor(lossi).view(-1, 100).mean(1)
print("mean loss of each 100 steps:", [round(x, 3) for x in smooth.tolist()])

# %% [markdown]
# ## 5. Train, dev and samples
#
# Evaluation switches the batch normalization layers to their running statistics, so a
# single example can go through the model, which sampling needs.

# %%
print(f"train loss: {evaluate(model, Xtr, Ytr):.4f}")
print(f"dev loss:   {evaluate(model, Xdev, Ydev):.4f}")
g = torch.Generator().manual_seed(2147483647 + 10)
print("samples:", [sample(model, block_size, g) for _ in range(8)])
