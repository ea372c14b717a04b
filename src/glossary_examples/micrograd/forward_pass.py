r"""forward pass

The forward pass runs the network on its inputs, layer by layer from the first to the last, to get its predictions and then the loss; micrograd, and PyTorch when a tensor involved requires grad (outside torch.no_grad()), record the computational graph as it runs.

Each example goes in at the input layer; each layer's outputs become the next layer's inputs,
and the last layer's outputs are the predictions. Comparing the predictions with the targets
gives one number, the loss (the lecture sums the squared differences).

In micrograd and PyTorch the forward pass does a second job: every `Value` it creates, and
every tensor it computes from tensors that require grad (a model's parameters do), remembers
which inputs and which operation produced it. This record is the
[computational graph](computational_graph.md), and the [backward pass](backward_pass.md)
walks it from the loss back to the parameters. The forward pass itself leaves every `.grad`
as it was.

A forward pass uses the parameters as they are at that moment, so training runs a new one
after every update. To only use a network, run the forward pass alone; in PyTorch,
`with torch.no_grad():` skips the recording, which saves memory, and the result then has no
`grad_fn` to backpropagate through.

>>> import random
>>> from glossary_examples.micrograd import MLP
>>> random.seed(1337)
>>> n = MLP(3, [4, 4, 1])
>>> ypred = n([2.0, 3.0, -1.0])
>>> ypred._op, all(p.grad == 0 for p in n.parameters())
('tanh', True)
>>> import torch
>>> w = torch.tensor(1.0, requires_grad=True)
>>> type((w * 3).grad_fn).__name__
'MulBackward0'
>>> with torch.no_grad():
...     print((w * 3).grad_fn)
None
"""

ALIASES = ("forward propagation", "forward step")
SEE_ALSO = ("backward_pass", "computational_graph", "prediction", "loss")
DOCS = "https://docs.pytorch.org/tutorials/beginner/basics/autogradqs_tutorial.html"

# --8<-- [start:example]
import random

from glossary_examples.micrograd import MLP
from glossary_examples.micrograd.graph import trace

random.seed(1337)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]  # targets

ypred = [n(x) for x in xs]  # forward pass: the predictions ...
loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))  # ... and the loss
print("predictions:", [round(y.data, 4) for y in ypred])
print("loss:", round(loss.data, 4))
print("values recorded in the graph behind the loss:", len(trace(loss)))
print("any gradient filled in yet?", any(p.grad != 0 for p in n.parameters()))
# --8<-- [end:example]

# --8<-- [start:torch]
import torch

g = torch.Generator().manual_seed(2147483647)
W = torch.randn(3, generator=g, requires_grad=True)
xs = torch.tensor(
    [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
)
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])

loss = ((torch.tanh(xs @ W) - ys) ** 2).sum()  # forward pass, recorded
print("loss:", round(loss.item(), 4), " grad_fn:", type(loss.grad_fn).__name__)

with torch.no_grad():  # forward pass, not recorded
    loss = ((torch.tanh(xs @ W) - ys) ** 2).sum()
print("loss:", round(loss.item(), 4), " grad_fn:", loss.grad_fn)
# --8<-- [end:torch]
