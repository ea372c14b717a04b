r"""np.tanh

np.tanh(x) applies the hyperbolic tangent to every element of an array, squashing each real number into the range from −1 to 1.

The hyperbolic tangent is

$$\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = \frac{\sinh x}{\cosh x}.$$

It is 0 at 0, odd ($\tanh(-x) = -\tanh(x)$), increasing, and close to the identity
near 0 (its slope there is 1). For large $|x|$ it flattens out towards $\pm 1$.
This S-shaped curve is the activation function of the neurons in the micrograd lecture.

`np.tanh` is a NumPy *ufunc*: it works element by element, so the output has the same
shape as the input. Integer input gives float output (int64 → float64).
Mathematically $\tanh(x)$ never reaches $\pm 1$, but a float64 result is rounded to
exactly `1.0` once $x$ is above about 19 (and to `-1.0` below about −19), so
`np.tanh(20.0) == 1.0` is `True`.
`torch.tanh` does the same for tensors. On float32 tensors (the default dtype, and what
integer tensors are turned into) its results reach exactly `1.0` already from about
$x = 9$.

>>> import numpy as np
>>> xs = np.arange(-5, 5, 0.2)
>>> np.tanh(xs).shape
(50,)
>>> float(np.tanh(0.0))
0.0
>>> bool(np.allclose(np.tanh(-xs), -np.tanh(xs)))
True
>>> bool(np.tanh(18.0) < 1.0), bool(np.tanh(20.0) == 1.0)
(True, True)
>>> np.tanh(np.arange(3)).dtype
dtype('float64')
"""

ALIASES = ("numpy.tanh",)
SEE_ALSO = ("tanh", "activation_function", "np_arange", "import_numpy")
DOCS = "https://numpy.org/doc/stable/reference/generated/numpy.tanh.html"

# --8<-- [start:example]
import numpy as np

xs = np.arange(-5, 5, 0.2)  # the lecture's inputs
ys = np.tanh(xs)  # one output per input
print("shapes:", xs.shape, ys.shape)
print(np.tanh(np.array([-2.0, -1.0, 0.0, 1.0, 2.0])))
print("same as sinh/cosh:", np.allclose(ys, np.sinh(xs) / np.cosh(xs)))
print("tanh(18.0) =", np.tanh(18.0))  # still just below 1
print("tanh(20.0) == 1.0:", np.tanh(20.0) == 1.0)  # rounded to exactly 1 in float64
print("integer input gives", np.tanh(np.arange(3)).dtype)
# --8<-- [end:example]

# --8<-- [start:pytorch]
import torch

xs = torch.arange(-5, 5, 0.2)
ys = torch.tanh(xs)  # same function, for tensors
print("shapes:", xs.shape, ys.shape)
print(torch.tanh(torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])))
print("tanh(8.0) =", torch.tanh(torch.tensor(8.0)).item())  # still just below 1
saturated = torch.tanh(torch.tensor(10.0)).item() == 1.0  # float32 saturates sooner
print("tanh(10.0) == 1.0:", saturated)
print("integer input gives", torch.tanh(torch.arange(3)).dtype)
# --8<-- [end:pytorch]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

xs = np.arange(-5, 5, 0.2)
plt.plot(xs, np.tanh(xs), label="np.tanh(xs)")
plt.axhline(1, linestyle="--", color="C1", label="±1, never crossed")
plt.axhline(-1, linestyle="--", color="C1")
plt.xlabel("x")
plt.ylabel("tanh(x)")
plt.legend()
plt.grid()
plt.show()
# --8<-- [end:figure]
