r"""minibatch, iteration and epoch

A minibatch is a small random subset of the training examples used for one parameter update (an iteration); an epoch is one pass's worth of examples over the training set.

Computing the loss on every training example before each update is exact but slow. With
a minibatch of $B$ examples, drawn at random for each step, the gradient is only an
estimate of the full gradient, but it is cheap, so training can take many more steps in
the same time. That trade usually wins; gradient descent on minibatches is called
*stochastic gradient descent* (SGD). Makemore part 2 draws its minibatches with
`ix = torch.randint(0, Xtr.shape[0], (32,))` and computes the loss on `Xtr[ix]`.

The counting words:

- **iteration** (or step): one update of the parameters, using one minibatch;
- **batch size** $B$: the number of examples in a minibatch;
- **epoch**: as many examples as the training set holds, so $\lceil n / B \rceil$ iterations
  for $n$ training examples.

"One pass over the data" is exact only when the minibatches partition a shuffled
training set (for example `torch.randperm(n).split(B)`): then every example is used once
per epoch. `torch.randint` draws each minibatch independently and with replacement, so
over an epoch's worth of iterations some examples come up twice and about
$1/e \approx 37\%$ never come up at all. Both work; makemore uses `randint` and counts
iterations rather than epochs. Further reading:
[mini-batch in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#mini-batch).

The sizes and losses here differ from the video's: the examples split the 5,163 distinct
first names of the 1990 US census (from the `names` package, read offline), because the
lecture's `names.txt` (32,033 names) ships with no package.

>>> import math
>>> n, B = 28876, 32  # bigram examples in the training split of the census names
>>> math.ceil(n / B)  # iterations per epoch
903
"""

ALIASES = ("mini-batch", "batch size", "iteration", "epoch", "stochastic gradient descent", "SGD")
SEE_ALSO = ("gradient_descent", "training_set", "torch_generator", "learning_rate")
DOCS = ""

# --8<-- [start:example]
import math
import random
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)
# the training split's bigrams
xs = torch.tensor([stoi[a] for w in words[:4130] for a in "." + w])
ys = torch.tensor([stoi[b] for w in words[:4130] for b in w + "."])
n, batch_size = len(xs), 32
per_epoch = math.ceil(n / batch_size)
print("training examples:", n, " batch size:", batch_size, " iterations per epoch:",
      per_epoch)

g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g, requires_grad=True)
for iteration in range(1, 2 * per_epoch + 1):  # two epochs' worth of updates
    ix = torch.randint(0, n, (batch_size,), generator=g)  # a fresh random minibatch
    # W[x] = one_hot(x) @ W; 32 examples only
    loss = F.cross_entropy(W[xs[ix]], ys[ix])
    W.grad = None
    loss.backward()
    W.data += -10 * W.grad
    if iteration == 1 or iteration % per_epoch == 0:
        print(f"iteration {iteration:>4} = {iteration * batch_size / n:.2f} epochs: "
              f"minibatch loss {loss.item():.3f}")
print("loss on all training examples:", round(F.cross_entropy(W[xs], ys).item(), 3))
# --8<-- [end:example]

# --8<-- [start:epoch_coverage]
import math
import torch

n, batch_size = 28876, 32
iterations = math.ceil(n / batch_size)  # one epoch
g = torch.Generator().manual_seed(2147483647)

seen = torch.zeros(n, dtype=torch.bool)
for _ in range(iterations):
    seen[torch.randint(0, n, (batch_size,), generator=g)] = True
print(f"randint minibatches: {seen.float().mean().item():.1%} of the examples seen in "
      f"one epoch")

# shuffle, then cut into minibatches
batches = torch.randperm(n, generator=g).split(batch_size)
used = torch.cat(batches).bincount(minlength=n)
print(f"randperm minibatches: {len(batches)} iterations, every example used exactly "
      f"once:", (used == 1).all().item())
print("last minibatch size:", len(batches[-1]))
# --8<-- [end:epoch_coverage]
