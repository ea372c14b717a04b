r"""learning rate

The learning rate is the step size of gradient descent: the number that scales each gradient in the update p.data += -lr * p.grad.

The gradient gives the direction in which the loss rises fastest, and how steeply; the
learning rate decides how far each update moves against it. Too small, and training crawls.
Too large, and a step jumps past the minimum: the loss oscillates, or grows without bound
(divergence).

The one-parameter loss $L(w) = (w - 3)^2$ shows all of this exactly. Its gradient is
$2(w - 3)$, so one update turns the distance to the minimum, $w - 3$, into
$(1 - 2\,\text{lr})(w - 3)$:

- $0 < \text{lr} < 0.5$: the distance shrinks by the same factor each step, without overshooting;
- $\text{lr} = 0.5$: the first step lands exactly on the minimum;
- $0.5 < \text{lr} < 1$: each step overshoots, flipping sides, but still gets closer;
- $\text{lr} > 1$: each step lands farther away than the last, and $w$ diverges.

A real network's loss bends differently in different directions, so no formula gives its
learning rate: it is a *hyperparameter*, chosen by trying a few values (the lecture used 0.01
to 0.1 for its MLP) and often lowered later in training.

>>> from glossary_examples.micrograd import Value
>>> w = Value(0.0)
>>> for step in range(20):
...     loss = (w - 3) ** 2
...     w.grad = 0.0
...     loss.backward()
...     w.data += -0.1 * w.grad
>>> round(w.data, 6), round(3 - 3 * 0.8**20, 6)
(2.965412, 2.965412)
"""

ALIASES = ("lr", "step size")
SEE_ALSO = ("gradient_descent", "gradient", "backward_pass", "zero_grad")
DOCS = "https://docs.pytorch.org/docs/stable/optim.html"
SEARCH_BOOST = 1.5  # searching its title, "learning-rate decay" and "finder" ranked first

# --8<-- [start:example]
from glossary_examples.micrograd import Value

for lr in [0.01, 0.1, 0.5, 0.9, 1.1]:
    w = Value(0.0)  # the minimum of (w - 3)**2 is at w = 3
    for step in range(20):
        loss = (w - 3) ** 2
        w.grad = 0.0
        loss.backward()
        w.data += -lr * w.grad
    print(
        f"lr {lr:4}: w after 20 steps = {w.data:10.4f}   loss = {(w.data - 3) ** 2:.4g}"
    )
# --8<-- [end:example]

# --8<-- [start:mlp]
import random

from glossary_examples.micrograd import MLP

xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for lr in [0.001, 0.01, 0.1, 0.5]:
    random.seed(1337)  # the same starting network for every rate
    n = MLP(3, [4, 4, 1])
    for k in range(20):
        loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
        n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data += -lr * p.grad
    print(f"lr {lr:5}: loss {loss.data:.4f}, predictions "
          f"{[round(n(x).data, 2) for x in xs]}")
# --8<-- [end:mlp]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

from glossary_examples.micrograd import Value

for lr in [0.01, 0.1, 0.5, 0.9, 1.1]:
    w = Value(0.0)
    path = [w.data]
    for step in range(12):
        loss = (w - 3) ** 2
        w.grad = 0.0
        loss.backward()
        w.data += -lr * w.grad
        path.append(w.data)
    plt.plot(path, "o-", markersize=3, label=f"lr = {lr}")
plt.axhline(3, color="C7", linestyle=":")
plt.ylim(-3, 9)
plt.xlabel("step")
plt.ylabel("w (minimum at 3)")
plt.legend()
plt.show()
# --8<-- [end:figure]
