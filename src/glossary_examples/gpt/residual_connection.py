r"""residual connection

A residual connection adds a layer's input to its output, computing x + f(x) instead of f(x), so that the input, and the gradient on the way back, also take a direct path around the layer.

The derivative of $x + f(x)$ is $1 + f'(x)$ (the identity matrix plus the layer's
Jacobian, for vectors): whatever the layer does, the gradient arriving at the output
reaches the input unchanged, plus what the layer adds. A stack of plain layers
multiplies their Jacobians instead, and when they shrink the signal, as saturating
`tanh` layers do, the gradient at the first layers vanishes. The idea comes from deep
residual networks for images (He et al., 2015); the lecture brings it in when its
transformer gets too deep to train well.

In the lecture's `Block` the residual stream `x` runs from the embeddings to the output
head, and each sub-layer forks off it and adds its result back:
`x = x + self.sa(self.ln1(x))`, then `x = x + self.ffwd(self.ln2(x))`. The last layer of
each branch (`proj` in multi-head attention, the second `Linear` of the feed-forward
layer) maps the branch's result back to the stream's `n_embd` channels, so it can be added.
A branch whose last layer outputs 0 leaves the stream exactly as it was: the block is then
the identity.

>>> import torch
>>> x = torch.tensor(2.0, requires_grad=True)
>>> y = x + 0.001 * torch.tanh(x)  # a layer with a tiny gradient, plus the residual path
>>> y.backward()
>>> round(x.grad.item(), 6)  # 1 + 0.001 * (1 - tanh(2)**2)
1.000071
"""

ALIASES = ("residual", "skip connection", "residual stream", "residual pathway", "x = x + f(x)")
SEE_ALSO = ("multi_head_attention", "layer_normalization", "tanh", "backpropagation")
DOCS = ""

# --8<-- [start:example]
import torch
import torch.nn as nn

torch.manual_seed(1337)
layers = [nn.Sequential(nn.Linear(32, 32), nn.Tanh()) for _ in range(20)]
x = torch.randn(1, 32)
for name in ("plain", "residual"):
    xi = x.clone().requires_grad_()
    h = xi
    for f in layers:
        h = f(h) if name == "plain" else h + f(h)  # f(h) or h + f(h)
    h.sum().backward()  # gradient 1 at every output: norm sqrt(32) = 5.66
    print(f"{name:8} 20 layers: gradient norm at the input {xi.grad.norm():.2e}")
# --8<-- [end:example]
