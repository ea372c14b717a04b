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
# # Backprop ninja: the MLP's backward pass by hand
#
# This walkthrough follows makemore part 4. It takes the MLP of part 3 (embedding, one
# hidden layer with batch normalization and tanh, output layer, cross-entropy loss),
# splits its forward pass into small steps, and writes the backward pass of every step by
# hand. A [gradient check](../../makemore/gradient_check/) compares each hand-made gradient
# with the one PyTorch's autograd computes. Then, as in the lecture, it replaces the
# step-by-step backward passes of the loss and of BatchNorm with one-line formulas, and
# finally trains the network with the hand-written backward pass alone.
#
# **The corpus and the run length.** The lecture uses `names.txt` (32,033 names) and trains
# for 200,000 steps. This site builds offline and in seconds, so the data are the first
# names of the 1990 US census lists shipped with the
# [`names`](https://pypi.org/project/names/) package (5,163 names) and the training runs
# for 200 steps; the numbers differ from the lecture's.

# %%
import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

# small matrices: one thread is as fast, and sums come out the same every run
torch.set_num_threads(1)
# the lecture's 80/10/10 split
train_words, dev_words, test_words = split_words(load_names())
Xtr, Ytr = build_dataset(train_words, block_size=3)
Xdev, Ydev = build_dataset(dev_words, block_size=3)

n_embd, n_hidden, vocab_size, block_size = 10, 64, 27, 3
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((vocab_size, n_embd), generator=g)
W1 = torch.randn(
    (n_embd * block_size, n_hidden), generator=g
) * (5 / 3) / (n_embd * block_size) ** 0.5
# useless before BatchNorm; kept to check its gradient
b1 = torch.randn(n_hidden, generator=g) * 0.1
W2 = torch.randn((n_hidden, vocab_size), generator=g) * 0.1
b2 = torch.randn(vocab_size, generator=g) * 0.1
# not 1 and 0: mistakes must show
bngain = torch.randn((1, n_hidden), generator=g) * 0.1 + 1.0
bnbias = torch.randn((1, n_hidden), generator=g) * 0.1
parameters = [C, W1, b1, W2, b2, bngain, bnbias]
for p in parameters:
    p.requires_grad = True
print("parameters:", sum(p.nelement() for p in parameters))

# %% [markdown]
# ## 1. The forward pass, in small steps
#
# One minibatch of 32 examples, through every step the lecture spells out: the embedding
# lookup, the hidden layer, batch normalization with the variance divided by $n - 1$
# ([Bessel's correction](../../makemore/bessel_correction/)), tanh, the logits, and a
# cross-entropy loss written out as max subtraction, exp, sum, division, log, indexing and
# mean. Every intermediate tensor calls `retain_grad()`, because autograd keeps the
# gradients of [leaf tensors](../../micrograd/leaf_tensor/) only, and we want to compare
# all of them.

# %%
batch_size = n = 32
ix = torch.randint(0, Xtr.shape[0], (batch_size,), generator=g)
Xb, Yb = Xtr[ix], Ytr[ix]

emb = C[Xb]  # (32, 3, 10)
embcat = emb.view(emb.shape[0], -1)  # (32, 30)
hprebn = embcat @ W1 + b1  # hidden layer pre-activation
bnmeani = 1 / n * hprebn.sum(0, keepdim=True)
bndiff = hprebn - bnmeani
bndiff2 = bndiff**2
bnvar = 1 / (n - 1) * bndiff2.sum(0, keepdim=True)  # Bessel's correction: n - 1
bnvar_inv = (bnvar + 1e-5) ** -0.5
bnraw = bndiff * bnvar_inv
hpreact = bngain * bnraw + bnbias
h = torch.tanh(hpreact)
logits = h @ W2 + b2
logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes  # for numerical stability
counts = norm_logits.exp()
counts_sum = counts.sum(1, keepdim=True)
counts_sum_inv = counts_sum**-1
probs = counts * counts_sum_inv
logprobs = probs.log()
loss = -logprobs[range(n), Yb].mean()

for p in parameters:
    p.grad = None
intermediates = [
    logprobs, probs, counts, counts_sum, counts_sum_inv, norm_logits, logit_maxes, logits, h,
    hpreact, bnraw, bnvar_inv, bnvar, bndiff2, bndiff, hprebn, bnmeani, embcat, emb]
for t in intermediates:
    t.retain_grad()
loss.backward()
print(f"loss: {loss.item():.4f}   (F.cross_entropy: "
      f"{F.cross_entropy(logits, Yb).item():.4f})")

# %% [markdown]
# ## 2. Exercise 1: backpropagate through every step
#
# Each line below is the chain rule for one step of the forward pass, in reverse order.
# The rules it uses each have a page:
#
# - indexing and `mean`: only the 32 picked entries of `logprobs` get a gradient, $-1/n$;
# - products with a broadcast tensor (`counts * counts_sum_inv`, `bngain * bnraw`, adding
#   `b2`): [backward through broadcasting](../../makemore/broadcasting_backward/) sums
#   over the copied dimension, with `keepdim=True`;
# - a tensor used twice (`counts`, `bndiff`, `hprebn`) adds up the gradients of both uses;
# - [max backward](../../makemore/max_backward/) sends `dlogit_maxes` to each row's argmax;
# - [matmul backward](../../makemore/matmul_backward/): `dh = dlogits @ W2.T`,
#   `dW2 = h.T @ dlogits`;
# - [tanh backward](../../makemore/tanh_backward/): `(1 - h**2) * dh`;
# - [embedding backward](../../makemore/embedding_backward/): each looked-up row of `C`
#   collects the gradients of all its uses.
#
# `cmp` is the lecture's check: bit-for-bit equal, `torch.allclose`, and the largest
# difference.

# %%
def cmp(name, dt, t):
    exact = torch.all(dt == t.grad).item()
    approx = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f"{name:15s} | exact: {exact!s:5} | approximate: {approx!s:5} | maxdiff: "
          f"{maxdiff:.2e}")
    return exact


with torch.no_grad():
    dlogprobs = torch.zeros_like(logprobs)
    dlogprobs[range(n), Yb] = -1.0 / n
    dprobs = (1.0 / probs) * dlogprobs
    dcounts_sum_inv = (counts * dprobs).sum(1, keepdim=True)
    dcounts = counts_sum_inv * dprobs
    dcounts_sum = (-counts_sum**-2) * dcounts_sum_inv
    dcounts += torch.ones_like(counts) * dcounts_sum
    dnorm_logits = counts * dcounts
    dlogits = dnorm_logits.clone()
    dlogit_maxes = (-dnorm_logits).sum(1, keepdim=True)
    dlogits += F.one_hot(
        logits.max(1).indices, num_classes=logits.shape[1]
    ) * dlogit_maxes
    dh = dlogits @ W2.T
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(0)
    dhpreact = (1.0 - h**2) * dh
    dbngain = (bnraw * dhpreact).sum(0, keepdim=True)
    dbnraw = bngain * dhpreact
    dbnbias = dhpreact.sum(0, keepdim=True)
    dbndiff = bnvar_inv * dbnraw
    dbnvar_inv = (bndiff * dbnraw).sum(0, keepdim=True)
    dbnvar = (-0.5 * (bnvar + 1e-5) ** -1.5) * dbnvar_inv
    dbndiff2 = (1.0 / (n - 1)) * torch.ones_like(bndiff2) * dbnvar
    dbndiff += (2 * bndiff) * dbndiff2
    dhprebn = dbndiff.clone()
    dbnmeani = (-dbndiff).sum(0)
    dhprebn += 1.0 / n * (torch.ones_like(hprebn) * dbnmeani)
    dembcat = dhprebn @ W1.T
    dW1 = embcat.T @ dhprebn
    db1 = dhprebn.sum(0)
    demb = dembcat.view(emb.shape)
    dC = torch.zeros_like(C).index_add_(0, Xb.view(-1), demb.view(-1, n_embd))

checks = [("logprobs", dlogprobs, logprobs), ("probs", dprobs, probs),
          ("counts_sum_inv", dcounts_sum_inv, counts_sum_inv),
          ("counts_sum", dcounts_sum, counts_sum),
          ("counts", dcounts, counts), ("norm_logits", dnorm_logits, norm_logits),
          ("logit_maxes", dlogit_maxes, logit_maxes),
          ("logits", dlogits, logits),
          ("h", dh, h),
          ("W2", dW2, W2),
          ("b2", db2, b2),
          ("hpreact", dhpreact, hpreact),
          ("bngain", dbngain, bngain),
          ("bnbias", dbnbias, bnbias),
          ("bnraw", dbnraw, bnraw),
          ("bnvar_inv", dbnvar_inv, bnvar_inv),
          ("bnvar", dbnvar, bnvar),
          ("bndiff2", dbndiff2, bndiff2),
          ("bndiff", dbndiff, bndiff),
          ("bnmeani", dbnmeani, bnmeani),
          ("hprebn", dhprebn, hprebn),
          ("embcat", dembcat, embcat),
          ("W1", dW1, W1), ("b1", db1, b1), ("emb", demb, emb), ("C", dC, C)]
exact = [cmp(name, mine, t) for name, mine, t in checks]
print(f"{sum(exact)} of {len(exact)} exact, all approximate: "
      f"{all(torch.allclose(mine, t.grad) for _, mine, t in checks)}")

# %% [markdown]
# Every gradient is right, but from `hpreact` on they are only "approximate" on this
# machine, with differences in the last digits. That is not a mistake in the formulas:
# on CPUs where PyTorch uses its AVX2 or AVX-512 kernels, autograd's tanh backward rounds
# $1 - h \cdot h$ once, as a fused multiply-add, while `(1.0 - h**2)` rounds twice, and
# every gradient computed from `dhpreact` inherits the difference (see
# [tanh backward](../../makemore/tanh_backward/)). The lecture's own run printed exact
# all the way down. Using the function autograd calls for this one step,
# `torch.ops.aten.tanh_backward`, and repeating the rest of the chain makes every gradient
# exact; the `bngain`, `bnbias` and `b1` lines are shown as examples.

# %%
with torch.no_grad():
    dhpreact_t = torch.ops.aten.tanh_backward(dh, h)  # what autograd computes for tanh
    dbnraw_t = bngain * dhpreact_t
    dbndiff_t = bnvar_inv * dbnraw_t
    dbnvar_t = (
        -0.5 * (bnvar + 1e-5) ** -1.5
    ) * (bndiff * dbnraw_t).sum(0, keepdim=True)
    dbndiff_t += (2 * bndiff) * ((1.0 / (n - 1)) * torch.ones_like(bndiff2) * dbnvar_t)
    dhprebn_t = dbndiff_t + 1.0 / n * (torch.ones_like(hprebn) * (-dbndiff_t).sum(0))
    dC_t = torch.zeros_like(C).index_add_(0, Xb.view(-1),
                                          (dhprebn_t @ W1.T).view(-1, n_embd))
cmp("hpreact", dhpreact_t, hpreact)
cmp("bngain", (bnraw * dhpreact_t).sum(0, keepdim=True), bngain)
cmp("bnbias", dhpreact_t.sum(0, keepdim=True), bnbias)
cmp("hprebn", dhprebn_t, hprebn)
cmp("W1", embcat.T @ dhprebn_t, W1)
cmp("b1", dhprebn_t.sum(0), b1)
_ = cmp("C", dC_t, C)

# %% [markdown]
# Two more observations from the table. `dlogit_maxes` is tiny: subtracting the same
# number from every logit of a row does not change the softmax, so the loss does not depend
# on the maxes at all, and their gradient is only rounding. And `db1` is tiny next to
# `dW1`: a [bias before BatchNorm](../../makemore/bias_before_batch_normalization/) has no
# effect on the output, so its gradient is zero up to rounding.

# %%
print(f"largest |dlogit_maxes|: {dlogit_maxes.abs().max().item():.1e}")
print(f"largest |db1|: {db1.abs().max().item():.1e}   largest |dW1|: "
      f"{dW1.abs().max().item():.1e}")

# %% [markdown]
# ## 3. Exercise 2: the loss's backward pass in one line
#
# The whole chain from `logprobs` back to `logits` collapses into the
# [cross-entropy backward](../../makemore/cross_entropy_backward/) formula: softmax minus
# one-hot, divided by the batch size.

# %%
loss_fast = F.cross_entropy(logits, Yb)
print(f"loss: {loss_fast.item():.6f}, difference from the step-by-step loss: "
      f"{(loss_fast - loss).item():.1e}")
with torch.no_grad():
    dlogits_fast = F.softmax(logits, 1)
    dlogits_fast[range(n), Yb] -= 1
    dlogits_fast /= n
_ = cmp("logits", dlogits_fast, logits)

# %% [markdown]
# ## 4. Exercise 3: BatchNorm's backward pass in one line
#
# The same for batch normalization: the derivation on paper gives the
# [BatchNorm backward](../../makemore/batch_normalization_backward/) formula, with the
# factor $n/(n-1)$ that comes from the variance's $n - 1$.

# %%
with torch.no_grad():
    dhprebn_fast = bngain * bnvar_inv / n * (
        n * dhpreact - dhpreact.sum(0) - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
_ = cmp("hprebn", dhprebn_fast, hprebn)

# %% [markdown]
# ## 5. Exercise 4: training with the hand-written backward pass
#
# With the two one-line formulas, the whole backward pass fits in a dozen lines, and the
# network can be trained without `loss.backward()`. The first step is checked against
# autograd; the updates run under [`torch.no_grad`](../../pytorch/torch_no_grad/). The
# BatchNorm layer also keeps [running statistics](../../makemore/running_statistics/) for
# evaluation, with the lecture's momentum of 0.001.

# %%
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((vocab_size, n_embd), generator=g)
W1 = torch.randn(
    (n_embd * block_size, n_hidden), generator=g
) * (5 / 3) / (n_embd * block_size) ** 0.5
b1 = torch.randn(n_hidden, generator=g) * 0.1
W2 = torch.randn((n_hidden, vocab_size), generator=g) * 0.1
b2 = torch.randn(vocab_size, generator=g) * 0.1
bngain = torch.randn((1, n_hidden), generator=g) * 0.1 + 1.0
bnbias = torch.randn((1, n_hidden), generator=g) * 0.1
parameters = [C, W1, b1, W2, b2, bngain, bnbias]
bnmean_running, bnvar_running = torch.zeros((1, n_hidden)), torch.ones((1, n_hidden))
lossi = []
for step in range(200):
    ix = torch.randint(0, Xtr.shape[0], (batch_size,), generator=g)
    Xb, Yb = Xtr[ix], Ytr[ix]
    check = step == 0
    for p in parameters:
        p.requires_grad = check  # autograd only for the check of the first step
    # forward
    emb = C[Xb]
    embcat = emb.view(emb.shape[0], -1)
    hprebn = embcat @ W1 + b1
    bnmean = hprebn.mean(0, keepdim=True)
    bnvar = hprebn.var(0, keepdim=True, correction=1)
    bnvar_inv = (bnvar + 1e-5) ** -0.5
    bnraw = (hprebn - bnmean) * bnvar_inv
    hpreact = bngain * bnraw + bnbias
    h = torch.tanh(hpreact)
    logits = h @ W2 + b2
    loss = F.cross_entropy(logits, Yb)
    if check:
        loss.backward()
    # backward, by hand
    with torch.no_grad():
        dlogits = F.softmax(logits, 1)
        dlogits[range(n), Yb] -= 1
        dlogits /= n
        dh, dW2, db2 = dlogits @ W2.T, h.T @ dlogits, dlogits.sum(0)
        dhpreact = (1.0 - h**2) * dh
        dbngain = (bnraw * dhpreact).sum(0, keepdim=True)
        dbnbias = dhpreact.sum(0, keepdim=True)
        dhprebn = bngain * bnvar_inv / n * (
            n * dhpreact - dhpreact.sum(0) - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
        dembcat, dW1, db1 = dhprebn @ W1.T, embcat.T @ dhprebn, dhprebn.sum(0)
        dC = torch.zeros_like(C).index_add_(0, Xb.view(-1), dembcat.view(-1, n_embd))
        grads = [dC, dW1, db1, dW2, db2, dbngain, dbnbias]
        if check:
            for name, p, grad in zip(["C", "W1", "b1", "W2", "b2", "bngain", "bnbias"],
                                     parameters, grads):
                cmp(name, grad, p)
        for p, grad in zip(parameters, grads):
            p.data += -0.1 * grad  # the lecture's learning rate for the first half
        bnmean_running = 0.999 * bnmean_running + 0.001 * bnmean
        bnvar_running = 0.999 * bnvar_running + 0.001 * bnvar
    lossi.append(loss.item())
print(f"minibatch loss: step 0 {lossi[0]:.4f}, step 199 {lossi[-1]:.4f}")

# %% [markdown]
# Evaluating needs the mean and variance of the whole training set, not of a batch. With
# momentum 0.001, 200 steps are far too few for the running estimates to forget their
# starting values (0 and 1); the lecture's 200,000 steps are plenty. So here, as the
# lecture first does, the statistics are calibrated with one pass over the training set.

# %%
with torch.no_grad():
    hpre_all = C[Xtr].view(Xtr.shape[0], -1) @ W1 + b1
    bnmean_all, bnvar_all = (hpre_all.mean(0, keepdim=True),
                             hpre_all.var(0, keepdim=True, correction=1))
    print(f"running mean vs calibrated, largest gap: "
          f"{(bnmean_running - bnmean_all).abs().max().item():.3f}")
    for name, X, Y in [("train", Xtr, Ytr), ("dev", Xdev, Ydev)]:
        hpre = C[X].view(X.shape[0], -1) @ W1 + b1
        h = torch.tanh(
            bngain * (hpre - bnmean_all) * (bnvar_all + 1e-5) ** -0.5 + bnbias
        )
        print(f"{name} loss: {F.cross_entropy(h @ W2 + b2, Y).item():.4f}")

# %% [markdown]
# The losses are those of a short run on the census names, not the lecture's (about 2.07
# train and 2.11 dev after 200,000 steps on names.txt). What matters is that training
# works with a backward pass written entirely by hand, and that every gradient it uses was
# checked against autograd first.
