r"""overfitting a single batch

Overfitting a single batch means training a fresh model on a handful of examples until their loss is close to its lowest possible value, a quick check that the model and the training loop can learn at all.

A model with thousands of parameters should be able to memorize a few dozen examples.
If its loss on them does not fall, something is broken before any question of
generalization comes up: a wrong shape, a missing `backward`, gradients that are never
applied, a learning rate far off. Makemore part 2 does this first: the 32 examples of the
first five names (`emma`, `olivia`, `ava`, `isabella`, `sophia`) against its 3,481
parameters.

The loss does not go to 0, and it cannot. The five examples with the context `...` have
five different targets (`e`, `o`, `a`, `i`, `s`): the best a model can do is give each of
them probability 1/5, and every other context that is followed by different characters
costs the same way. The lowest reachable loss is the average, over the examples, of
$-\log$ of the share each target has among the targets of its context (the conditional
entropy of the batch); here it is about 0.25. A model that gets close to that value has
memorized the batch.

A training loss this low says nothing about new names: this is [overfitting](overfitting.md)
on purpose, as a test of the machinery.

>>> import math
>>> round(-math.log(1 / 5), 4)  # each of the five '...' examples, at best
1.6094
"""

ALIASES = ("overfit one batch", "overfit a single batch", "single-batch overfitting",
           "overfitting one batch")
SEE_ALSO = ("overfitting", "mlp_language_model", "minibatch", "gradient_descent", "negative_log_likelihood")
DOCS = ""

# --8<-- [start:example]
import math
from collections import Counter
import torch
import torch.nn.functional as F
from glossary_examples.makemore.dataset import build_dataset

torch.set_num_threads(1)  # the same digits whatever the number of cores
X, Y = build_dataset(["emma", "olivia", "ava", "isabella", "sophia"], block_size=3)
g = torch.Generator().manual_seed(2147483647)
shapes = [(27, 2), (6, 100), (100,), (100, 27), (27,)]
parameters = [torch.randn(s, generator=g, requires_grad=True) for s in shapes]
C, W1, b1, W2, b2 = parameters
for step in range(501):
    # all 32
    loss = F.cross_entropy(torch.tanh(C[X].view(-1, 6) @ W1 + b1) @ W2 + b2, Y)
    if step % 100 == 0:
        print(f"step {step:4d}: loss {loss.item():.4f}")
    for p in parameters:
        p.grad = None
    loss.backward()
    for p in parameters:
        p.data += -0.1 * p.grad

contexts = [tuple(x) for x in X.tolist()]
pairs, seen = Counter(zip(contexts, Y.tolist())), Counter(contexts)
best = -sum(n * math.log(n / seen[x]) for (x, y), n in pairs.items()) / len(Y)
print(f"examples: {len(Y)}, parameters: {sum(p.nelement() for p in parameters)}, "
      f"lowest reachable loss: {best:.4f}")
# --8<-- [end:example]
