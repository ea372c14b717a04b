r"""backward pass

The backward pass is the training step that calls backward() on the loss, which adds the loss's gradient to the .grad of every parameter the loss was computed from (every weight and bias, in every layer) by backpropagation, without changing any parameter's value.

It comes after the [forward pass](forward_pass.md) has computed the loss and recorded the
[computational graph](computational_graph.md). [Backpropagation](backpropagation.md) then
walks that graph from the loss back to the start, so afterwards (if the gradients were zeroed
before) each parameter's `.grad` says how the loss would change if that parameter were
nudged. In an MLP this reaches *all* parameters: the output layer's weights, the hidden
layers' weights, and every bias. A parameter the loss was not computed from gets nothing:
a micrograd `Value` or a PyTorch tensor keeps the `.grad` it had (for a tensor that never
had one, `None`).

The backward pass does not reduce the loss by itself and leaves every weight as it was. A
separate **update** step does that, using the gradients: `p.data += -lr * p.grad` in
micrograd (with a [learning rate](learning_rate.md) `lr`), `optimizer.step()` in PyTorch.
Because `backward()` *adds* to `.grad`, the old gradients must be cleared before it
([zero_grad](zero_grad.md)). One training step is: forward pass, zero the gradients, backward
pass, update.

>>> import random
>>> from glossary_examples.micrograd import MLP
>>> random.seed(1337)
>>> n = MLP(3, [4, 4, 1])
>>> loss = (n([2.0, 3.0, -1.0]) - 1.0) ** 2
>>> before = [p.data for p in n.parameters()]
>>> loss.backward()
>>> [p.data for p in n.parameters()] == before
True
>>> all(p.grad != 0 for p in n.parameters())
True
"""

ALIASES = ("backwards pass", "backward step")
SEE_ALSO = ("backpropagation", "forward_pass", "zero_grad", "learning_rate", "backward", "gradient_descent")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.autograd.backward.html"

# --8<-- [start:example]
import random

from glossary_examples.micrograd import MLP

random.seed(1337)
n = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))  # forward pass

w = n.layers[0].neurons[0].w[0]  # one weight of the first layer
print(f"before backward: w.data {w.data:.4f}  w.grad {w.grad:.4f}")
loss.backward()  # backward pass
print(f"after backward:  w.data {w.data:.4f}  w.grad {w.grad:.4f}")
print("parameters with a gradient:", sum(p.grad != 0 for p in n.parameters()), "of",
      len(n.parameters()))
print("output-layer weight grad:", round(n.layers[-1].neurons[0].w[0].grad, 4))
print("first-layer bias grad:   ", round(n.layers[0].neurons[0].b.grad, 4))

for p in n.parameters():  # the update, a separate step
    p.data += -0.05 * p.grad
print(f"after update:    w.data {w.data:.4f}")
print("loss before the update:", round(loss.data, 4))
print("loss after the update: ",
      round(sum((n(x) - y) ** 2 for x, y in zip(xs, ys)).data, 4))
# --8<-- [end:example]

# --8<-- [start:torch]
import torch

g = torch.Generator().manual_seed(2147483647)
W = torch.randn(3, generator=g, requires_grad=True)
optimizer = torch.optim.SGD([W], lr=0.05)
xs = torch.tensor(
    [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
)
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])

loss = ((torch.tanh(xs @ W) - ys) ** 2).sum()
before = W.detach().clone()
loss.backward()
print("W.grad:", W.grad)
print("W changed by loss.backward()?", not torch.equal(W, before))
optimizer.step()  # W -= lr * W.grad
print("W changed by optimizer.step()?", not torch.equal(W, before))
# --8<-- [end:torch]
