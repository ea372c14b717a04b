r"""layer

A layer is a group of neurons that all read the same inputs and compute their outputs side by side, producing one output vector.

micrograd's `Layer(nin, nout)` holds a list of `nout` neurons, each a `Neuron(nin)`. Called on
`nin` numbers it returns `nout` `Value`s (a single `Value` when `nout` is 1), and it has
$n_\text{out}(n_\text{in} + 1)$ parameters. Because every neuron reads every input, this is a
*fully connected* (dense) layer.

PyTorch stores a dense layer's weights as one matrix. `nn.Linear(in_features, out_features)`
holds `weight` of shape `(out_features, in_features)` and `bias` of shape `(out_features,)`
and computes $y = x W^\top + b$ for a batch $x$ of shape `(batch, in_features)`. It has no
activation; a micrograd `Layer` is `nn.Linear` followed by `torch.tanh`.

Layers are named by position. The *output layer* produces the model's output, and *hidden
layers* sit between the input and the output. The *input layer* is only a name for the
input vector itself: it has no neurons, no weights and nothing to learn. That is why
`MLP(3, [4, 4, 1])` holds three `Layer` objects (two hidden, one output), and the 3 only says
how many numbers each input has.

>>> import torch
>>> linear = torch.nn.Linear(3, 4)
>>> tuple(linear.weight.shape), tuple(linear.bias.shape)
((4, 3), (4,))
>>> x = torch.randn(2, 3)
>>> torch.allclose(linear(x), x @ linear.weight.T + linear.bias)
True
>>> from glossary_examples.micrograd import Layer, MLP
>>> (len(Layer(3, 4).neurons), len(Layer(3, 4).parameters()),
...  len(MLP(3, [4, 4, 1]).layers))
(4, 16, 3)
"""

ALIASES = ("layers", "dense layer", "fully connected layer", "hidden layer", "output layer", "input layer",
           "nn.Linear")
SEE_ALSO = ("neuron", "mlp", "neural_network", "weight", "bias", "matmul")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html"
SEARCH_BOOST = 1.5  # searching its title, "layer normalization" ranked first

# --8<-- [start:example]
import random
from glossary_examples.micrograd import MLP, Layer

random.seed(42)
layer = Layer(3, 4)                       # 4 neurons, each reading the same 3 inputs
outs = layer([2.0, 3.0, -1.0])
print("4 outputs:", [round(o.data, 4) for o in outs])
print("parameters:", len(layer.parameters()), "= 4 neurons x (3 weights + 1 bias)")

# the input is not a Layer: nothing to learn there
model = MLP(3, [4, 4, 1])
sizes = [f"{len(k.neurons[0].w)} -> {len(k.neurons)}" for k in model.layers]
print("MLP(3, [4, 4, 1]) layers (inputs -> neurons):", sizes)
# --8<-- [end:example]

# --8<-- [start:torch]
import random
import torch
from glossary_examples.micrograd import Layer

random.seed(42)
layer = Layer(3, 4)
# row j: neuron j
W = torch.tensor([[w.data for w in n.w] for n in layer.neurons], dtype=torch.float64)
b = torch.tensor([n.b.data for n in layer.neurons], dtype=torch.float64)
linear = torch.nn.Linear(3, 4, dtype=torch.float64)
with torch.no_grad():
    linear.weight.copy_(W)
    linear.bias.copy_(b)
print("weight", tuple(linear.weight.shape), "bias", tuple(linear.bias.shape))

x = [2.0, 3.0, -1.0]
xt = torch.tensor(x, dtype=torch.float64)
print("micrograd Layer:   ", [round(o.data, 4) for o in layer(x)])
print("tanh(x @ W.T + b): ", [round(v, 4) for v in torch.tanh(xt @ W.T + b).tolist()])
print("tanh(nn.Linear(x)):", [round(v, 4) for v in torch.tanh(linear(xt)).tolist()])
# --8<-- [end:torch]
