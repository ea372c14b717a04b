r"""gradient descent

Gradient descent minimizes a loss by repeatedly moving every parameter a small step against its gradient, the direction in which the loss grows fastest.

One step is

$$\theta \leftarrow \theta - \eta \, \nabla_\theta L(\theta),$$

where $\eta$ is the learning rate. The gradient points uphill, so a small enough step
against it lowers the loss (unless the gradient is 0: at a minimum, a maximum or a saddle
point, the step is 0). Repeating the step is the whole algorithm: compute the loss (forward pass),
its gradient (backward pass), update, and start again. Makemore's bigram network does
exactly this with `W.data += -50 * W.grad`, a learning rate of 50.

Whether it works depends on the learning rate. On the parabola $L(w) = (w - 3)^2$ the
gradient is $2(w - 3)$, and one step gives $w - 3 \leftarrow (1 - 2\eta)(w - 3)$: the
distance to the minimum is multiplied by $1 - 2\eta$ at every step. So the iterates
converge for $0 < \eta < 1$ (slowly for small $\eta$, oscillating around the minimum
for $0.5 < \eta < 1$, in one step for $\eta = 0.5$), and diverge for $\eta > 1$, where
every step overshoots further than the last. Real losses have no such formula, but the
same three regimes show up.

Gradient descent only ever looks at the local slope. On a loss with several valleys, with a
small learning rate, it settles in the valley it starts in, which need not be the lowest
one: on
$w^4 - 3w^2 + w$, starting at $w = 2$ ends in the valley at 1.13, starting at $w = -2$ in
the deeper one at -1.30. That is one reason training runs are seeded: a different
random start can end somewhere else. Further reading:
[gradient descent in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#gradient-descent).

>>> import torch
>>> w = torch.tensor(0.0, requires_grad=True)
>>> for _ in range(100):
...     loss = (w - 3) ** 2
...     w.grad = None
...     loss.backward()
...     w.data += -0.1 * w.grad
>>> round(w.item(), 4)
3.0
"""

ALIASES = ("steepest descent", "gradient descent step")
SEE_ALSO = ("learning_rate", "gradient", "backpropagation", "loss", "minibatch", "zero_grad")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.optim.SGD.html"

# --8<-- [start:example]
import torch

for lr in [0.01, 0.1, 0.9, 1.1]:
    w = torch.tensor(0.0, requires_grad=True)  # start at w = 0; the minimum is at w = 3
    path = []
    for step in range(20):
        loss = (w - 3) ** 2
        w.grad = None
        loss.backward()              # w.grad = 2 * (w - 3)
        w.data += -lr * w.grad       # the gradient descent step
        path.append(w.item())
    print(f"lr={lr:<4}  w after steps 1-4:", [round(v, 2) for v in path[:4]],
          f"  after 20 steps: {w.item():.4f}")
# --8<-- [end:example]

# --8<-- [start:local_minima]
for start in [2.0, -2.0]:
    w = start
    for step in range(300):
        w -= 0.01 * (4 * w**3 - 6 * w + 1)  # gradient of L(w) = w**4 - 3*w**2 + w
    print(
        f"start at {start:+.0f}: ends at w = {w:.3f}, L(w) = {w**4 - 3 * w**2 + w:.3f}"
    )
# --8<-- [end:local_minima]

# --8<-- [start:figure]
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
for i, lr in enumerate([0.01, 0.1, 0.9, 1.05]):
    w, path = 0.0, [0.0]
    for step in range(15):
        w -= lr * 2 * (w - 3)  # the step on L(w) = (w - 3)**2, gradient written out
        path.append(w)
    ax.plot(path, marker="o", markersize=3, color=f"C{i}", label=f"lr = {lr}")
ax.axhline(3, color="C7", linestyle="--", linewidth=1, label="minimum w = 3")
ax.set_xlabel("step")
ax.set_ylabel("w")
ax.set_title("gradient descent on (w - 3)^2 from w = 0")
ax.legend()
plt.show()
# --8<-- [end:figure]
