r"""floating-point precision

A float32 or float64 number keeps a fixed number of significant binary digits (24 or 53), so most values and most results of arithmetic are rounded, and the rounding shows in the last digits a program prints.

PyTorch's default float dtype is float32; Python's `float` and NumPy's default are float64.
A float32 holds 24 significant bits, a float64 53. The gap between 1 and the next larger
number, *machine epsilon*, is $2^{-23} \approx 1.19 \times 10^{-7}$ in float32 and
$2^{-52} \approx 2.22 \times 10^{-16}$ in float64 (`torch.finfo(dtype).eps`). Rounding a
number to the nearest float changes it by at most half of that, relative to its size (for
sizes between the smallest normal float and the largest, about $1.2 \times 10^{-38}$ to
$3.4 \times 10^{38}$ in float32): about 7 significant decimal digits for float32, about 16
for float64. Neither can store `0.1` exactly. `.item()` turns a float32 into a Python
float without changing its value, and Python prints enough digits to tell float64 values
apart, so the float32 rounding becomes visible: `torch.tensor(0.1).item()` prints
`0.10000000149011612`.

Every arithmetic step rounds its result again. That is why the three float32 softmax
probabilities of `[2.0, 1.0, 0.1]` add up to `1.0000001192092896`: each probability is
already rounded, and each addition rounds the running total to a float32, which here lands
on $1 + 2^{-23}$, the float32 just above 1 (the tensor itself prints as
`tensor(1.0000)`, rounded to 4 decimals). Adding the same three numbers in another order
gives exactly `1.0`. Floating-point addition is not associative, $(a + b) + c$ need not
equal $a + (b + c)$, so check such sums with a tolerance (`torch.isclose`,
`torch.allclose`), not with `==`.

The order matters most in a long sum. Added one at a time into a float32 running total,
each new total is rounded to the spacing of floats near it: once the total passes
$2^{19} = 524{,}288$ that spacing is $2^{-4} = 0.0625$, so each addition can be off by up
to $0.03$. The lecture's loop `log_likelihood += logprob` does exactly this with 228,146
log-probabilities (total about $-565{,}000$). Over so many additions the errors add up: in
the last example below the total ends up off by about 6, the average by about 3 in the
5th decimal, enough to change the 4th decimal when the average is rounded for printing.
`torch.sum` does not add one number at a time into one running total, and in the examples
below its float32 result stays within a few float32 steps of the exact total. Which few
steps depends on the CPU and on how many threads share the sum, so its last digits can
differ between two machines; the examples print it rounded. Two correct programs can
therefore print average losses that differ in the 4th decimal; neither is wrong. Compare with
a tolerance, or compute in float64 when those digits matter.

>>> import torch
>>> (torch.finfo(torch.float32).eps == 2 ** -23,
...  torch.finfo(torch.float64).eps == 2 ** -52)
(True, True)
>>> one = torch.tensor(1.0)
>>> bool(one + 2 ** -23 > one), bool(one + 2 ** -24 == one)
(True, True)
>>> torch.tensor(0.1).item()
0.10000000149011612
>>> (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3)
False
"""

ALIASES = ("floating point", "float precision", "machine epsilon", "rounding error", "torch.finfo")
SEE_ALSO = ("softmax", "negative_log_likelihood", "log_likelihood", "exp", "tensor_float", "item",
            "np_arange", "gradient")
DOCS = "https://docs.pytorch.org/docs/stable/type_info.html"

# --8<-- [start:example]
import math

import torch

for dtype in (torch.float32, torch.float64):
    eps = torch.finfo(dtype).eps  # the gap between 1 and the next larger number
    one = torch.tensor(1.0, dtype=dtype)
    print(dtype, "eps:", eps, f"(about {-math.log10(eps):.1f} decimal digits)")
    above, same = (one + eps > one).item(), (one + eps / 2 == one).item()
    print("  1 + eps > 1:", above, "| 1 + eps/2 == 1:", same)
print("0.1 in float32:", f"{torch.tensor(0.1).item():.20f}")
print("0.1 in float64:", f"{torch.tensor(0.1, dtype=torch.float64).item():.20f}")
# --8<-- [end:example]

# --8<-- [start:softmax_sum]
import torch
import torch.nn.functional as F

probs = F.softmax(torch.tensor([2.0, 1.0, 0.1]), dim=0)  # float32
total = probs.sum()
print("probs.sum():", total)  # the tensor prints 4 decimals
print("probs.sum().item():", total.item())  # the float32 value, in full
print("1 + 2**-23:", 1 + 2**-23, "| the same:", total.item() == 1 + 2**-23)
a, b, c = probs
print("(a + b) + c:", ((a + b) + c).item(), "| a + (b + c):", (a + (b + c)).item())
print("close to 1:", torch.isclose(total, torch.tensor(1.0)).item())
# --8<-- [end:softmax_sum]

# --8<-- [start:sum_order]
import numpy as np
import torch

x = torch.rand(100_000, generator=torch.Generator().manual_seed(0))  # float32
forward = np.float32(0.0)
for v in x.numpy():  # one at a time into a float32 total, first to last
    forward += v
backward = np.float32(0.0)
for v in x.numpy()[::-1]:  # the same numbers, last to first
    backward += v
exact = x.double().sum().item()  # float64: exact to far more digits than float32 holds
print("one at a time, forward: ", float(forward))
print("one at a time, backward:", float(backward))
print("float64 sum:            ", exact)
# torch.sum's last bits depend on the CPU and the thread count, so print only how close it is
print("torch.sum within 0.01:  ", abs(x.sum().item() - exact) < 0.01)
# --8<-- [end:sum_order]

# --8<-- [start:average_loss]
import numpy as np
import torch

n = 228_146  # as many as the bigrams in the lecture's names.txt
g = torch.Generator().manual_seed(2147483647)
logp = (torch.rand(n, generator=g) * 0.2 + 0.005).log()  # made-up log-probabilities
total = np.float32(0.0)
for lp in logp.numpy():  # one at a time, like `log_likelihood += logprob`
    total += lp
one_by_one = float(-total / n)  # float32 total, float32 division
summed = (-logp.sum() / n).item()
print("one at a time, float32:", one_by_one)
print("float64:               ", (-logp.double().sum() / n).item())
print(f"torch.sum, float32:     {summed:.5f}")  # its last digits vary from machine to machine
print(f"printed to 4 decimals:  {one_by_one:.4f} vs {summed:.4f}")
# --8<-- [end:average_loss]
