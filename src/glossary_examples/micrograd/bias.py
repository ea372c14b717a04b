r"""bias

A bias is the learnable number b added to a neuron's weighted sum, w·x + b, so that the sum, before the activation, is shifted by the same amount whatever the inputs are.

For a straight line $y = wx + b$ the bias is the intercept: the value of $y$ at $x = 0$.
A neuron works the same way: with every input equal to 0 the weighted sum is exactly $b$,
so the neuron outputs $\operatorname{act}(b)$. Without a bias, a tanh neuron would always
output $\tanh(0) = 0$ for a zero input, and its decision boundary $w \cdot x = 0$ would have
to pass through the origin. The bias removes that constraint.

The bias shifts the *sum*, not the output: after a nonlinear activation, the same $b$ moves
the output by different amounts for different inputs. With $b = 0.5$, $\tanh(s + 0.5) -
\tanh(s)$ is $0.46$ at $s = 0$ but $0.003$ at $s = 3$, where tanh is flat; after ReLU it is
$0.5$ for $s \ge 0$ and $0$ for $s \le -0.5$. Only a neuron without an activation (or with
the identity) shifts its output by $b$ for every input.

Every micrograd `Neuron` has one bias, `neuron.b`, drawn from `random.uniform(-1, 1)` like
the weights, as in the lecture (the published `micrograd` package starts every bias at 0).
In PyTorch, `nn.Linear(in_features, out_features).bias` is a vector of shape
`(out_features,)`, one entry per output; `bias=False` leaves it out. The bias is a parameter like the weights and
is trained the same way. Its gradient is the neuron's local gradient (in the lecture neuron,
$\partial o/\partial b = 1 - o^2 = 0.5$).

This is the "bias term" of a model. It is not *statistical* bias (an estimator's
systematic error) and not bias in the sense of unfairness.

>>> import torch
>>> linear = torch.nn.Linear(3, 4)
>>> tuple(linear.bias.shape)
(4,)
>>> torch.equal(linear(torch.zeros(3)), linear.bias)
True
>>> torch.nn.Linear(3, 4, bias=False).bias is None
True
"""

ALIASES = ("bias term", "biases", "intercept", "nn.Linear.bias")
SEE_ALSO = ("weight", "parameter", "neuron", "layer")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html"
SEARCH_BOOST = 1.5  # searching its title, "bias before batch normalization" ranked first

# --8<-- [start:example]
import math
import random
from glossary_examples.micrograd import Neuron

random.seed(42)
neuron = Neuron(3)
zeros = [0.0, 0.0, 0.0]
weighted_sum = sum((w * x for w, x in zip(neuron.w, zeros)), neuron.b)  # w . x + b
print(f"bias b = {neuron.b.data:.4f}")
print(f"weighted sum at x = 0: {weighted_sum.data:.4f}  (just b)")
print(f"neuron output at x = 0: {neuron(zeros).data:.4f}  (tanh(b) = "
      f"{math.tanh(neuron.b.data):.4f})")
# --8<-- [end:example]

# --8<-- [start:shift]
import math

b = 0.5  # add the same bias to different weighted sums s
print("    s   sum shift   tanh shift   relu shift")
for s in [-3.0, -0.5, 0.0, 1.0, 3.0]:
    tanh_shift = math.tanh(s + b) - math.tanh(s)
    relu_shift = max(0.0, s + b) - max(0.0, s)
    print(f"{s:5}   {(s + b) - s:9.4f}   {tanh_shift:10.4f}   {relu_shift:10.4f}")
# --8<-- [end:shift]

# --8<-- [start:torch]
import torch

torch.manual_seed(0)
linear = torch.nn.Linear(3, 4)
print("bias shape:", tuple(linear.bias.shape), "- one per output")
print("linear(zeros) == bias:", torch.equal(linear(torch.zeros(3)), linear.bias))
no_bias = torch.nn.Linear(3, 4, bias=False)
print("without a bias, zeros map to:", no_bias(torch.zeros(3)).tolist())
# --8<-- [end:torch]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

x = torch.linspace(-3, 3, 61)
fig, ax = plt.subplots()
for i, b in enumerate([-2.0, 0.0, 2.0]):
    ax.plot(x, 2 * x + b, color=f"C{i}", label=f"y = 2x + b, b = {b:g}")
    ax.plot([0], [b], "o", color=f"C{i}")  # the bias is the value at x = 0
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Same weight w = 2, different bias b: parallel lines")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
# --8<-- [end:figure]
