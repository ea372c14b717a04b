r"""zero_grad

Zeroing the gradients resets every parameter's .grad before the next backward pass, which is needed because backward() adds to .grad instead of overwriting it.

`backward()` accumulates (`+=`) on purpose: that is how a value used in several places
collects all its contributions within one pass (see [backpropagation](backpropagation.md)).
The price is that a second `backward()` adds its gradients on top of the ones left by the
first. In a training loop, each step's gradients would pile up on all the earlier ones, and
the update would move the parameters by that growing sum instead of by the current gradient.

This was the lecture's famous bug: the training loop had no reset, and it still seemed to
work, because the tiny problem was easy. The fix is one line before `loss.backward()`:

- micrograd: `for p in n.parameters(): p.grad = 0.0`, or `n.zero_grad()`;
- PyTorch: `p.grad = None` for each parameter, or `optimizer.zero_grad()`, which by default
  also sets `.grad` to `None` (`set_to_none=True`); `p.grad.zero_()` fills it with zeros instead.

`None` and `0` behave the same for the next `backward()`, which stores a fresh gradient when
`.grad` is `None`.

**Only the parameters need it.** `zero_grad()` resets the parameters' `.grad` and leaves the
intermediate `Value`s alone, and that is enough: each forward pass builds new intermediate
`Value`s, which start at 0. (This glossary's `backward()` also sets the intermediate nodes'
`.grad` to 0 itself before it starts; the lecture's does not.)

**`backward()` twice on the same graph.** This is where this glossary's engine differs from
the lecture's. With this one, the second call adds the same gradient to every leaf again, so
the leaves end with twice the gradient, as PyTorch does when the graph is kept with `retain_graph=True`
(without it, PyTorch refuses a second pass). The lecture's engine also keeps the first
call's gradients in the intermediate nodes and sends them back again, so its leaves get more
than twice: for $z = 2x^2$ at $x = 3$, 24 here and in PyTorch, 36 with the lecture's engine.

>>> from glossary_examples.micrograd import Value
>>> x = Value(3.0)
>>> y = x * x
>>> y.backward()
>>> y.backward()
>>> x.grad
12.0
>>> x.grad = 0.0
>>> y.backward()
>>> x.grad
6.0
"""

ALIASES = ("zero_grad()", "optimizer.zero_grad", "zeroing gradients", "zero the gradients", "p.grad = None")
SEE_ALSO = ("backward", "backward_pass", "learning_rate", "gradient_descent")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.optim.Optimizer.zero_grad.html"

# --8<-- [start:example]
from glossary_examples.micrograd import Value

x = Value(3.0, label="x")
for step in range(3):
    y = x * x  # dy/dx = 2x = 6 every time
    y.backward()
    print("without zeroing, step", step, "x.grad =", x.grad)

for step in range(3):
    y = x * x
    x.grad = 0.0  # zero, then backward
    y.backward()
    print("with zeroing,    step", step, "x.grad =", x.grad)
# --8<-- [end:example]

# --8<-- [start:intermediate]
import random

from glossary_examples.micrograd import MLP

random.seed(1337)
n = MLP(3, [4, 4, 1])
x = [2.0, 3.0, -1.0]
out = n(x)  # an intermediate Value: the network's output
loss = (out - 1.0) ** 2
loss.backward()
n.zero_grad()
print("every parameter's grad is 0:", all(p.grad == 0 for p in n.parameters()))
print("the old output's grad:", round(out.grad, 4), "(not a parameter, not reset)")
out = n(x)  # the next forward pass builds new Values
print("the new output's grad:", out.grad)
# --8<-- [end:intermediate]

# --8<-- [start:twice]
import torch
from glossary_examples.micrograd import Value

x = Value(3.0)
z = 2 * (x * x)  # dz/dx = 4x = 12
z.backward()
z.backward()  # the same graph again, no reset in between
print("micrograd, backward() twice: x.grad =", x.grad)

xt = torch.tensor(3.0, requires_grad=True)
zt = 2 * (xt * xt)
zt.backward(retain_graph=True)  # keep the graph for a second pass
zt.backward()
print("torch, backward() twice:     x.grad =", xt.grad.item())
try:
    zt.backward()  # the last call freed the graph
except RuntimeError as err:
    print("a third time: RuntimeError:", str(err).split(" (")[0])
# --8<-- [end:twice]

# --8<-- [start:pitfall]
import random

from glossary_examples.micrograd import MLP

xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for zero in [True, False]:
    random.seed(1337)
    n = MLP(3, [4, 4, 1])
    losses = []
    for k in range(20):
        loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
        if zero:
            n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data += -0.05 * p.grad
        losses.append(round(loss.data, 2))
    print("with zero_grad:" if zero else "without zero_grad:")
    print("  loss at steps 10-19:", losses[10:])
    print("  largest |p.grad| after step 19:",
          round(max(abs(p.grad) for p in n.parameters()), 2))
# --8<-- [end:pitfall]

# --8<-- [start:torch]
import torch

x = torch.tensor(2.0, requires_grad=True)
(x**2).backward()
print("after one backward: ", x.grad)
(x**2).backward()
print("after two, no reset:", x.grad)
x.grad = None
(x**2).backward()
print("after x.grad = None:", x.grad)

optimizer = torch.optim.SGD([x], lr=0.1)
optimizer.zero_grad()
print("after optimizer.zero_grad():", x.grad)
# --8<-- [end:torch]

# --8<-- [start:figure]
import random

import matplotlib.pyplot as plt

from glossary_examples.micrograd import MLP

xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for zero in [True, False]:
    random.seed(1337)
    n = MLP(3, [4, 4, 1])
    losses = []
    for k in range(30):
        loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
        if zero:
            n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data += -0.05 * p.grad
        losses.append(loss.data)
    plt.plot(losses, "o-", label="with zero_grad" if zero else "without zero_grad")
plt.xlabel("training step")
plt.ylabel("loss")
plt.legend()
plt.show()
# --8<-- [end:figure]
