r"""monotonic function

A monotonic function never changes direction: over its whole domain it is either non-decreasing or non-increasing.

A function $f$ is *non-decreasing* if $x < y$ implies $f(x) \le f(y)$, and *strictly
increasing* if it implies $f(x) < f(y)$; non-increasing and strictly decreasing are the
mirror images. Either kind is monotonic. The exponential and the logarithm (on
$x > 0$) are strictly increasing, $-\log$ is strictly decreasing, and $x^2$ on
$[-1, 1]$ is not monotonic: it falls, then rises.

This is why makemore may swap the quantity it optimizes. Applying a strictly increasing
function to a score keeps its order, so it keeps the position of the maximum: whatever
parameters maximize the likelihood (a product of many probabilities) also maximize the
log-likelihood (a sum of logs), and also minimize the negative log-likelihood, because
$-\log$ reverses the order. The log version is the one to compute: a product of
thousands of probabilities such as 0.5 rounds to 0 in floating point, a sum of their logs
does not.
Only the position of the optimum carries over, not its value: the likelihood peaks at a
tiny number, the log-likelihood at a negative one. A merely non-decreasing function (one
with flat stretches) keeps every maximizer a maximizer but can create ties, so the
argument needs *strictly* increasing. In floating point
([floating-point precision](../pytorch/floating_point_precision.md)), `log` and `exp` are
only non-decreasing: neighbouring inputs can round to the same output (the two float32 numbers
next to $10^{30}$ have the same float32 log, 69.07755), so on a fine enough grid a maximum
can turn into a tie. Further reading:
[Monotonic function (Wikipedia)](https://en.wikipedia.org/wiki/Monotonic_function).

>>> import numpy as np
>>> # log: strictly increasing
>>> bool(np.all(np.diff(np.log(np.linspace(0.01, 1, 100))) > 0))
True
>>> # x**2 on [-1, 1]: not monotonic
>>> bool(np.all(np.diff(np.linspace(-1, 1, 5) ** 2) >= 0))
False
"""

ALIASES = ("monotonic", "monotone", "monotonically increasing", "strictly increasing")
SEE_ALSO = ("log_likelihood", "negative_log_likelihood", "maximum_likelihood_estimation")
DOCS = ""

# --8<-- [start:example]
import torch

p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)  # candidate P(heads) for a coin
likelihood = p**7 * (1 - p) ** 3                         # 7 heads and 3 tails were seen
log_likelihood = likelihood.log()
nll = -log_likelihood
print("argmax likelihood:    ", round(p[likelihood.argmax()].item(), 2))
print("argmax log-likelihood:", round(p[log_likelihood.argmax()].item(), 2))
print("argmin NLL:           ", round(p[nll.argmin()].item(), 2))
print("peak values:", f"{likelihood.max().item():.6f}", "vs",
      f"{log_likelihood.max().item():.4f}")

x = torch.linspace(0.01, 1, 100)
print("log strictly increasing on the grid:", (x.log().diff() > 0).all().item())
steps = torch.linspace(-1, 1, 5).pow(2).diff()  # falls, then rises
print("x**2 monotonic on [-1, 1]:", bool((steps >= 0).all() or (steps <= 0).all()))
probs = torch.full((2000,), 0.5)  # 2000 draws, each with probability 0.5
print("product of 2000 probabilities:", probs.prod().item(), "  sum of their logs:",
      round(probs.log().sum().item(), 2))
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
likelihood = p**7 * (1 - p) ** 3
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
left.plot(p.numpy(), likelihood.numpy(), color="C0")
left.set_title("likelihood  p^7 (1-p)^3")
right.plot(p.numpy(), likelihood.log().numpy(), color="C1")
right.set_title("log-likelihood")
for ax in (left, right):
    ax.axvline(0.7, color="C2", linestyle="--", label="p = 0.7")
    ax.set_xlabel("p = P(heads)")
    ax.legend()
plt.show()
# --8<-- [end:figure]
