r"""sum(dim, keepdim=True)

P.sum(1, keepdim=True) adds up each row of a matrix P and keeps the totals as a column of shape (rows, 1), so that P / P.sum(1, keepdim=True) divides every row by its own total.

`dim` names the dimension that is summed away: `dim=1` runs along each row (across the
columns) and gives one total per row; `dim=0` runs down each column. Normally the summed
dimension disappears: for a 27 × 27 count matrix `P`, `P.sum(1)` has shape `(27,)`. With
`keepdim=True` it stays, with size 1: `P.sum(1, keepdim=True)` has shape `(27, 1)`.

That size-1 dimension decides how the division broadcasts. A `(27, 1)` column is stretched
across the columns, so row $i$ is divided by the total of row $i$: each row of the result
sums to 1, which is how makemore turns bigram counts into next-character probabilities.
A `(27,)` vector is treated as a `(1, 27)` **row** instead, so column $j$ is divided by the
total of row $j$. For a square matrix such as the 27 × 27 counts both shapes fit, so no
error is raised: the numbers are just wrong (see the pitfall below). A non-square matrix
with more than one row and more than one column turns the mistake into an error, because
its row totals no longer line up with its columns.

NumPy spells the arguments `axis=1, keepdims=True` (with an *s*); PyTorch's own spelling is
`dim=1, keepdim=True`, and it also accepts NumPy's. NumPy rejects `keepdim`.
See NumPy's documentation of
[`numpy.sum`](https://numpy.org/doc/stable/reference/generated/numpy.sum.html).

>>> import torch
>>> P = torch.tensor([[1.0, 3.0], [1.0, 1.0]])
>>> P.sum(1, keepdim=True)
tensor([[4.],
        [2.]])
>>> P.sum(1).shape, P.sum(1, keepdim=True).shape
(torch.Size([2]), torch.Size([2, 1]))
>>> (P / P.sum(1, keepdim=True)).sum(1)
tensor([1., 1.])
>>> torch.ones(27, 27).sum(1, keepdim=True).shape
torch.Size([27, 1])
"""

ALIASES = ("keepdim", "keepdims", "torch.sum", "P.sum(1, keepdim=True)", "row sums")
SEE_ALSO = ("broadcasting", "tensor_float", "data_normalization", "add_one_smoothing")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.sum.html"

# --8<-- [start:example]
import torch

P = torch.tensor([[1.0, 3.0], [1.0, 1.0]])  # two rows of counts
row_sums = P.sum(1, keepdim=True)  # sum along dim 1, keep it with size 1
print("row sums:", row_sums.tolist(), "shape", tuple(row_sums.shape))
probs = P / row_sums  # (2, 2) / (2, 1): row i divided by the total of row i
print(probs)
print("each row sums to", probs.sum(1).tolist())
print("column sums, dim=0:", P.sum(0, keepdim=True).tolist())
print("27 x 27 counts:", tuple(torch.ones(27, 27).sum(1, keepdim=True).shape))
# --8<-- [end:example]

# --8<-- [start:numpy]
import numpy as np

P = np.array([[1.0, 3.0], [1.0, 1.0]])  # two rows of counts
row_sums = np.sum(P, axis=1, keepdims=True)  # NumPy: axis= and keepdims= (with an s)
print("row sums:", row_sums.tolist(), "shape", row_sums.shape)
probs = P / row_sums  # (2, 2) / (2, 1): row i divided by the total of row i
print(probs)
print("each row sums to", probs.sum(axis=1).tolist())
print("column sums, axis=0:", P.sum(axis=0, keepdims=True).tolist())
print("27 x 27 counts:", np.ones((27, 27)).sum(axis=1, keepdims=True).shape)
# --8<-- [end:numpy]

# --8<-- [start:pitfall]
import torch

P = torch.tensor([[1.0, 3.0], [1.0, 1.0]])
right = P / P.sum(1, keepdim=True)  # (2, 1) column: row i / total of row i
wrong = P / P.sum(1)  # (2,) acts as a (1, 2) row: column j / total of row j
print("right:")
print(right)
print("wrong (no error raised):")
print(wrong)
print("row sums, right:", right.sum(1).tolist())
print("row sums, wrong:", wrong.sum(1).tolist())
# --8<-- [end:pitfall]
