r"""prediction

A prediction is the output a model computes for one input in the forward pass, such as the micrograd network's number for one row of xs.

In the micrograd lecture, `ypred = [n(x) for x in xs]` runs the network `n` once per input
and collects its four outputs. Each is a `Value` between −1 and 1, because the last neuron
applies tanh. In micrograd a prediction depends only on the input and the current parameters
(weights and biases): the same input through the same network always gives the same output,
and computing it changes no parameter. Some PyTorch layers break this while training:
dropout zeroes random entries, and batch normalisation uses the statistics of the whole
batch and updates its running averages.

The example prints the first prediction whole, `Value(data=...)`. A micrograd built along
with the lecture can print a different last digit: the lecture's `tanh` computes
$(e^{2x} - 1)/(e^{2x} + 1)$, where this glossary's engine calls `math.tanh`.

Before training, the parameters are random, so the predictions are arbitrary. Training
compares the predictions with the ground truth through a loss and nudges the parameters so
that the loss goes down; the predictions then move toward their targets overall (a single
one can still move slightly away). In this ±1 task the sign of a prediction can be read as
the predicted class. In makemore, a prediction is a probability distribution over the 27
possible next characters rather than a single number.

>>> import random
>>> from glossary_examples.micrograd import MLP
>>> random.seed(42)
>>> n = MLP(3, [4, 4, 1])
>>> xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
>>> ypred = [n(x) for x in xs]
>>> len(ypred), all(-1 < y.data < 1 for y in ypred)
(4, True)
>>> n(xs[0]).data == ypred[0].data
True
"""

ALIASES = ("ypred", "model output", "predicted value")
SEE_ALSO = ("ground_truth", "loss", "forward_pass", "mlp")
DOCS = ""

# --8<-- [start:example]
import random

from glossary_examples.micrograd import MLP

# the weights start random: seed them to get the same network every time
random.seed(42)
n = MLP(3, [4, 4, 1])  # 3 inputs, two hidden layers of 4 neurons, 1 output
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ypred = [n(x) for x in xs]  # one forward pass per input
print("first prediction:", ypred[0])
print("all predictions: ", [round(y.data, 4) for y in ypred])
print("targets:         ", [1.0, -1.0, -1.0, 1.0])
# --8<-- [end:example]

# --8<-- [start:training]
import random

import matplotlib.pyplot as plt
from glossary_examples.micrograd import MLP

random.seed(42)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
before = [n(x).data for x in xs]
for step in range(20):  # gradient descent on the sum of squared errors
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data -= 0.05 * p.grad
after = [n(x).data for x in xs]
print("before training:", [round(v, 4) for v in before])
print("after 20 steps: ", [round(v, 4) for v in after])
for i, (values, label) in enumerate(
    [(ys, "ground truth"), (before, "before"), (after, "after 20 steps")]
):
    plt.bar([j + 0.27 * (i - 1) for j in range(4)], values, width=0.27, color=f"C{i}",
            label=label)
plt.xticks(range(4), [f"xs[{j}]" for j in range(4)])
plt.ylabel("network output")
plt.legend()
plt.show()
# --8<-- [end:training]
