r"""learning-rate finder

A learning-rate finder trains a fresh model briefly while raising the learning rate exponentially from very small to large, and picks a rate from the plot of loss against rate, below the point where the loss stops falling.

Too small a learning rate wastes steps, too large a one makes the loss jump around or
grow. Instead of guessing, makemore part 2 sweeps the exponent:
`lre = torch.linspace(-3, 0, 1000)` and `lrs = 10**lre` give 1,000 rates from 0.001 to 1,
spaced evenly on a log scale,
and step `i` of one training run uses `lrs[i]`. (The example runs the lecture's training
loop, `train`, for one step at a time, with the next rate each time.) Plotting the loss of each step against
`lre` shows a curve that is flat at first (the steps are too small to matter), falls, and
turns up again once the steps get too big. The lecture reads about $10^{-1}$ off its plot
and trains with 0.1.

The plot is a rough guide, not a measurement of each rate: the loss at step `i` belongs to
a model that all the smaller rates before it have already trained, and each point is the
loss of one noisy minibatch. That is why a rate is picked somewhat below the bottom of the
valley rather than at it. The run here uses the
census names and the initialisation of `mlp`, so the valley is not exactly where
the lecture's plot has it.

>>> import torch
>>> lrs = 10 ** torch.linspace(-3, 0, 1000)
>>> round(lrs[0].item(), 6), round(lrs[-1].item(), 6), len(lrs)
(0.001, 1.0, 1000)
"""

ALIASES = ("LR finder", "learning rate range test", "LR range test", "lrs = 10**lre")
SEE_ALSO = ("learning_rate", "learning_rate_decay", "minibatch", "loss_curve", "hyperparameter")
DOCS = ""

# --8<-- [start:example]
import matplotlib.pyplot as plt
import torch
from glossary_examples.makemore.training import mlp, train
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(2147483647)
model = mlp(n_embd=2, n_hidden=100, generator=g)  # the lecture's size here
lre = torch.linspace(-3, 0, 1000)  # exponents: rates 10**lre from 0.001 to 1
lossi = []
for i in range(1000):  # one minibatch step at each rate, in increasing order
    lossi += train(model, X, Y, steps=1, lr=10 ** lre[i].item(), generator=g)

avg = torch.tensor(lossi).view(20, 50).mean(1)  # 20 windows of 50 steps
best = avg.argmin().item()
rate = 10 ** lre.view(20, 50)[best].mean()
print(f"lowest average loss {avg[best]:.3f} at lr about {rate:.2f}")
print(f"average loss over the last 50 steps (lr near 1): {avg[-1]:.3f}")
fig, ax = plt.subplots()
ax.plot(lre, lossi, color="C0", alpha=0.4, label="loss of each step")
ax.plot(lre.view(20, 50).mean(1), avg, color="C1", label="average of 50 steps")
ax.set_xlabel("lre (the learning rate is 10**lre)", fontsize=11)
ax.legend()
plt.show()
# --8<-- [end:example]
