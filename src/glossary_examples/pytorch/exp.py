r""".exp()

x.exp() (or torch.exp(x)) returns a new tensor with e raised to the power of each element, turning logits read as log-counts into counts that are never negative.

The exponential $e^x$ (with $e \approx 2.71828$) is 1 at $x = 0$, grows quickly for positive
$x$, and shrinks toward 0 for negative $x$ without ever going below it. It is the inverse of
the natural logarithm: $e^{\ln c} = c$. It works element by element and leaves `x`
unchanged; the in-place version is `x.exp_()`. NumPy's equivalent is `np.exp` (see its
[NumPy documentation](https://numpy.org/doc/stable/reference/generated/numpy.exp.html)).

In makemore's neural bigram model, the network outputs *logits*, which are read as log-counts:
any real number, possibly negative. `counts = logits.exp()` turns them into positive numbers
(zero only for a logit below the underflow point, see below) that play the role of the
bigram counts, and dividing each row by its sum turns those into probabilities. Exponentiate-then-normalise is softmax: `F.softmax` gives the same
probabilities, up to float round-off.

Limits of float32 (the default dtype): $e^x$ overflows to `inf` for $x$ above about 88.72
($\ln$ of the largest float32, about $3.4 \times 10^{38}$), and underflows to exactly 0 below
about $-103.97$. In float64 the overflow point is about 709.78. `F.softmax` avoids the
overflow by subtracting the largest logit first.

>>> import math
>>> import torch
>>> torch.exp(torch.tensor([0.0, math.log(2.0)]))
tensor([1., 2.])
>>> logits = torch.tensor([-3.0, 0.0, 2.5])
>>> bool((logits.exp() > 0).all()), torch.equal(logits.exp(), torch.exp(logits))
(True, True)
>>> torch.exp(torch.tensor([88.0, 89.0]))
tensor([1.6516e+38,        inf])
"""

ALIASES = ("torch.exp", "Tensor.exp", "np.exp", "exponential", "logits.exp()")
SEE_ALSO = ("logits", "softmax", "negative_log_likelihood", "bigram_language_model")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.exp.html"
SEARCH_BOOST = 1.5  # searching its title, "expected initial loss" ranked first

# --8<-- [start:example]
import math

import torch

x = torch.tensor([0.0, 1.0, math.log(2.0), -1.0])
print("torch.exp(x):", torch.exp(x))
print("x.exp():     ", x.exp())
print("dtype:", x.exp().dtype)
print("x unchanged: ", x)
# --8<-- [end:example]

# --8<-- [start:numpy]
import math

import numpy as np

x = np.array([0.0, 1.0, math.log(2.0), -1.0])
print("np.exp(x):", np.exp(x))
print("dtype:", np.exp(x).dtype)
print("x unchanged:", x)
# --8<-- [end:numpy]

# --8<-- [start:logits]
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 0.0], [-2.0, 3.0, 1.0]])  # log-counts: any reals
counts = logits.exp()  # positive, like bigram counts
probs = counts / counts.sum(1, keepdim=True)
print("counts:")
print(counts)
print("probs:")
print(probs)
print("rows sum to 1:", torch.allclose(probs.sum(1), torch.ones(2)))
print("same as F.softmax:", torch.allclose(probs, F.softmax(logits, dim=1)))
# --8<-- [end:logits]

# --8<-- [start:overflow]
import torch

x = torch.tensor([88.0, 88.7, 88.8, 100.0])
print("float32:", torch.exp(x))
print("float64:", torch.exp(x.double()))
print("very negative, float32:", torch.exp(torch.tensor([-100.0, -104.0])))
# --8<-- [end:overflow]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

x = torch.linspace(-3, 3, 200)
plt.plot(x.numpy(), x.exp().numpy(), color="C0", label="$e^x$")
plt.axhline(0, color="C7", linewidth=0.8)
plt.scatter([0.0], [1.0], color="C1", zorder=3, label="$e^0 = 1$")
plt.xlabel("x")
plt.ylabel("exp(x)")
plt.title("exp: always above 0, grows fast")
plt.legend()
plt.show()
# --8<-- [end:figure]
