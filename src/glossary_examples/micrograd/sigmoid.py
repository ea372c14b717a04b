r"""sigmoid

The sigmoid (logistic) function 1 / (1 + e^(-x)) maps any real number to a number between 0 and 1, so its output can be read as a probability.

$$\sigma(x) = \frac{1}{1 + e^{-x}}, \qquad \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr).$$

$\sigma(0) = 0.5$, large positive inputs give outputs close to 1, and large negative inputs
give outputs close to 0. The curve is symmetric about that midpoint: $\sigma(-x) = 1 - \sigma(x)$.
Its derivative is written with its own output, like tanh's; it is largest at $x = 0$, where
it is $0.25$, and it vanishes for large $|x|$ (the sigmoid saturates).

**The two-class softmax.** Softmax over two scores $[x, 0]$ gives the first class
$e^x / (e^x + e^0) = 1 / (1 + e^{-x}) = \sigma(x)$. So a single sigmoid output is the
probability of the positive class in a binary classifier, with $x$ its logit. The sigmoid is
also a shifted, rescaled tanh: $\sigma(x) = (1 + \tanh(x/2)) / 2$.

In exact arithmetic the output is strictly between 0 and 1. In floating point it is not:
float32 `torch.sigmoid` returns exactly `1.0` from about $x = 16.64$ (float64 from about
$x = 36.74$), where the gradient is exactly 0, and exactly `0.0` for $x \le -88.72$ (float64:
$x \le -709.78$).

micrograd's `Value` has no sigmoid method, but one line builds it from `exp`,
`1 / (1 + (-x).exp())`, and backpropagation through that expression gives
$\sigma(1 - \sigma)$ automatically. `1 / v` needs `Value.__rtruediv__`, which this engine
takes from the micrograd repository; with the lecture's `Value`, write
`(1 + (-x).exp()) ** -1`. Below $x \approx -709.78$, `(-x).exp()` overflows and Python's
`math.exp` raises `OverflowError`.

>>> import torch
>>> import torch.nn.functional as F
>>> torch.sigmoid(torch.tensor(0.0)).item()
0.5
>>> x = torch.linspace(-6, 6, 121)
>>> torch.allclose(torch.sigmoid(x),
...                F.softmax(torch.stack([x, torch.zeros_like(x)]), dim=0)[0])
True
>>> (torch.sigmoid(torch.tensor([16.0, 17.0])) == 1.0).tolist()
[False, True]
"""

ALIASES = ("logistic function", "logistic sigmoid", "torch.sigmoid", "F.sigmoid", "nn.Sigmoid", "expit")
SEE_ALSO = ("activation_function", "tanh", "softmax", "binary_classifier", "logits")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.sigmoid.html"

# --8<-- [start:example]
from glossary_examples.micrograd import Value

x = Value(1.0)
s = 1 / (1 + (-x).exp())  # sigmoid from exp, +, / : backward works through all of them
s.backward()
print(f"sigmoid(1) = {s.data:.6f}")
print(f"autograd gradient = {x.grad:.6f}, s * (1 - s) = {s.data * (1 - s.data):.6f}")
# --8<-- [end:example]

# --8<-- [start:torch]
import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0])
print("torch.sigmoid:     ", torch.sigmoid(x))
print("1 / (1 + exp(-x)): ", 1 / (1 + torch.exp(-x)))
two_class = torch.stack([x, torch.zeros(5)], dim=1)  # scores [x, 0] for each x
print("softmax([x, 0])[0]:", F.softmax(two_class, dim=1)[:, 0])
print("sigmoid(16), sigmoid(17) == 1:",
      (torch.sigmoid(torch.tensor([16.0, 17.0])) == 1.0).tolist())
# --8<-- [end:torch]
