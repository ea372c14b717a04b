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
# # Activations, gradients and BatchNorm
#
# This walkthrough follows makemore part 3: it looks at what happens inside the MLP at
# initialization, fixes the initial loss and the saturated tanh units, scales the weights
# the Kaiming way, adds batch normalization, and then uses the lecture's diagnostics on a
# deeper network: activation and gradient histograms per tanh layer, and the
# update-to-data ratio of every weight matrix during training. Every step uses the
# glossary's own code (`glossary_examples.makemore`), and every term links to its page.
#
# **The corpus and the run length.** The lecture uses `names.txt` (32,033 names) and trains
# for 200,000 steps. This site has no network at build time and builds every page in
# seconds, so here the data are the first names of the 1990 US census lists shipped with
# the [`names`](https://pypi.org/project/names/) package (5,163 names), and the deep network
# trains for 100 steps. The numbers therefore differ from the lecture's; the shapes of the
# plots are the point.

# %%
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words
from glossary_examples.makemore.layers import BatchNorm1d, Linear, Tanh

# small matrices: one thread is as fast, and sums come out the same every run
torch.set_num_threads(1)
# the lecture's 80/10/10 split
train_words, dev_words, test_words = split_words(load_names())
Xtr, Ytr = build_dataset(train_words, block_size=3)
Xdev, Ydev = build_dataset(dev_words, block_size=3)
print("training examples:", tuple(Xtr.shape), " dev examples:", tuple(Xdev.shape))

# %% [markdown]
# ## 1. The loss at initialization
#
# The MLP of part 2 embeds 3 characters in 10 dimensions each, has one hidden
# [tanh](../../micrograd/tanh/) layer of 200 units and 27 output logits. Before training it
# should not prefer any character, so its loss should be the
# [expected initial loss](../../makemore/expected_initial_loss/), $-\ln(1/27) \approx 3.2958$.
# With every parameter drawn from $N(0, 1)$ it is far higher: the logits are large, so the
# network is confidently wrong. Scaling the last layer down by 0.01 and zeroing its bias fixes it.

# %%
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
W2 = torch.randn((200, 27), generator=g)
b2 = torch.randn(27, generator=g)
ix = torch.randint(0, Xtr.shape[0], (32,), generator=g)  # one minibatch
emb = C[Xtr[ix]].view(32, 30)
hpreact = emb @ W1 + b1
h = torch.tanh(hpreact)
print(f"expected:               {math.log(27):.4f}")
print(f"W2, b2 ~ N(0, 1):       {F.cross_entropy(h @ W2 + b2, Ytr[ix]).item():.4f}")
print(f"W2 * 0.01, b2 = 0:      {F.cross_entropy(h @ (W2 * 0.01), Ytr[ix]).item():.4f}")

# %% [markdown]
# ## 2. Saturated tanh units
#
# The hidden layer has the opposite problem. Its 30 inputs are summed with $N(0, 1)$
# weights, so the pre-activations have a standard deviation of about $\sqrt{30}$, and most
# outputs land on the flat tails of tanh: [tanh saturation](../../makemore/tanh_saturation/).
# There the local gradient $1 - h^2$ is nearly 0, so those units barely learn. The right
# panel is the lecture's picture: white where $|h| > 0.99$, one row per example and one
# column per unit. A column that is white from top to bottom would be a
# [dead neuron](../../makemore/dead_neuron/).

# %%
saturated = h.abs() > 0.99
print(f"hpreact std {hpreact.std().item():.2f}; "
      f"|h| > 0.99 for {saturated.float().mean().item():.1%}; "
      f"units saturated on all 32 examples: {saturated.all(0).sum().item()}")
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3),
                                  gridspec_kw={"width_ratios": [1, 2]})
left.hist(h.view(-1).numpy(), bins=50, color="C0")
left.set_title("h = tanh(hpreact), N(0, 1) weights")
right.imshow(saturated.numpy(), cmap="gray", interpolation="nearest")
right.set_title("|h| > 0.99 (white)")
right.set_xlabel("hidden unit")
right.set_ylabel("example")
plt.show()

# %% [markdown]
# ## 3. Kaiming initialization
#
# Each output of the layer is a sum of `fan_in` = 30 products, so its variance is 30 times
# the product of the inputs' and weights' variances. Weights with standard deviation
# $\text{gain}/\sqrt{30}$ keep the scale; for tanh, `nn.init.calculate_gain` recommends a gain
# of 5/3 ([Kaiming initialization](../../makemore/kaiming_initialization/),
# [calculate_gain](../../pytorch/calculate_gain/)). The pre-activations are then close to
# unit scale, and only a few percent of the units are saturated.

# %%
W1_kaiming = W1 * (5 / 3) / 30**0.5
hpreact = emb @ W1_kaiming + b1 * 0.01
h = torch.tanh(hpreact)
print(f"W1 std {W1_kaiming.std().item():.4f} (5/3 / sqrt(30) = {(5 / 3) / 30**0.5:.4f}); "
      f"hpreact std {hpreact.std().item():.2f}; "
      f"|h| > 0.99 for {(h.abs() > 0.99).float().mean().item():.1%}")

# %% [markdown]
# ## 4. Batch normalization
#
# [Batch normalization](../../makemore/batch_normalization/) standardizes every
# pre-activation over the batch, then scales and shifts it by a learned gain and bias.
# Whatever the weights' scale, the tanh then sees inputs of a healthy size. A
# [bias before BatchNorm](../../makemore/bias_before_batch_normalization/) is useless (the
# batch mean removes it), so the linear layers below have none. At evaluation time the
# layer uses its [running statistics](../../makemore/running_statistics/), which is why it
# needs to know whether it is in [train or eval mode](../../makemore/train_and_eval_mode/).
#
# From here on, the network is the lecture's "PyTorch-ified" version: five hidden layers of
# 100 units, built from the glossary's `Linear`, `BatchNorm1d` and `Tanh` layers (written
# like `torch.nn`'s, each keeping its last output in `.out`).

# %%
def build(gain, batchnorm, seed=2147483647):
    g = torch.Generator().manual_seed(seed)
    C = torch.randn((27, 10), generator=g)
    layers = []
    for fan_in in [30, 100, 100, 100, 100]:  # five hidden layers of 100 tanh units
        layers += [Linear(fan_in, 100, bias=not batchnorm, generator=g)]
        layers += [BatchNorm1d(100)] if batchnorm else []
        layers += [Tanh()]
    layers += [
        Linear(100, 27, bias=not batchnorm, generator=g)
    ] + ([BatchNorm1d(27)] if batchnorm else [])
    with torch.no_grad():
        if batchnorm:
            layers[-1].gamma *= 0.1  # a less confident start
        else:
            layers[-1].weight *= 0.1
        for layer in layers[:-1]:
            if isinstance(layer, Linear):
                layer.weight *= gain  # Linear already divides by sqrt(fan_in)
    parameters = [C] + [p for layer in layers for p in layer.parameters()]
    for p in parameters:
        p.requires_grad = True
    return C, layers, parameters


def forward_backward(C, layers, parameters, ix):
    x = C[Xtr[ix]].view(len(ix), -1)
    for layer in layers:
        x = layer(x)
    loss = F.cross_entropy(x, Ytr[ix])
    for layer in layers:
        layer.out.retain_grad()  # keep the gradients of the activations, for the plots
    for p in parameters:
        p.grad = None
    loss.backward()
    return loss


# %% [markdown]
# ## 5. Without BatchNorm, the gain decides everything
#
# One forward and backward pass through the five tanh layers without BatchNorm, for four
# gains. Too small a gain and the activations shrink layer after layer; too large and the
# units saturate; 5/3 keeps both the activations and their gradients at a steady scale
# ([vanishing and exploding gradients](../../makemore/vanishing_and_exploding_gradients/)).

# %%
ix = torch.randint(0, Xtr.shape[0], (32,), generator=torch.Generator().manual_seed(42))
for gain in [0.5, 1.0, 5 / 3, 3.0]:
    C_, layers, parameters = build(gain, batchnorm=False)
    forward_backward(C_, layers, parameters, ix)
    tanhs = [layer for layer in layers if isinstance(layer, Tanh)]
    stds = " ".join(f"{t.out.std().item():.2f}" for t in tanhs)
    sat = " ".join(f"{(t.out.abs() > 0.97).float().mean().item():4.0%}" for t in tanhs)
    grads = " ".join(f"{t.out.grad.std().item():.1e}" for t in tanhs)
    print(f"gain {gain:.2f} | activation std {stds} | saturated {sat} | gradient std "
          f"{grads}")

# %% [markdown]
# The lecture's histograms for gain 5/3, one curve per tanh layer: the activations keep
# their spread (a few percent saturated), and the gradients of the activations have
# similar spreads in every layer.

# %%
C_, layers, parameters = build(5 / 3, batchnorm=False)
forward_backward(C_, layers, parameters, ix)
fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6))
for i, layer in enumerate(layers[:-1]):
    if isinstance(layer, Tanh):
        for ax, t in [(top, layer.out), (bottom, layer.out.grad)]:
            counts, edges = torch.histogram(t.detach(), bins=50, density=True)
            ax.plot(edges[:-1].numpy(), counts.numpy(),
                    label=f"layer {i} ({layer.__class__.__name__})")
top.set_title("activation distribution, no BatchNorm, gain 5/3")
bottom.set_title("gradient distribution of the activations")
top.legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 6. With BatchNorm: training, and the update-to-data ratio
#
# Now the network with a BatchNorm layer after every linear layer, trained for 100 steps
# with minibatches of 32 and learning rate 0.1. After every step we record, for each
# weight matrix, the [update-to-data ratio](../../makemore/update_to_data_ratio/): the
# standard deviation of the step's change over the standard deviation of the weights, as
# log10. The updates happen inside [`torch.no_grad`](../../pytorch/torch_no_grad/).

# %%
C_bn, layers, parameters = build(5 / 3, batchnorm=True)
weights = [p for p in parameters if p.ndim == 2]  # C and the six weight matrices
print("parameters:", sum(p.nelement() for p in parameters))
g = torch.Generator().manual_seed(42)
lr, lossi, ud = 0.1, [], []
for step in range(100):
    ix = torch.randint(0, Xtr.shape[0], (32,), generator=g)
    loss = forward_backward(C_bn, layers, parameters, ix)
    with torch.no_grad():
        for p in parameters:
            p -= lr * p.grad
        ud.append(
            [((lr * p.grad).std() / p.data.std()).log10().item() for p in weights]
        )
    lossi.append(loss.item())
print(f"minibatch loss: step 0 {lossi[0]:.4f}, step 99 {lossi[-1]:.4f}")

# %% [markdown]
# The activations and gradients after training: BatchNorm keeps every tanh layer at the
# same healthy spread, with only a few percent of the units saturated, and the gradients
# of the activations at similar scales in every layer.

# %%
fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6))
for i, layer in enumerate(layers[:-1]):
    if isinstance(layer, Tanh):
        t = layer.out
        print(f"layer {i:2} (Tanh): mean {t.mean().item():+.2f}, std {t.std().item():.2f}, "
              f"saturated {(t.abs() > 0.97).float().mean().item():.1%}, "
              f"gradient std {t.grad.std().item():.1e}")
        for ax, values in [(top, t), (bottom, t.grad)]:
            counts, edges = torch.histogram(values.detach(), bins=50, density=True)
            ax.plot(edges[:-1].numpy(), counts.numpy(), label=f"layer {i}")
top.set_title("activation distribution, with BatchNorm, after 100 steps")
bottom.set_title("gradient distribution of the activations")
top.legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# The gradients of the weight matrices, and the update-to-data ratios over training. The
# lecture aims for ratios around $10^{-3}$ (the dashed line): much lower and the weights
# learn slowly, much higher and the steps are too large for the weights' scale. In a run
# this short the ratios are still changing; the lecture's curves, over 1,000 steps on
# names.txt, settle near the line.

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4))
for i, p in enumerate(weights):
    counts, edges = torch.histogram(p.grad, bins=50, density=True)
    left.plot(edges[:-1].numpy(), counts.numpy(), label=f"{tuple(p.shape)}")
    right.plot([row[i] for row in ud], label=f"{tuple(p.shape)}")
    print(f"weight {str(tuple(p.shape)):10} | grad std {p.grad.std().item():.2e} "
          f"| grad:data {(p.grad.std() / p.std()).item():.2e} "
          f"| last log10 update/data {ud[-1][i]:.2f}")
left.set_title("weight gradient distribution")
right.axhline(-3, color="k", linestyle="--")
right.set_title("log10 update-to-data ratio")
right.set_xlabel("step")
right.legend(fontsize=10, loc="upper left")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 7. Evaluation: running statistics
#
# To evaluate, every layer goes into eval mode: BatchNorm then normalizes with the running
# mean and variance it kept during training instead of the batch's, so each example gets
# the same output whatever batch it is in. The lecture first "calibrates" with one pass over
# the whole training set, computing each feature's mean and variance with the final
# weights. The running estimates were collected while the weights were still changing, so
# after a short run they differ noticeably from those whole-set values; in a long run,
# with the weights changing slowly at the end, they come close.

# %%
with torch.no_grad():
    for layer in layers:
        layer.training = False
    for name, X, Y in [("train", Xtr, Ytr), ("dev", Xdev, Ydev)]:
        x = C_bn[X].view(X.shape[0], -1)
        for layer in layers:
            x = layer(x)
        print(f"{name} loss: {F.cross_entropy(x, Y).item():.4f}")
    # the first BatchNorm's input, whole set
    pre = C_bn[Xtr].view(Xtr.shape[0], -1) @ layers[0].weight
    bn = layers[1]
    print(f"first BatchNorm, largest gap to the whole-set values: "
          f"mean {(bn.running_mean - pre.mean(0)).abs().max().item():.3f}, "
          f"variance {(bn.running_var / pre.var(0) - 1).abs().max().item():.1%} (relative)")

# %% [markdown]
# After 100 steps the dev loss is still far from the lecture's (about 2.1 after 200,000
# steps on names.txt); the point here is the diagnostics, which look the same after a
# short run. The next lecture, backprop ninja, writes the backward pass of this network by hand.
