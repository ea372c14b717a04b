r"""weight

A weight is a learnable number that multiplies one input of a neuron, setting how strongly, and with which sign, that input affects the neuron's output.

A neuron with $n$ inputs has $n$ weights, one per input: it computes $\sum_i w_i x_i + b$.
A large $|w_i|$ makes that sum sensitive to $x_i$, a negative $w_i$ reverses the direction
of its effect, and $w_i = 0$ ignores the input. The output follows the sum only where the
activation is not flat: a weight large enough to saturate a tanh neuron leaves its output
stuck near $\pm 1$ and barely sensitive to anything. Training changes the weights (together with
the biases) to lower the loss.

In a layer the weights form a matrix. `nn.Linear(in_features, out_features)` stores them as
`weight` with shape `(out_features, in_features)`: row $j$ holds the weights of output $j$,
and the layer computes $y = x W^\top + b$. micrograd keeps the same numbers as one list
`neuron.w` per neuron.

The gradient of the output with respect to a weight is that weight's input times the
neuron's local gradient, the same factor for all of its weights: in the lecture neuron, $\partial o / \partial w_1 = x_1 (1 - o^2) = 2 \cdot 0.5 = 1$. The
gradient predicts what a small nudge does: raising $w_1$ by $h$ changes $o$ by about $1 \cdot h$.

>>> import torch
>>> linear = torch.nn.Linear(3, 4)
>>> tuple(linear.weight.shape)
(4, 3)
>>> x = torch.randn(5, 3)
>>> torch.allclose(linear(x), x @ linear.weight.T + linear.bias)
True
"""

ALIASES = ("weights", "nn.Linear.weight")
SEE_ALSO = ("bias", "parameter", "neuron", "layer", "matmul", "gradient")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html"

# --8<-- [start:example]
from glossary_examples.micrograd import Value

x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
o = (x1 * w1 + x2 * w2 + b).tanh()
o.backward()
print(f"o = {o.data:.6f}; do/dw1 = {w1.grad:.4f}, do/dw2 = {w2.grad:.4f}")

h = 0.001
nudged = (x1 * (w1.data + h) + x2 * w2 + b).tanh()  # same neuron, w1 raised by h
print(f"w1 + {h}: o changes by {nudged.data - o.data:.6f}, predicted w1.grad * h = "
      f"{w1.grad * h:.6f}")
# --8<-- [end:example]

# --8<-- [start:torch]
import torch

torch.manual_seed(0)
linear = torch.nn.Linear(3, 4)  # 3 inputs, 4 outputs
x = torch.tensor([[2.0, 3.0, -1.0]])
print("weight shape (out, in):", tuple(linear.weight.shape))
print("linear(x) == x @ W.T + b:",
      torch.allclose(linear(x), x @ linear.weight.T + linear.bias))
by_hand = (linear.weight[1] * x[0]).sum() + linear.bias[1]  # output 1 uses row 1 of W
print(f"output 1 by hand: {by_hand.item():.4f}; linear(x)[0, 1]: "
      f"{linear(x)[0, 1].item():.4f}")
# --8<-- [end:torch]
