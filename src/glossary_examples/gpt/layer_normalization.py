r"""layer normalization

Layer normalization rescales every feature vector (one per example and position) to mean 0 and variance 1 over its own features (just under 1: a small ε is added to the variance), then applies a learned scale and shift; unlike batch normalization it uses no statistics of the batch, so each example is normalized on its own, the same way in training and in evaluation.

For a vector $x$ of $C$ features,

$$\operatorname{LayerNorm}(x) = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}} + \beta, \qquad \mu = \frac{1}{C}\sum_i x_i, \quad \sigma^2 = \frac{1}{C}\sum_i (x_i - \mu)^2$$

with the biased variance (divided by $C$), $\epsilon = 10^{-5}$, and $\gamma$ (`weight`,
initially 1) and $\beta$ (`bias`, initially 0) learned per feature. Because of $\epsilon$
the normalized vector has variance $\sigma^2/(\sigma^2+\epsilon)$, a hair under 1, and a
constant vector comes out as $\beta$ rather than `nan`.

Batch normalization computes the same kind of formula down the other axis: for each
feature, over the examples of the batch. The lecture derives LayerNorm from its
`BatchNorm1d` class by taking the mean and variance over dimension 1 instead of 0, after
which the running averages are no longer needed. (Its class computes `x.var(1)`, torch's
unbiased variance, divided by $C-1$: its rows come out with variance $(C-1)/C$, not 1,
a hair off `nn.LayerNorm`, which the lecture then uses.) That changes three things: one
example's output no longer depends on the other examples in the batch; training and
evaluation compute exactly the same thing; and a batch of a single example works (in
training, `nn.BatchNorm1d` refuses a batch of one vector, which leaves one value per
feature). In a transformer the statistics are taken over the
`n_embd` channels of every position separately.

Where it goes: the lecture, like GPT-2, uses *pre-norm*: each sub-layer reads a
normalized copy of the residual stream, `x = x + self.sa(self.ln1(x))`, and one last
`ln_f` comes before the output head. The original Transformer used *post-norm*,
`x = ln(x + sa(x))`, which renormalizes the stream itself after every sub-layer. In
pre-norm the residual stream is never normalized, so a block whose branches output 0 is
exactly the identity.

>>> import torch
>>> y = torch.nn.LayerNorm(4)(torch.tensor([[1.0, 2.0, 3.0, 4.0]]))
>>> round(y.mean().item(), 6), round(y.var(unbiased=False).item(), 3)
(0.0, 1.0)
"""

ALIASES = ("LayerNorm", "nn.LayerNorm", "layer norm", "layernorm", "pre-norm", "LayerNorm vs BatchNorm")
SEE_ALSO = ("residual_connection", "data_normalization")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html"

# --8<-- [start:example]
import torch
import torch.nn as nn

torch.manual_seed(1337)
x = torch.randn(4, 5) * 3 + 1  # 4 examples, 5 features
with torch.no_grad():
    by_row = nn.LayerNorm(5)(x)  # each example over its features
    by_column = nn.BatchNorm1d(5)(x)  # each feature over the batch
print("LayerNorm  row means:   ", by_row.mean(1).round(decimals=4) + 0.0)
print("LayerNorm  row vars:    ", by_row.var(1, unbiased=False).round(decimals=4))
print("BatchNorm  column means:", by_column.mean(0).round(decimals=4) + 0.0)
print("BatchNorm  column vars: ", by_column.var(0, unbiased=False).round(decimals=4))
# --8<-- [end:example]

# --8<-- [start:batch]
import torch
import torch.nn as nn

torch.manual_seed(1337)
x = torch.randn(4, 5)
changed = x.clone()
changed[0] = changed[0] * 100  # change only the first example
ln, bn = nn.LayerNorm(5), nn.BatchNorm1d(5)
with torch.no_grad():
    print("LayerNorm: rows 1-3 unchanged?", torch.equal(ln(x)[1:], ln(changed)[1:]))
    print("BatchNorm: rows 1-3 unchanged?", torch.equal(bn(x)[1:], bn(changed)[1:]))
    print("LayerNorm: eval == train?", torch.equal(ln.eval()(x), ln.train()(x)))
    print("BatchNorm: eval == train?", torch.equal(bn.eval()(x), bn.train()(x)))
    try:
        bn.train()(x[:1])
    except ValueError as err:
        print("BatchNorm, one example:", err)
    print("LayerNorm, one example:", ln(x[:1]).shape)
# --8<-- [end:batch]

# --8<-- [start:prenorm]
import torch

from glossary_examples.gpt.model import Block

torch.manual_seed(1337)
block = Block(n_embd=16, n_head=4, block_size=8)  # x + sa(ln1(x)), then + ffwd(ln2(x))
x = torch.randn(1, 8, 16) * 5 + 2  # a residual stream far from mean 0, variance 1
with torch.no_grad():
    for layer in (block.sa.proj, block.ffwd.net[2]):  # each branch's last layer: 0
        layer.weight.zero_()
        layer.bias.zero_()
    pre = block(x)
    h = block.ln1(x + block.sa(x))  # post-norm: normalize after adding
    post = block.ln2(h + block.ffwd(h))
print("pre-norm block returns x unchanged: ", torch.equal(pre, x))
print("post-norm block returns x unchanged:", torch.equal(post, x))
largest_mean = post.mean(-1).abs().max()
print(f"post-norm output: |mean| at most {largest_mean:.3f} per position, "
      f"std {post.std(-1, unbiased=False).mean():.3f}")
# --8<-- [end:prenorm]
