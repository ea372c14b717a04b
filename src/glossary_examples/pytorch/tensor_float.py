r""".float()

t.float() returns the values of tensor t as 32-bit floating-point numbers (torch.float32), exactly like t.to(torch.float32).

In makemore the bigram counts `N` are integers (`torch.int32`), but probabilities are
fractions, so the lecture writes `P = N.float()` before dividing each row by its sum.

- **A new tensor, the original unchanged.** If `t` has another dtype (`int32`, `int64`,
  `float64`, ...), `.float()` allocates a new tensor; `N` stays `int32`. Converting from
  `float64` loses precision: it keeps about 7 significant digits instead of about 16, fewer
  for tiny values (below about $1.2 \times 10^{-38}$). A value at or above
  $2^{128} - 2^{103} \approx 3.4028236 \times 10^{38}$, half a float32 step past the
  largest float32, becomes `inf`; a value just above the largest rounds down to it.
- **The same tensor if nothing changes.** If `t` is already `float32`, `.float()` returns `t`
  itself, not a copy, so an in-place edit of the result also edits `t`. Use `.clone()` when
  you need an independent copy.
- **Why it matters.** Plain division `N / N.sum()` already gives a float result, but the
  in-place `P /= ...` writes that float result back into `P`'s own memory, and PyTorch
  refuses to store it in an integer tensor: it raises a `RuntimeError`, even when every
  quotient happens to be a whole number.

Counts convert exactly: float32 represents every whole number up to $2^{24} = 16{,}777{,}216$.

>>> import torch
>>> N = torch.tensor([[0, 3, 1], [2, 0, 2]], dtype=torch.int32)
>>> P = N.float()
>>> P.dtype, N.dtype
(torch.float32, torch.int32)
>>> P is N, P.float() is P
(False, True)
>>> torch.equal(P, N.to(torch.float32))
True
>>> int(torch.tensor(2**24).float().item()) == 2**24
True
"""

ALIASES = ("Tensor.float", "N.float()", "float32", "torch.float32")
SEE_ALSO = ("torch_zeros", "sum_keepdim", "add_one_smoothing")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.float.html"
SEARCH_BOOST = 1.5  # searching its title, "floating-point precision" ranked first

# --8<-- [start:example]
import torch

N = torch.tensor([[0, 3, 1], [2, 0, 2]], dtype=torch.int32)  # counts are whole numbers
P = N.float()
print("N.dtype:", N.dtype, "  P.dtype:", P.dtype)
P /= P.sum(1, keepdim=True)  # in place: P must be able to hold fractions
print("P with rows normalised:")
print(P)
print("N is unchanged:")
print(N)
try:
    N /= N.sum(1, keepdim=True)  # the same in place on the int32 counts
except RuntimeError as err:
    print("RuntimeError:", err)
# --8<-- [end:example]

# --8<-- [start:same_object]
import torch

P = torch.tensor([1.0, 2.0])  # already float32
Q = P.float()
print("P.float() is P:", Q is P)
Q[0] = 100.0
print("P after editing Q:", P)  # one tensor, two names
R = P.float().clone()  # an independent copy
R[0] = -1.0
print("P after editing the clone:", P)
print("float64 -> float32:", torch.tensor([0.1], dtype=torch.float64).float().dtype)
# --8<-- [end:same_object]
