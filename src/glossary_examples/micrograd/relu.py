r"""ReLU

ReLU (rectified linear unit) is the activation function max(0, x): it passes positive inputs through unchanged and turns negative inputs into 0.

$$\operatorname{ReLU}(x) = \max(0, x), \qquad
\frac{d}{dx}\operatorname{ReLU}(x) = \begin{cases} 0 & x < 0 \\ 1 & x > 0 \end{cases}$$

At $x = 0$ the function has a kink and no derivative; micrograd's `Value.relu` (this
glossary's and the published package's) and PyTorch all use 0 there. The gradient is simple to compute and does not shrink for large positive
inputs, unlike tanh and sigmoid, which is one reason ReLU became a common default in deep
networks. The published `micrograd` package uses it in its hidden neurons.

The flip side: a neuron whose weighted sum is negative for every input outputs 0 everywhere
and gets gradient 0 for all its weights and its bias, so gradient descent never changes them
again (a "dead" ReLU). Only a change in its inputs can bring it back, for example when
earlier layers of a deeper network move them. A tanh neuron in the same spot still gets a
gradient.

This glossary's `Value.relu` computes `self.data if self.data > 0 else 0.0`, and its
`_backward` adds `(out.data > 0) * out.grad`: the upstream gradient passes through where the
output is positive and is blocked elsewhere. It comes from the micrograd repository (the
lecture's notebook has no `relu`), whose version returns the int `0` for negative inputs, so
there `relu(-2.0)` prints `0` rather than `0.0`.

>>> import torch
>>> torch.relu(torch.tensor([-2.0, 0.0, 3.0])).tolist()
[0.0, 0.0, 3.0]
>>> from glossary_examples.micrograd import Value
>>> [Value(x).relu().data for x in (-2.0, 0.0, 3.0)]
[0.0, 0.0, 3.0]
"""

ALIASES = ("rectified linear unit", "torch.relu", "F.relu", "nn.ReLU", "Value.relu")
SEE_ALSO = ("activation_function", "tanh", "sigmoid", "gradient")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.relu.html"

# --8<-- [start:example]
import torch
from glossary_examples.micrograd import Value

for x in [-2.0, 0.0, 3.0]:
    v = Value(x)
    out = v.relu()
    out.backward()
    print(f"micrograd: relu({x:4}) = {out.data}, grad = {v.grad}")

xt = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)
yt = torch.relu(xt)
yt.sum().backward()
print("torch:     relu =", yt.tolist(), "grad =", xt.grad.tolist())
# --8<-- [end:example]

# --8<-- [start:dead_neuron]
from glossary_examples.micrograd import Value

xs = [0.5, 1.0, 2.0]  # all positive, so w * x + b < 0 for every x when w = -1, b = -0.5

w, b = Value(-1.0), Value(-0.5)
loss = sum(((w * x + b).relu() - 1.0) ** 2 for x in xs)
loss.backward()
print(f"ReLU neuron: w.grad = {w.grad:+.4f}, b.grad = {b.grad:+.4f}  (no signal: it "
      f"cannot learn)")

w, b = Value(-1.0), Value(-0.5)
loss = sum(((w * x + b).tanh() - 1.0) ** 2 for x in xs)
loss.backward()
print(f"tanh neuron: w.grad = {w.grad:+.4f}, b.grad = {b.grad:+.4f}")
# --8<-- [end:dead_neuron]
