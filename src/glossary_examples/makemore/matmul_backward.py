r"""matmul backward (dW = X.T @ dY)

For Y = X @ W with incoming gradient dY, the gradients are dX = dY @ W.T and dW = X.T @ dY, and a bias b added to every row of Y gets db = dY.sum(0).

Entry $(i, j)$ of $Y = XW$ is $\sum_k X_{ik} W_{kj}$, so $X_{ik}$ reaches the loss through
every $Y_{ij}$ of row $i$, multiplied by $W_{kj}$, and $W_{kj}$ through every $Y_{ij}$ of
column $j$, multiplied by $X_{ik}$. Adding up those paths (the chain rule):

$$\frac{\partial L}{\partial X_{ik}} = \sum_j \frac{\partial L}{\partial Y_{ij}} W_{kj} = (dY\,W^\top)_{ik},
\qquad \frac{\partial L}{\partial W_{kj}} = \sum_i X_{ik} \frac{\partial L}{\partial Y_{ij}} = (X^\top dY)_{kj}.$$

makemore part 4 shows a shortcut for remembering them: a gradient has the shape of its
tensor, and with `X` (n, k), `W` (k, m) and `dY` (n, m) there is only one way to multiply
`dY` with `W` into an (n, k) result, `dY @ W.T`, and one way to multiply `X` with `dY`
into a (k, m) result, `X.T @ dY`. The bias `b` of shape (m,) is broadcast over the $n$
rows, so its gradient sums them (see backward through broadcasting). The same formulas,
with the roles swapped, give the gradients of `h @ W2 + b2` in the lecture's output layer
and of `embcat @ W1 + b1` in its hidden layer.

When `X` has more dimensions, as in makemore part 5, where it is (batch, positions, k),
`W` is used again for every position, so `dW` adds up over all the leading dimensions:
`X.reshape(-1, k).T @ dY.reshape(-1, m)`.

>>> import torch
>>> X = torch.tensor([[1.0, 2.0]], requires_grad=True)
>>> W = torch.tensor([[3.0], [4.0]], requires_grad=True)
>>> (X @ W).sum().backward()  # dY is all ones
>>> X.grad, W.grad.T
(tensor([[3., 4.]]), tensor([[1., 2.]]))
"""

ALIASES = ("matrix multiplication backward", "gradient of a matrix product", "dW = X.T @ dY",
           "dX = dY @ W.T", "linear layer backward", "dW2", "dW1")
SEE_ALSO = ("matmul", "broadcasting_backward", "chain_rule", "backpropagation", "gradient_check")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.matmul.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
X = torch.randn(5, 3, generator=g, requires_grad=True)  # 5 examples, 3 features
W = torch.randn(3, 4, generator=g, requires_grad=True)
b = torch.randn(4, generator=g, requires_grad=True)
Y = X @ W + b  # (5, 4)
dY = torch.randn(5, 4, generator=g)  # a gradient arriving from above
Y.backward(dY)

with torch.no_grad():
    dX = dY @ W.T  # (5, 4) @ (4, 3) -> (5, 3), the shape of X
    dW = X.T @ dY  # (3, 5) @ (5, 4) -> (3, 4), the shape of W
    db = dY.sum(0)  # (4,): b was added to each of the 5 rows
for name, mine, tensor in [("dX", dX, X), ("dW", dW, W), ("db", db, b)]:
    same = torch.allclose(mine, tensor.grad)
    print(f"{name}: shape {tuple(mine.shape)}, matches autograd: {same}")
# --8<-- [end:example]
