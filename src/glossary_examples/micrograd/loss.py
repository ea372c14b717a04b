r"""loss

The loss is a single number that measures how far a model's predictions are from the ground truth, so lower is better and training works to make it small.

A loss function takes the predictions and the targets and returns one number. The micrograd
lecture uses the sum of squared errors, $L = \sum_i (\hat y_i - y_i)^2$: each error is
squared, so it counts the same whether the prediction is too high or too low, and large
errors count much more than small ones. This loss is never negative, and it is 0 only when
every prediction equals its target (in floating point, an error smaller than about
$1.6 \times 10^{-162}$ squares to exactly 0 too). makemore uses a different loss, the
average negative log-likelihood of the correct next characters.

With the data and targets fixed, the loss is a function of the parameters. `loss.backward()`
computes, for every parameter, how the loss changes when that parameter is nudged (its
gradient); gradient descent then moves each parameter a small step against its gradient,
and, if the steps are small enough, the loss goes down (too large a step can overshoot and
raise it: see [learning rate](learning_rate.md)).

**The loss must be a single number.** `.backward()` without arguments starts by setting the
gradient of its tensor with respect to itself to 1, which only makes sense for a scalar. In
PyTorch, calling it on a tensor of several per-example errors raises
`RuntimeError: grad can be implicitly created only for scalar outputs` (a tensor with a single
element is accepted); reduce the errors to one number first (`.sum()` or `.mean()`).
micrograd's `Value` is always a scalar, so there the question never comes up.

**Summing `Value`s needs `__radd__`.** Python's `sum()` starts from the int `0`, so its first
step is `0 + Value(...)`. `int` cannot add a `Value`, and Python then asks the `Value` for
`__radd__` (the lecture's `Value` defines it, so `sum()` works there). Starting the
sum from a `Value`, `sum(values, Value(0.0))`, needs no `__radd__`: that is how micrograd's
`Neuron` adds its bias (`sum(..., self.b)`).

>>> import torch
>>> ypred = torch.tensor([0.5, -0.5, -1.0, 1.0], requires_grad=True)
>>> ys = torch.tensor([1.0, -1.0, -1.0, 1.0])
>>> loss = ((ypred - ys) ** 2).sum()
>>> loss.item(), loss.dim()
(0.5, 0)
>>> loss.backward()
>>> ypred.grad
tensor([-1.,  1.,  0.,  0.])
"""

ALIASES = ("loss function", "cost function", "sum of squared errors")
SEE_ALSO = ("mean_squared_error", "negative_log_likelihood", "gradient_descent", "backward", "prediction")
DOCS = "https://docs.pytorch.org/docs/stable/nn.html#loss-functions"
SEARCH_BOOST = 1.5  # searching its title, "loss curve", "expected initial loss" ranked first

# --8<-- [start:example]
import random

from glossary_examples.micrograd import MLP

random.seed(42)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
ypred = [n(x) for x in xs]
print("squared error per example:",
      [round((yout.data - ygt) ** 2, 4) for ygt, yout in zip(ys, ypred)])
for step in range(5):
    ypred = [n(x) for x in xs]  # forward pass
    # their sum: one number
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
    n.zero_grad()
    loss.backward()  # gradient of the loss for every parameter
    for p in n.parameters():
        p.data += -0.05 * p.grad  # a small step against the gradient
    print(f"step {step}: loss {loss.data:.4f}")
# --8<-- [end:example]

# --8<-- [start:scalar]
import torch

ypred = torch.tensor([0.7, 0.5, 0.7, 0.9], requires_grad=True)
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])
errors = (ypred - ys) ** 2  # one squared error per example: 4 numbers
try:
    errors.backward()
except RuntimeError as err:
    print("RuntimeError:", err)
loss = errors.sum()  # reduced to a single number
loss.backward()
print("loss:", round(loss.item(), 4), " shape:", tuple(loss.shape))
print("d loss / d ypred:", ypred.grad)  # 2 * (ypred - ys)
# --8<-- [end:scalar]

# --8<-- [start:radd]
from glossary_examples.micrograd import Value


class NoRadd(Value):  # a Value whose class has no usable __radd__
    def __radd__(self, other):
        return NotImplemented


squared_errors = [0.25, 0.0625, 1.0]
print("sum of Values:", sum(Value(e) for e in squared_errors))  # 0 + Value: __radd__
try:
    sum(NoRadd(e) for e in squared_errors)  # sum() starts from the int 0
except TypeError as err:
    print("without __radd__:", err)
print("start from a Value:", sum((NoRadd(e) for e in squared_errors), NoRadd(0.0)))
# --8<-- [end:radd]

# --8<-- [start:figure]
import random

import matplotlib.pyplot as plt
from glossary_examples.micrograd import MLP

random.seed(42)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
losses = []
for step in range(40):
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data += -0.05 * p.grad
    losses.append(loss.data)
plt.plot(losses, color="C0", marker=".")
plt.xlabel("training step")
plt.ylabel("loss (sum of squared errors)")
plt.title("The loss falls as training adjusts the parameters")
plt.show()
# --8<-- [end:figure]
