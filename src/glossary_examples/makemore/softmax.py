r"""softmax

Softmax turns a vector of real-valued scores (logits) into a probability distribution by exponentiating each score and dividing by the sum of the exponentials.

$\operatorname{softmax}(z)_i = e^{z_i} / \sum_j e^{z_j}$. In exact arithmetic every output
is positive, a larger score gets a larger share, and the outputs sum to 1. Adding the same
constant to every score changes nothing, because the common factor $e^c$ cancels;
`F.softmax` uses this to subtract the maximum first, so large scores do not overflow. In
makemore, softmax turns the network's logits into next-character probabilities.

A computer rounds every step ([floating-point precision](../pytorch/floating_point_precision.md)),
and three things follow (the `rounding` example shows them).
A score far below the largest gets a share that underflows to exactly 0: $e^{-120}$ is
about $10^{-52}$, below the smallest positive float32 (about $1.4 \times 10^{-45}$), so
`F.softmax(torch.tensor([0., -120.]), 0)` is `[1., 0.]`, and two different low scores can
both get 0. The sum is 1 only up to rounding: the example below prints
1.0000001192092896, which is $1 + 2^{-23}$, the float32 number right after 1. And a shift
is harmless only while it is small next to the scores: in float32, $10^8 + 2$ rounds to
$10^8$, so `F.softmax(logits + 1e8, 0)` is uniform; a shift of 100 moves the example's
probabilities by about $10^{-7}$. In float64 the same things happen, further out
($e^{-800}$ underflows there).

>>> import torch
>>> import torch.nn.functional as F
>>> p = F.softmax(torch.tensor([2.0, 1.0, 0.1]), dim=0)
>>> round(p.sum().item(), 6)
1.0
>>> torch.allclose(p, F.softmax(torch.tensor([102.0, 101.0, 100.1]), dim=0))
True
>>> F.softmax(torch.tensor([0.0, -120.0]), dim=0)  # e**-120 underflows in float32
tensor([1., 0.])
"""

ALIASES = ("softmax function", "F.softmax", "torch.softmax", "normalized exponential")
SEE_ALSO = ("logits", "cross_entropy", "data_normalization")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.softmax.html"
SEARCH_BOOST = 2  # searching its title, "F.softmax": "floating-point precision" ranked first

# --8<-- [start:example]
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1])
by_hand = logits.exp() / logits.exp().sum()
probs = F.softmax(logits, dim=0)
print("by hand:  ", by_hand)
print("F.softmax:", probs)
print("sum:", probs.sum().item())  # 1 + 2**-23: float32 rounding, not exactly 1
print("shifted by +100:", F.softmax(logits + 100, dim=0))  # equal to 4 decimals
# --8<-- [end:example]

# --8<-- [start:rounding]
import torch
import torch.nn.functional as F

scores = torch.tensor([0.0, -120.0])
print("float32:", F.softmax(scores, dim=0))  # e**-120 is below the smallest float32: 0
print("float64:", F.softmax(scores.double(), dim=0))  # float64 still holds it
logits = torch.tensor([2.0, 1.0, 0.1])
print("sum - 1:", F.softmax(logits, dim=0).sum().item() - 1, " 2**-23:", 2**-23)
print("shifted by +1e8:", F.softmax(logits + 1e8, dim=0))  # 1e8 + 2 == 1e8 in float32
# --8<-- [end:rounding]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1])
fig, (left, right) = plt.subplots(1, 2)
left.bar(["a", "b", "c"], logits.tolist())
left.set_title("logits (any real number)")
right.bar(["a", "b", "c"], F.softmax(logits, dim=0).tolist(), color="C1")
right.set_title("softmax (positive, sums to 1)")
plt.show()
# --8<-- [end:figure]
