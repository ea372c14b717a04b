r"""tanh

tanh (the hyperbolic tangent) is an S-shaped activation function that maps any real number to a number between -1 and 1; the micrograd lecture's neurons use it.

It needs only one exponential:

$$\tanh(x) = \frac{e^{2x} - 1}{e^{2x} + 1}.$$

So $\tanh(0) = 0$, large positive inputs come close to $1$ and large negative inputs close to
$-1$, strictly between them in exact arithmetic (floating point rounds to exactly $\pm 1$ far
from 0: see Saturation below). The function is *odd*, $\tanh(-x) = -\tanh(x)$, so its
outputs are centred on zero. It is a rescaled sigmoid: $\tanh(x) = 2\sigma(2x) - 1$.

Computed literally, the formula fails for large $x$: $e^{2x}$ overflows above
$x \approx 354.9$ in float64 (Python's `math.exp` raises `OverflowError`; PyTorch and NumPy give
$\infty / \infty$ = `nan`, in float32 from $x \approx 44.4$). The lecture's `Value.tanh`
computes it this way; this glossary's calls `math.tanh`, which has no such limit and can
differ from the formula in the last digit (for the lecture's neuron, 0.7071067811865477
against the lecture's 0.7071067811865476).

Its derivative is written with its own output:

$$\frac{d}{dx}\tanh(x) = 1 - \tanh^2(x).$$

That is why micrograd's `Value.tanh` keeps the output `t`, and its `_backward` adds
`(1 - t**2) * out.grad` to the input's gradient. The derivative is 1 at $x = 0$ and falls
towards 0 as $|x|$ grows.

**Saturation.** Far from 0 the curve is almost flat: the output is stuck near $\pm 1$ and the
gradient is nearly 0, so a neuron whose weighted sum is large learns very slowly. Floating
point makes it exact: float32 `torch.tanh` returns exactly `1.0` from about $x = 9.01$
(float64 from about $x = 19.06$), and from there on the gradient $1 - \tanh^2$ is exactly 0.

>>> import math, torch
>>> math.isclose(math.tanh(0.5), (math.exp(1.0) - 1) / (math.exp(1.0) + 1))
True
>>> x = torch.linspace(-4, 4, 81)
>>> torch.allclose(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1, atol=1e-6)
True
>>> torch.equal(torch.tanh(torch.tensor(-2.0)), -torch.tanh(torch.tensor(2.0)))
True
>>> (torch.tanh(torch.tensor([8.9, 9.1])) == 1.0).tolist()
[False, True]
>>> (torch.tanh(torch.tensor([19.0, 19.1], dtype=torch.float64)) == 1.0).tolist()
[False, True]
"""

ALIASES = ("hyperbolic tangent", "torch.tanh", "Value.tanh", "nn.Tanh")
SEE_ALSO = ("activation_function", "np_tanh", "sigmoid", "relu", "neuron")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.tanh.html"
SEARCH_BOOST = 1.5  # searching its title, "tanh backward", "tanh saturation" ranked first

# --8<-- [start:example]
import torch
from glossary_examples.micrograd import Value

x = Value(0.5)
t = x.tanh()
t.backward()  # micrograd's _backward: x.grad += (1 - t**2) * t.grad
print(f"micrograd: tanh(0.5) = {t.data:.6f}, grad = {x.grad:.6f}")

xt = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
tt = torch.tanh(xt)
tt.backward()
print(f"torch:     tanh(0.5) = {tt.item():.6f}, grad = {xt.grad.item():.6f}")
print(f"closed form: 1 - tanh(0.5)**2 = {1 - t.data**2:.6f}")
print("odd, inside (-1, 1):", torch.tanh(torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])))
# --8<-- [end:example]

# --8<-- [start:saturation]
import torch

x = torch.tensor([5.0, 8.9, 9.1, 20.0], requires_grad=True)  # float32
t = torch.tanh(x)
t.sum().backward()
print("float32 tanh(x) == 1.0:", (t == 1.0).tolist())
print("gradient 1 - tanh(x)**2:", x.grad)

x64 = torch.tensor([9.1, 19.0, 19.1], dtype=torch.float64)
print("float64 tanh(x) == 1.0:", (torch.tanh(x64) == 1.0).tolist())
# --8<-- [end:saturation]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

x = torch.linspace(-5, 5, 201)
t = torch.tanh(x)
fig, ax = plt.subplots()
ax.plot(x, t, color="C0", label="tanh(x)")
ax.plot(x, 1 - t**2, color="C1", label="derivative 1 - tanh²(x)")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("tanh saturates: flat curve, vanishing gradient")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
# --8<-- [end:figure]
