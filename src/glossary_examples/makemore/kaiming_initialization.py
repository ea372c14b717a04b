r"""Kaiming initialization

Kaiming (He) initialization draws a layer's initial weights with standard deviation gain / sqrt(fan_in), where fan_in is the number of inputs of each unit, so that the layer's outputs keep roughly the scale of its inputs.

Each output of a linear layer is a sum of `fan_in` products, $y_j = \sum_{i=1}^{n} x_i w_{ij}$
with $n$ = `fan_in`. If the inputs and weights are independent with mean 0, the variances
add up:

$$\operatorname{Var}(y_j) = n \operatorname{Var}(x)\operatorname{Var}(w).$$

With weights drawn from $N(0, 1)$ the output's standard deviation is $\sqrt{n}$ times the
input's; in a deep network that factor compounds layer after layer (see vanishing and
exploding gradients). Drawing the weights with standard deviation $1/\sqrt{n}$ makes
$\operatorname{Var}(y) = \operatorname{Var}(x)$.

A nonlinearity after the layer changes the scale again: ReLU zeroes half of its inputs and
tanh squashes large ones. The *gain* makes up for it, so the weight standard deviation is
$\text{gain}/\sqrt{\text{fan-in}}$, with the gain that `nn.init.calculate_gain` recommends:
$\sqrt 2$ for ReLU (derived by He et al., 2015, which gave the method its name) and 5/3 for
tanh. makemore part 3 uses it for its 30-input tanh layer:
`W1 = torch.randn((30, 200)) * (5/3) / 30**0.5`, a standard deviation of about 0.3043.

In PyTorch, `torch.nn.init.kaiming_normal_(w, nonlinearity="tanh")` fills `w` this way. It
reads the fan-in from `w.shape[1]`, because `nn.Linear` stores its weight as
`(fan_out, fan_in)`. The lecture's weights are laid out the other way, `(fan_in, fan_out)`
for `x @ W`, so on them the default `mode="fan_in"` uses the wrong size, and
`mode="fan_out"` is the one that reads dimension 0. Its default nonlinearity is
`"leaky_relu"` with slope 0, whose gain is $\sqrt 2$. `nn.Linear`'s own default
initialization is different: uniform on $\pm 1/\sqrt{\text{fan-in}}$, a standard deviation
of $1/\sqrt{3\,\text{fan-in}}$.

With batch normalization after a layer, the initial scale matters much less: the layer
normalizes its pre-activations whatever the weights' scale, as long as their variance
stays well above BatchNorm's small constant eps (1e-5).

Further reading: K. He et al., *Delving Deep into Rectifiers* (2015),
<https://arxiv.org/abs/1502.01852>.

>>> round((5 / 3) / 30**0.5, 4)
0.3043
>>> import torch
>>> W = torch.empty(30, 200)
>>> # (fan_in, fan_out), read as nn.Linear stores it
>>> torch.nn.init._calculate_fan_in_and_fan_out(W)
(200, 30)
"""

ALIASES = ("He initialization", "Kaiming init", "Kaiming initialisation", "He init",
           "kaiming_normal_", "nn.init.kaiming_normal_", "fan_in", "fan-in")
SEE_ALSO = ("calculate_gain", "vanishing_and_exploding_gradients", "tanh_saturation", "weight",
            "batch_normalization", "expected_initial_loss")
DOCS = "https://docs.pytorch.org/docs/stable/nn.init.html#torch.nn.init.kaiming_normal_"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn(1000, 30, generator=g)  # 1000 inputs of 30 features, std 1
w = torch.randn(30, 200, generator=g)  # N(0, 1) weights, fan_in = 30

print(f"x std:                  {x.std().item():.3f}")
print(f"(x @ w) std:            {(x @ w).std().item():.3f}   sqrt(30) = {30**0.5:.3f}")
print(f"(x @ (w / sqrt 30)) std: {(x @ (w / 30**0.5)).std().item():.3f}")
print(f"tanh layer, W1 std = (5/3) / sqrt(30) = {(5 / 3) / 30**0.5:.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

g = torch.Generator().manual_seed(42)
x = torch.randn(1000, 30, generator=g)
w = torch.randn(30, 200, generator=g)

fig, axes = plt.subplots(1, 2, sharex=True, sharey=True)
panels = [(axes[0], 1, "w ~ N(0, 1)"), (axes[1], 30**-0.5, "w / sqrt(30)")]
for ax, scale, title in panels:
    y = x @ (w * scale)
    ax.hist(y.view(-1).numpy(), bins=60, density=True, color="C1", label="x @ w")
    ax.hist(x.view(-1).numpy(), bins=60, density=True, alpha=0.6, color="C0", label="x")
    ax.set_title(title)
    ax.set_xlim(-15, 15)
axes[0].legend()
plt.show()
# --8<-- [end:figure]

# --8<-- [start:pitfall]
import torch

torch.manual_seed(42)
W = torch.empty(30, 200)  # the lecture's layout, (fan_in, fan_out), used as x @ W
print(f"wanted std (5/3) / sqrt(30):  {(5 / 3) / 30**0.5:.4f}")
torch.nn.init.kaiming_normal_(W, nonlinearity="tanh")
print(f"kaiming_normal_ (fan_in):     {W.std().item():.4f}  <- used 200 as fan_in")
torch.nn.init.kaiming_normal_(W, mode="fan_out", nonlinearity="tanh")
print(f"kaiming_normal_ (fan_out):    {W.std().item():.4f}")

layer = torch.nn.Linear(30, 200)  # weight stored as (fan_out, fan_in) = (200, 30)
torch.nn.init.kaiming_normal_(layer.weight, nonlinearity="tanh")
print(f"nn.Linear(30, 200).weight:    {layer.weight.std().item():.4f}")
# --8<-- [end:pitfall]
