r"""activation function

An activation function is the nonlinear function a neuron applies to its weighted sum, and it is what lets a stack of layers compute more than a single linear map.

A neuron computes $\operatorname{act}(\sum_i w_i x_i + b)$. Without `act`, every layer is
linear, and a chain of linear layers collapses into one linear layer (see
[neural network](neural_network.md)): a deep network could then only draw flat (linear)
decision boundaries. A nonlinear activation between the layers breaks that collapse. An
activation also has to be differentiable (at least almost everywhere), because
backpropagation multiplies by its derivative.

Common choices:

| activation | formula | output range | derivative |
| --- | --- | --- | --- |
| [tanh](tanh.md) | $(e^{2x}-1)/(e^{2x}+1)$ | $(-1, 1)$ | $1 - \tanh^2(x)$ |
| [sigmoid](sigmoid.md) | $1/(1+e^{-x})$ | $(0, 1)$ | $\sigma(x)(1-\sigma(x))$ |
| [ReLU](relu.md) | $\max(0, x)$ | $[0, \infty)$ | 0 for $x<0$, 1 for $x>0$ |

tanh and sigmoid *saturate*: for large $|x|$ they are flat and their gradient is almost 0.
In floating point their outputs even reach the ends of the open ranges above (float32 tanh
is exactly 1.0 from $x \approx 9.01$), and the gradient there is exactly 0. ReLU does not
saturate for positive inputs, but passes no gradient for negative ones.

The micrograd lecture uses tanh in every neuron, and so does this glossary's engine
(`glossary_examples.micrograd`). The published `micrograd` package (version 0.1.0 on PyPI)
does not: its `Value` has `relu` but no `tanh`, and its `MLP` uses ReLU in the hidden layers
and a linear output neuron. The example builds the sigmoid as `1 / (1 + (-v).exp())`;
`1 / v` needs `Value.__rtruediv__`, which this engine takes from the micrograd repository.
The lecture's own `Value` has no `__rtruediv__` and no `relu`: there, write
`(1 + (-v).exp()) ** -1`.

>>> from glossary_examples.micrograd import Value
>>> z = Value(-2.0)
>>> round(z.tanh().data, 4), z.relu().data, round((1 / (1 + (-z).exp())).data, 4)
(-0.964, 0.0, 0.1192)
"""

ALIASES = ("activation", "nonlinearity", "non-linearity", "activation functions")
SEE_ALSO = ("tanh", "relu", "sigmoid", "neuron", "neural_network")
DOCS = "https://docs.pytorch.org/docs/stable/nn.html#non-linear-activations-weighted-sum-nonlinearity"

# --8<-- [start:example]
from glossary_examples.micrograd import Value

print("    z    tanh    relu  sigmoid")
for z in [-2.0, -0.5, 0.0, 0.5, 2.0]:
    v = Value(z)
    sigmoid = 1 / (1 + (-v).exp())  # micrograd has no sigmoid method; build it from exp
    print(f"{z:5.1f} {v.tanh().data:7.4f} {v.relu().data:7.4f} {sigmoid.data:8.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

x = torch.linspace(-4, 4, 161)
fig, ax = plt.subplots()
ax.plot(x, torch.relu(x), color="C0", label="ReLU: max(0, x)")
ax.plot(x, torch.sigmoid(x), color="C1", label="sigmoid: 1 / (1 + exp(-x))")
ax.plot(x, torch.tanh(x), color="C2", label="tanh(x)")
ax.set_ylim(-1.2, 2.2)
ax.set_xlabel("weighted sum x")
ax.set_ylabel("activation")
ax.set_title("Three activation functions")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
# --8<-- [end:figure]
