r"""@ (matrix multiplication)

A @ B multiplies two tensors as matrices (it calls torch.matmul): entry (i, j) is row i of A dotted with column j of B, so (N, 27) @ (27, 27) gives (N, 27).

`@` is Python's operator for matrix multiplication; on tensors it calls `torch.matmul`, and on
NumPy arrays `np.matmul`. For 2-D tensors, entry $(i, j)$ of `A @ B` is the dot product of row $i$ of `A` with
column $j$ of `B`: $(AB)_{ij} = \sum_k A_{ik} B_{kj}$. The inner sizes must match
(`A` has as many columns as `B` has rows), otherwise it raises a `RuntimeError` (for two
2-D tensors the message names both shapes).
For two 1-D tensors, `@` is their dot product, a 0-dimensional tensor. With more than two
dimensions, the last two are multiplied as matrices and the leading ones form a batch.

`A * B` is something else: element-wise multiplication of entries in the same position
(with broadcasting). Even for two square matrices of the same shape the results usually
differ, as the example shows.

In makemore's neural bigram model, `logits = xenc @ W` multiplies the `(N, 27)` one-hot
inputs by the `(27, 27)` weights: row $n$ of the result holds the 27 outputs for input $n$.
Because a one-hot row has a single 1, multiplying it by `W` just **selects a row of `W`**:
`F.one_hot(xs, 27).float() @ W` equals `W[xs]` for finite weights (an `inf` or `nan`
anywhere in a column of `W` makes that column `nan` in every row, since $0 \cdot \infty$ is
`nan`). That lookup is what an embedding table does.

>>> import torch
>>> A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
>>> A @ A
tensor([[ 7., 10.],
        [15., 22.]])
>>> A * A
tensor([[ 1.,  4.],
        [ 9., 16.]])
>>> torch.tensor([1.0, 2.0, 3.0]) @ torch.tensor([4.0, 5.0, 6.0])
tensor(32.)
>>> (torch.ones(5, 27) @ torch.ones(27, 27)).shape
torch.Size([5, 27])
"""

ALIASES = ("torch.matmul", "matrix multiplication", "matrix product", "@", "np.matmul")
SEE_ALSO = ("f_one_hot", "logits", "embedding", "broadcasting")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.matmul.html"

# --8<-- [start:example]
import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[5.0, 6.0], [7.0, 8.0]])
print("A @ B:")
print(A @ B)  # row i of A dotted with column j of B
print("entry (0, 1) by hand, 1*6 + 2*8 =", 1 * 6 + 2 * 8)
print("same as torch.matmul:", torch.equal(A @ B, torch.matmul(A, B)))
print("A * B, element-wise:")
print(A * B)
v = torch.tensor([1.0, 2.0, 3.0])
print("1-D @ 1-D, the dot product:", v @ torch.tensor([4.0, 5.0, 6.0]))
# --8<-- [end:example]

# --8<-- [start:one_hot]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g)
xs = torch.tensor([0, 5, 13, 13, 1])  # ".emma"
xenc = F.one_hot(xs, num_classes=27).float()
logits = xenc @ W  # (5, 27) @ (27, 27)
print("logits shape:", logits.shape)
print("one-hot @ W picks rows of W:", torch.equal(logits, W[xs]))
print("row 1 of logits, first 4:", logits[1, :4])
print("row 5 of W, first 4:     ", W[5, :4])
# --8<-- [end:one_hot]

# --8<-- [start:shape_error]
import torch

W = torch.ones(27, 27)
try:
    torch.ones(5, 26) @ W  # 26 columns against 27 rows
except RuntimeError as err:
    print("RuntimeError:", err)
print("(5, 27) @ (27, 27):", (torch.ones(5, 27) @ W).shape)
# --8<-- [end:shape_error]
