r"""learning-rate decay

Learning-rate decay lowers the learning rate as training goes on, so that the early steps make fast progress and the late steps settle near a minimum instead of bouncing around it.

With minibatches every gradient is a noisy estimate, and each step moves the parameters
by the learning rate times that noise. A large rate gets down the slope quickly but then
keeps jumping around the bottom; a small one would settle but needs more steps to get
there. Decay takes both: a large rate first, a small one at the end.

Makemore uses the simplest schedule, a *step decay*: `lr = 0.1 if i < 100000 else 0.01` in
part 2 (of 200,000 steps), and the drop at step 150,000 in part 5. Other schedules lower
the rate gradually (exponentially, or along a cosine); the idea is the same.

A step decay pays off once the loss has stopped improving at the larger rate. Made while
the loss is still falling fast, the drop can just slow training down: on the census
names, a 1,000-step run of the part-2 MLP ends with a *higher* loss if its rate is cut
after 500 steps, because it was still improving. The example therefore uses the part-1 bigram network (a 27 × 27 table of
logits, trained on minibatches with rate 10), which stops improving after a few hundred
steps, so the effect of the decay shows up in a run that takes a fraction of a second.

>>> from glossary_examples.makemore.training import step_decay
>>> [step_decay(i, 200000, lr=0.1, decay_at=0.5) for i in (0, 99999, 100000, 199999)]
[0.1, 0.1, 0.01, 0.01]
"""

ALIASES = ("LR decay", "step decay", "learning rate schedule", "learning-rate schedule",
           "learning rate annealing")
SEE_ALSO = ("learning_rate", "learning_rate_finder", "minibatch", "gradient_descent", "loss_curve")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.StepLR.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

train, dev, _ = split_words(load_names())
Xtr, Ytr = build_dataset(train, block_size=1)  # bigram pairs
Xdev, Ydev = build_dataset(dev, block_size=1)
schedules = {"constant 10": [10.0] * 1000, "10, then 1": [10.0] * 500 + [1.0] * 500}
for name, rates in schedules.items():
    g = torch.Generator().manual_seed(42)  # the same minibatches for both schedules
    W = torch.zeros((27, 27), requires_grad=True)
    for lr in rates:
        ix = torch.randint(0, Xtr.shape[0], (32,), generator=g)
        loss = F.cross_entropy(W[Xtr[ix, 0]], Ytr[ix])  # W[x] = one_hot(x) @ W
        W.grad = None
        loss.backward()
        W.data += -lr * W.grad
    with torch.no_grad():
        train_loss = F.cross_entropy(W[Xtr[:, 0]], Ytr).item()
        dev_loss = F.cross_entropy(W[Xdev[:, 0]], Ydev).item()
    print(f"{name + ':':<12} train loss {train_loss:.4f}, dev loss {dev_loss:.4f}")
# --8<-- [end:example]
