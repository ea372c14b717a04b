r"""nn.Module

`torch.nn.Module` is the base class of PyTorch's layers and models: a subclass computes its output in `forward`, and every `nn.Parameter` or sub-module assigned to it as an attribute is registered, so `parameters()`, `train()` and `eval()` reach all of them.

Makemore part 5 writes its layers as plain Python classes with the same shape as
`torch.nn`: `__init__` creates the parameters, `__call__` computes the output and
`parameters()` lists what training updates. `nn.Module` automates the bookkeeping:

- calling `module(x)` runs `forward(x)` (plus any hooks);
- an attribute holding an `nn.Parameter` (a tensor with `requires_grad=True` by default)
  or another module is registered, so `parameters()` finds it without a hand-written list,
  and `named_parameters()` gives it a name;
- `module.eval()` and `module.train()` set the `training` flag of the module and of every
  sub-module, which is what layers like batch normalization read;
- a plain tensor attribute is *not* registered: it is not in `parameters()` and an
  optimizer never updates it. Buffers that are not trained, such as a running mean, are
  registered with `register_buffer`.

A subclass must call `super().__init__()` before assigning parameters or sub-modules; the
registration needs the structures that call sets up.

>>> import torch
>>> layer = torch.nn.Linear(3, 2)
>>> [name for name, _ in layer.named_parameters()]
['weight', 'bias']
>>> torch.nn.Sequential(layer, torch.nn.BatchNorm1d(2)).eval()[1].training
False
"""

ALIASES = ("torch.nn.Module", "Module", "nn.Parameter", "module.parameters()", "forward method")
SEE_ALSO = ("nn_sequential", "parameter", "layer", "parameter_count", "wavenet")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html"

# --8<-- [start:example]
import torch
import torch.nn as nn
from glossary_examples.makemore.layers import Linear


class TorchLinear(nn.Module):  # the lecture's Linear, written as an nn.Module
    def __init__(self, fan_in, fan_out):
        super().__init__()
        self.weight = nn.Parameter(torch.randn((fan_in, fan_out)) / fan_in**0.5)
        self.bias = nn.Parameter(torch.zeros(fan_out))

    def forward(self, x):
        return x @ self.weight + self.bias


torch.manual_seed(42)
ours = Linear(30, 200)
torch.manual_seed(42)
theirs = TorchLinear(30, 200)
x = torch.randn((4, 30))
print("same output:", torch.allclose(ours(x), theirs(x)))
print("registered:", [(name, tuple(p.shape)) for name, p in theirs.named_parameters()])
print("requires_grad already on:", all(p.requires_grad for p in theirs.parameters()))
model = nn.Sequential(theirs, nn.BatchNorm1d(200), nn.Tanh()).eval()
print("eval() reached every module:", [m.training for m in model.modules()])
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch
import torch.nn as nn


class Forgetful(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.randn((3, 2))  # a plain tensor: not registered


print("parameters of Forgetful:", list(Forgetful().parameters()))


class NoInit(nn.Module):
    def __init__(self):
        self.weight = nn.Parameter(torch.zeros(3))  # before super().__init__()


try:
    NoInit()
except AttributeError as err:
    print("NoInit():", err)
# --8<-- [end:pitfall]
