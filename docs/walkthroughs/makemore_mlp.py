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
# # An MLP language model
#
# This walkthrough builds the model of makemore, part 2, in the order of the lecture: cut
# the names into fixed windows of context, look each character up in an embedding table,
# feed the concatenated vectors through a hidden layer, train on minibatches and sample
# new names. It uses the glossary's own code (`glossary_examples.makemore`), and every
# term links to its page.
#
# **The corpus and the budget.** The lecture trains on `names.txt` (32,033 names) for
# 200,000 steps. This page is executed every time the site is built, so it trains a
# smaller model (100 hidden units instead of 200) for 3,000 steps, on the 5,163 first
# names of the 1990 US census that ship with the
# [`names`](https://pypi.org/project/names/) package. Its losses are therefore higher than
# the lecture's; `glossary mlp names.txt` trains the lecture's model for the lecture's
# 200,000 steps on the lecture's file.

# %%
import torch
import torch.nn.functional as F

from glossary_examples.makemore.training import evaluate, mlp, sample, train
from glossary_examples.makemore.data import itos, load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

# small matrices: one thread is fastest; digits independent of cores
torch.set_num_threads(1)

words = load_names()
print(len(words), "names:", words[:8])

# %% [markdown]
# ## 1. Context windows
#
# The model predicts the next character from the `block_size` characters before it, its
# [context window](../../makemore/context_window/). Every word gives one example per
# character, plus one for the end token `.`; a window that reaches past the start of the
# word is padded with `.`.

# %%
block_size = 3
X, Y = build_dataset(["emma"], block_size)
for x, y in zip(X.tolist(), Y.tolist()):
    print("".join(itos[i] for i in x), "--->", itos[y])

# %% [markdown]
# The words are shuffled with a fixed seed and split 80/10/10 into a
# [training set](../../makemore/training_set/), a dev set and a test set (see
# [overfitting](../../makemore/overfitting/)); the split is made on whole words, so no
# word feeds two splits.

# %%
train_words, dev_words, test_words = split_words(words)
Xtr, Ytr = build_dataset(train_words, block_size)
Xdev, Ydev = build_dataset(dev_words, block_size)
Xte, Yte = build_dataset(test_words, block_size)
print("train", tuple(Xtr.shape), " dev", tuple(Xdev.shape), " test", tuple(Xte.shape))

# %% [markdown]
# ## 2. Embeddings, concatenated
#
# Each character gets a learned vector: row `i` of a table `C`, the character's
# [embedding](../../makemore/embedding/). `C[X]` looks up every index of a batch at once;
# it is the same as multiplying one-hot vectors by `C`. The hidden layer wants one row per
# example, so the 3 vectors of a context are laid side by side with
# [`view`](../../makemore/tensor_view/), which reuses the memory of `C[X]` instead of
# copying it (see [storage and strides](../../makemore/tensor_storage/)).

# %%
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)
emb = C[Xtr[:32]]
print("emb:", tuple(emb.shape))
print("equals one_hot @ C:", torch.allclose(emb, F.one_hot(Xtr[:32], 27).float() @ C))
flat = emb.view(-1, 6)
print("view:", tuple(flat.shape))
print("equals cat(unbind):", torch.equal(flat, torch.cat(torch.unbind(emb, 1), 1)))

# %% [markdown]
# ## 3. The network
#
# A [hidden layer](../../micrograd/layer/) of [tanh](../../micrograd/tanh/) units reads
# the 6 numbers; an output layer turns its activations into 27
# [logits](../../makemore/logits/); [cross-entropy](../../makemore/cross_entropy/)
# scores them against the next character. This is the
# [MLP language model](../../makemore/mlp_language_model/) of Bengio et al. (2003). The
# lecture's first version has 3,481 [parameters](../../makemore/parameter_count/).

# %%
W1, b1 = torch.randn((6, 100), generator=g), torch.randn(100, generator=g)
W2, b2 = torch.randn((100, 27), generator=g), torch.randn(27, generator=g)
parameters = [C, W1, b1, W2, b2]
print("parameters:", sum(p.nelement() for p in parameters))
h = torch.tanh(flat @ W1 + b1)
logits = h @ W2 + b2
print("h", tuple(h.shape), " logits", tuple(logits.shape))
print(f"loss of the untrained model: {F.cross_entropy(logits, Ytr[:32]).item():.4f}")

# %% [markdown]
# Drawn from plain normal distributions, as in the lecture, the untrained model is
# confidently wrong: its loss is far above the 3.2958 of a uniform guess. Before training
# on everything, the lecture checks that the model can
# [overfit a single batch](../../makemore/overfitting_a_single_batch/) of 32 examples.

# %%
for p in parameters:
    p.requires_grad = True
for step in range(300):
    loss = F.cross_entropy(torch.tanh(C[Xtr[:32]].view(-1, 6) @ W1 + b1) @ W2 + b2,
                           Ytr[:32])
    for p in parameters:
        p.grad = None
    loss.backward()
    for p in parameters:
        p.data += -0.1 * p.grad
print(f"loss on the one batch after 300 steps: {loss.item():.4f}")

# %% [markdown]
# ## 4. Training on minibatches
#
# From here on the model comes from `mlp`: the same architecture with
# 10-number embeddings, written with the part-5 layers, and started the way later parts
# start it (weights scaled by one over the square root of their fan-in, a small output
# layer), so the first steps are not spent undoing a bad start. `train` is the
# lecture's loop: a random [minibatch](../../makemore/minibatch/) of 32 per step,
# learning rate 0.1 (the value a [learning-rate finder](../../makemore/learning_rate_finder/)
# suggests), divided by 10 for the last part of the run
# ([learning-rate decay](../../makemore/learning_rate_decay/)). The embedding size,
# the hidden width, the batch size and the schedule are all
# [hyperparameters](../../makemore/hyperparameter/).

# %%
g = torch.Generator().manual_seed(42)
model = mlp(block_size=3, n_embd=10, n_hidden=100, generator=g)
print("parameters:", sum(p.nelement() for p in model.parameters()))
lossi = train(model, Xtr, Ytr, steps=3000, lr=0.1, decay_at=0.8, generator=g)
smooth = torch.tensor(lossi).view(-1, 300).mean(1)
print("mean loss of each 300 steps:", [round(x, 3) for x in smooth.tolist()])

# %% [markdown]
# Each minibatch loss is noisy; the means of 300 consecutive steps show the trend of the
# [loss curve](../../makemore/loss_curve/).
#
# ## 5. Train, dev and samples
#
# The training loss says how well the model fits the names it trained on, the dev loss
# how well it does on names it has never seen. The test split stays untouched. Finally,
# [sampling](../../makemore/sampling/) feeds the model its own output, one character at
# a time, until it produces the end token. (The
# [embedding plot](../../makemore/embedding_plot/) page trains a version with 2-number
# embeddings and draws them.)

# %%
print(f"train loss: {evaluate(model, Xtr, Ytr):.4f}")
print(f"dev loss:   {evaluate(model, Xdev, Ydev):.4f}")
g = torch.Generator().manual_seed(2147483647 + 10)
print("samples:", [sample(model, block_size, g) for _ in range(8)])
