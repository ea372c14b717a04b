r"""neural network

A neural network is a parameterised function built from layers of neurons, each taking a weighted sum of its inputs, usually followed by a nonlinearity, whose weights are adjusted during training to minimise a loss.

The *network* is the wiring: the outputs of one layer are the inputs of the next. The
*parameters* are the weights and biases of all neurons. Training compares the network's
outputs with the targets through a loss, computes the gradient of the loss with respect to
every parameter (backpropagation) and nudges each parameter against its gradient
(gradient descent).

Two common claims need care.

- **A hidden layer is not required.** A single layer, or even a single neuron (one weighted
  sum and an activation), is already a neural network, only a small one. With a sigmoid
  output, a single neuron is logistic regression, and makemore's first neural network is one
  linear layer followed by softmax, with no hidden layer. Hidden layers (layers between input
  and output) are what make a network *deep* and let it represent complicated functions.
- **"Every neuron connects to every node of the next layer" holds only for fully connected
  (dense) layers**, such as micrograd's `Layer` and PyTorch's `nn.Linear`. Other layers
  connect sparsely: each output of a convolution reads only a small window of neighbouring
  inputs. micrograd's networks are fully connected throughout.

The nonlinearity is essential. Without it, two linear layers collapse into one:

$$W_2 (W_1 x + b_1) + b_2 = (W_2 W_1)\,x + (W_2 b_1 + b_2),$$

which is again a single linear map, so extra layers would add nothing. With tanh between them,
no such merge exists.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> first, second = torch.nn.Linear(3, 4), torch.nn.Linear(4, 2)
>>> x = torch.randn(5, 3)
>>> W, b = second.weight @ first.weight, second.weight @ first.bias + second.bias
>>> torch.allclose(second(first(x)), x @ W.T + b, atol=1e-6)
True
>>> torch.allclose(second(torch.tanh(first(x))), x @ W.T + b, atol=1e-6)
False
"""

ALIASES = ("neural net", "artificial neural network", "ANN")
SEE_ALSO = ("neuron", "layer", "mlp", "activation_function", "parameter", "backpropagation")
DOCS = "https://docs.pytorch.org/docs/stable/nn.html"
SEARCH_BOOST = 1.5  # searching its title, the micrograd lecture's page ranked first

# --8<-- [start:example]
import random
from glossary_examples.micrograd import MLP, Neuron

random.seed(42)
x = [2.0, 3.0, -1.0]
smallest = Neuron(3)        # one weighted sum + tanh: already a neural network
deeper = MLP(3, [4, 4, 1])  # two hidden layers of 4 neurons, then one output neuron
print(f"one neuron:        output {smallest(x).data:+.4f}, "
      f"{len(smallest.parameters())} parameters")
print(f"MLP(3, [4, 4, 1]): output {deeper(x).data:+.4f}, {len(deeper.parameters())} "
      f"parameters")
# --8<-- [end:example]

# --8<-- [start:collapse]
import torch

torch.manual_seed(0)
first, second = torch.nn.Linear(3, 4), torch.nn.Linear(4, 2)
x = torch.randn(5, 3)
W = second.weight @ first.weight                 # one (2, 3) weight matrix
b = second.weight @ first.bias + second.bias     # and one bias
print("merged weight shape:", tuple(W.shape))
merged = x @ W.T + b
print("linear, linear       == merged:",
      torch.allclose(second(first(x)), merged, atol=1e-6))
print("linear, tanh, linear == merged:",
      torch.allclose(second(torch.tanh(first(x))), merged, atol=1e-6))
# --8<-- [end:collapse]

# --8<-- [start:connections]
import torch

torch.manual_seed(0)
dense = torch.nn.Linear(6, 6)
# each output sees 3 neighbouring inputs
conv = torch.nn.Conv1d(1, 1, kernel_size=3, padding=1)
x = torch.randn(6)
# J[i, j] = d output_i / d input_j
J_dense = torch.autograd.functional.jacobian(dense, x)
J_conv = torch.autograd.functional.jacobian(lambda v: conv(v.view(1, 1, 6)).view(6), x)
print("how many inputs each output depends on")
print("  nn.Linear(6, 6):          ", (J_dense != 0).sum(dim=1).tolist())
print("  nn.Conv1d(kernel_size=3): ", (J_conv != 0).sum(dim=1).tolist(),
      "(2 at the zero-padded edges)")
# --8<-- [end:connections]
