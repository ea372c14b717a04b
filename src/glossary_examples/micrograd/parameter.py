r"""parameter

The parameters of a model are all the numbers it learns, its weights and biases, which training changes step by step to lower the loss.

A neuron with $n$ inputs has $n + 1$ parameters ($n$ weights and one bias), so a dense layer
with $n_\text{in}$ inputs and $n_\text{out}$ neurons has $n_\text{out}(n_\text{in} + 1)$.
micrograd's `MLP(3, [4, 4, 1])` therefore has $4 \cdot 4 + 4 \cdot 5 + 1 \cdot 5 = 41$
parameters; `model.parameters()` returns them as one flat list of `Value`s. A PyTorch module
returns its parameters as tensors (one weight matrix and one bias vector per `nn.Linear`),
and `sum(p.numel() for p in model.parameters())` counts the numbers inside.

Parameters get their starting values when the model is built (usually random; some start
at a fixed value, like the biases of the published `micrograd` package, which start at 0)
and then change **only in the update step** of training. The forward pass reads them, the backward pass writes their `.grad`, and the
update `p.data -= learning_rate * p.grad` is the one line that changes their values.
Inputs and targets are not parameters: they may get a `.grad` too, but nothing updates them.
Values you choose rather than learn, such as the learning rate or the layer sizes, are
*hyperparameters*.

>>> from glossary_examples.micrograd import MLP, Layer, Neuron
>>> (len(Neuron(3).parameters()), len(Layer(3, 4).parameters()),
...  len(MLP(3, [4, 4, 1]).parameters()))
(4, 16, 41)
>>> import torch
>>> net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(),
...                           torch.nn.Linear(4, 4), torch.nn.Tanh(),
...                           torch.nn.Linear(4, 1))
>>> sum(p.numel() for p in net.parameters())
41
"""

ALIASES = ("parameters", "model parameters", "model.parameters()", "learnable parameters")
SEE_ALSO = ("weight", "bias", "gradient_descent", "learning_rate", "zero_grad", "mlp")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.parameters"

# --8<-- [start:example]
import random
from glossary_examples.micrograd import MLP

random.seed(42)
model = MLP(3, [4, 4, 1])
for i, layer in enumerate(model.layers):
    n_out, n_in = len(layer.neurons), len(layer.neurons[0].w)
    print(f"layer {i}: {n_out} x ({n_in} weights + 1 bias) = {len(layer.parameters())}")
print("model.parameters():", len(model.parameters()), "Values")
# --8<-- [end:example]

# --8<-- [start:torch]
import torch

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.Tanh(),
    torch.nn.Linear(4, 4), torch.nn.Tanh(),
    torch.nn.Linear(4, 1), torch.nn.Tanh(),
)
for name, p in model.named_parameters():
    print(f"{name:8} shape {tuple(p.shape)}")
print("numbers in all parameters:", sum(p.numel() for p in model.parameters()))
# --8<-- [end:torch]

# --8<-- [start:update]
import random
from glossary_examples.micrograd import MLP

random.seed(42)
model = MLP(3, [4, 4, 1])
x, y = [2.0, 3.0, -1.0], 1.0
before = [p.data for p in model.parameters()]

loss = (model(x) - y) ** 2                   # forward pass: reads the parameters
loss.backward()                              # backward pass: fills p.grad only
print("after backward, parameters unchanged:",
      [p.data for p in model.parameters()] == before)

# update step: the only line that changes them
for p in model.parameters():
    p.data -= 0.1 * p.grad
changed = sum(p.data != old for p, old in zip(model.parameters(), before))
print(f"after the update: {changed} of {len(before)} changed")
print(f"loss {loss.data:.4f} -> {((model(x) - y) ** 2).data:.4f}")
# --8<-- [end:update]
