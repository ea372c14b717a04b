r"""loss curve

A loss curve plots the training loss against the training step, often on a log scale and averaged over windows of steps, to show whether training is still making progress.

Makemore records the loss of every minibatch (`lossi.append(loss.log10().item())`) and
plots it. Each point is the loss of 32 random examples, so the curve is a thick band of
noise around the trend, and the band hides what matters: is the loss still falling, has
it levelled off, did the learning-rate decay help? Part 2 plots the $\log_{10}$ of the
loss, which spreads out the small late improvements; part 5 smooths the curve by averaging
windows of steps: `torch.tensor(lossi).view(-1, 1000).mean(1)` turns 200,000 losses into
200 points, each the mean of 1,000 consecutive steps.

The `view(-1, k)` trick cuts the list into rows of `k` consecutive losses (row-major
order), and `.mean(1)` averages each row. The number of steps must be a multiple of `k`,
or `view` raises an error; drop the remainder first (`lossi[: len(lossi) // k * k]`).
Averaging $k$ roughly independent minibatch losses divides their spread by about
$\sqrt{k}$.

>>> import torch
>>> torch.arange(6.0).view(-1, 3).mean(1).tolist()
[1.0, 4.0]
"""

ALIASES = ("training curve", "smoothing a loss curve", "lossi", "view(-1, k).mean(1)", "loss plot")
SEE_ALSO = ("loss", "minibatch", "learning_rate_decay", "tensor_view", "learning_rate_finder")
DOCS = ""

# --8<-- [start:example]
import matplotlib.pyplot as plt
import torch
from glossary_examples.makemore.training import mlp, train
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(42)
model = mlp(n_embd=10, n_hidden=64, generator=g)
lossi = train(model, X, Y, steps=600, lr=0.1, decay_at=0.5, generator=g)

smooth = torch.tensor(lossi).view(-1, 60).mean(1)  # 10 windows of 60 steps
print("loss of the first 3 steps:", [round(x, 3) for x in lossi[:3]])
print("mean of each 60 steps:    ", [round(x, 3) for x in smooth.tolist()])
fig, (raw, smoothed) = plt.subplots(1, 2, sharey=True)
raw.plot(torch.tensor(lossi).log10(), color="C0", linewidth=0.5)
raw.set_title("log10 loss of each step", fontsize=11)
smoothed.plot(range(30, 600, 60), smooth.log10(), "o-", color="C1")
smoothed.set_title("mean of 60 steps", fontsize=11)
for ax in (raw, smoothed):
    ax.axvline(300, color="C2", linestyle="--")  # learning rate 0.1 -> 0.01
    ax.set_xlabel("step", fontsize=11)
plt.show()
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

g = torch.Generator().manual_seed(0)
lossi = torch.rand(1050, generator=g).tolist()  # 1,050 steps
try:
    torch.tensor(lossi).view(-1, 100)
except RuntimeError as err:
    print("view(-1, 100):", err)
k = 100
smooth = torch.tensor(lossi[: len(lossi) // k * k]).view(-1, k).mean(1)
print("after dropping the last", len(lossi) % k, "steps:", tuple(smooth.shape))
# --8<-- [end:pitfall]
