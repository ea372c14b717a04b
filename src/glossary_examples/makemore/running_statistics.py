r"""running statistics (running mean and variance)

A batch normalization layer (by default) keeps running estimates of each feature's mean and variance, updated after every training batch as running = (1 - momentum) * running + momentum * batch value, and uses them in place of the batch's statistics in eval mode.

In training mode, batch normalization normalizes with the mean and variance of the current
batch. After training, though, the network must handle one example at a time, and its
output should not depend on which other examples happen to be in the batch. It needs
one fixed mean and variance per feature: those of the whole training set. makemore part
3 first computes them in an extra pass over the training set after training
("calibrating" the layer), then shows the cheaper way that PyTorch's batch normalization
layers (and those of other frameworks) use: keep an exponential moving average during
training, updated after each batch,

$$\text{running} \leftarrow (1 - m)\,\text{running} + m \cdot \text{batch value},$$

so that no extra pass is needed. `nn.BatchNorm1d` keeps them as `running_mean` (starting at
0) and `running_var` (starting at 1). They are *buffers*, not parameters: no gradient
reaches them, the optimizer does not see them, but they are saved with the model's
`state_dict`.

PyTorch's `momentum` $m$ (0.1 by default) is the weight of the **new** batch, the
opposite of the convention of optimizers, where momentum is the weight of the old value.
After $k$ batches with the same mean $\mu$, the running mean (started at 0) is
$(1 - (1 - m)^k)\,\mu$: a small momentum averages over more batches, so it is less noisy,
but it needs more steps to forget its starting value. The lecture's first, inline
version uses $m = 0.001$, because batches of 32 give noisy estimates; its `BatchNorm1d`
class later defaults to PyTorch's 0.1. `momentum=None` gives a plain cumulative average
of all the batches seen so far instead, and `track_running_stats=False` keeps no running
statistics at all (the layer then normalizes with the batch's in eval mode too).

`nn.BatchNorm1d` updates `running_var` with the *unbiased* batch variance (divided by
$n - 1$), although it normalizes the batch with the biased one (see Bessel's
correction). The lecture's first version keeps a running standard deviation
(`bnstd_running`) rather than a variance; its `BatchNorm1d` class keeps `running_var`,
updated with the unbiased variance it also normalizes with.

>>> import torch
>>> bn = torch.nn.BatchNorm1d(1)
>>> bn.running_mean, bn.running_var, bn.momentum
(tensor([0.]), tensor([1.]), 0.1)
>>> _ = bn(torch.tensor([[1.0], [3.0]]))  # batch mean 2, unbiased variance 2
>>> bn.running_mean, bn.running_var
(tensor([0.2000]), tensor([1.1000]))
"""

ALIASES = ("running mean", "running variance", "running_mean", "running_var", "BatchNorm momentum",
           "bnmean_running", "bnstd_running", "calibrating BatchNorm", "exponential moving average")
SEE_ALSO = ("batch_normalization", "train_and_eval_mode", "bessel_correction", "torch_no_grad")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
data = torch.randn(1000, 2, generator=g) * torch.tensor([1.0, 3.0])
data += torch.tensor([5.0, -1.0])  # feature means 5 and -1, variances 1 and 9
bn = torch.nn.BatchNorm1d(2)  # momentum 0.1, running_mean 0, running_var 1
mean, var = torch.zeros(2), torch.ones(2)  # the same update, by hand
for step in range(200):
    batch = data[torch.randint(0, 1000, (32,), generator=g)]
    bn(batch)  # training mode: normalizes with the batch, updates the running stats
    mean = 0.9 * mean + 0.1 * batch.mean(0)
    var = 0.9 * var + 0.1 * batch.var(0)  # unbiased batch variance (n - 1)

pairs = [("running_mean", bn.running_mean, mean), ("running_var", bn.running_var, var)]
for name, a, b in pairs:
    print(f"{name:12}  {a[0]:.4f} {a[1]:.4f}   by hand: {b[0]:.4f} {b[1]:.4f}")
m, v = data.mean(0), data.var(0)
print(f"all the data: mean {m[0]:.4f} {m[1]:.4f}   var {v[0]:.4f} {v[1]:.4f}")
# --8<-- [end:example]

# --8<-- [start:momentum]
import torch

batch = torch.tensor([[4.0], [6.0]])  # mean 5
for momentum in [0.1, 0.001, None]:
    bn = torch.nn.BatchNorm1d(1, momentum=momentum)
    for step in range(10):
        bn(batch)
    print(f"momentum {momentum}: running_mean after 10 batches "
          f"{bn.running_mean.item():.4f}")
print(f"1 - 0.9**10 = {1 - 0.9**10:.4f},  1 - 0.999**10 = {1 - 0.999**10:.4f}")
# --8<-- [end:momentum]
