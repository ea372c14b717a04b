r"""nn.init.calculate_gain

`torch.nn.init.calculate_gain(nonlinearity)` returns the factor PyTorch recommends for scaling a layer's initial weights when that nonlinearity follows the layer: 1 for linear and sigmoid, 5/3 for tanh, sqrt(2) for ReLU.

A weight standard deviation of $1/\sqrt{\text{fan-in}}$ keeps the scale of a linear layer's
outputs equal to its inputs' (see Kaiming initialization). The nonlinearity after it then
shrinks the signal: ReLU sets half of its inputs to 0, which halves the mean square, and
tanh squashes everything larger than about 1. Multiplying the weights by the gain makes
up for it, so a deep stack keeps its activations at a steady scale instead of letting them
fade layer after layer:

| `nonlinearity` | gain |
| --- | --- |
| `"linear"`, `"conv1d"`, `"conv2d"`, ..., `"sigmoid"` | 1 |
| `"tanh"` | 5/3 |
| `"relu"` | $\sqrt{2}$ |
| `"leaky_relu"` with negative slope $a$ (default 0.01) | $\sqrt{2 / (1 + a^2)}$ |

The $\sqrt 2$ for ReLU follows from halving the mean square. The 5/3 for tanh is a
recommended value, not an exact result: it keeps the activations of a deep tanh stack at a
steady scale with a small share of saturated units, which is why makemore part 3
initialises its tanh layers with `(5/3) / fan_in**0.5`. The function only knows a fixed
list of names; others, such as `"gelu"`, raise a `ValueError`. `nn.init.kaiming_normal_`
calls it for its `nonlinearity` argument; `nn.init.xavier_normal_` takes the gain as an
argument, for example `gain=nn.init.calculate_gain("tanh")`.

>>> import math
>>> import torch.nn as nn
>>> (nn.init.calculate_gain("tanh") == 5 / 3,
...  nn.init.calculate_gain("relu") == math.sqrt(2))
(True, True)
>>> nn.init.calculate_gain("linear"), nn.init.calculate_gain("sigmoid")
(1, 1)
"""

ALIASES = ("calculate_gain", "torch.nn.init.calculate_gain", "gain", "init gain", "5/3 gain")
SEE_ALSO = ("kaiming_initialization", "vanishing_and_exploding_gradients", "tanh", "relu")
DOCS = "https://docs.pytorch.org/docs/stable/nn.init.html#torch.nn.init.calculate_gain"

# --8<-- [start:example]
import torch

for name in ["linear", "sigmoid", "tanh", "relu", "leaky_relu"]:
    print(f"{name:10} {torch.nn.init.calculate_gain(name):.4f}")
slope = 0.2  # leaky_relu's negative slope, 0.01 by default
print(f"leaky_relu, slope 0.2: {torch.nn.init.calculate_gain('leaky_relu', slope):.4f}")
try:
    torch.nn.init.calculate_gain("gelu")
except ValueError as err:
    print("gelu:", err)
# --8<-- [end:example]

# --8<-- [start:stack]
import torch

g = torch.Generator().manual_seed(42)
x0 = torch.randn(1000, 100, generator=g)  # 1000 inputs, mean square 1
Ws = [torch.randn(100, 100, generator=g) / 100**0.5 for _ in range(20)]  # std 0.1

for name, f in [("tanh", torch.tanh), ("relu", torch.relu)]:
    for gain in [1.0, torch.nn.init.calculate_gain(name)]:
        x = x0
        for W in Ws:  # 20 layers: linear, then the nonlinearity
            x = f(x @ (W * gain))
        rms = x.pow(2).mean().sqrt().item()
        print(f"{name}, gain {gain:.4f}: root mean square after 20 layers {rms:.4f}")
# --8<-- [end:stack]
