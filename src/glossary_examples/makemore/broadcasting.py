r"""broadcasting

Broadcasting lets an elementwise operation combine arrays of different shapes by treating size-1 and missing dimensions as if they were repeated to match the other operand.

NumPy and PyTorch use the same rule. Write the two shapes one under the other, **aligned on
the right** (the trailing dimension). If one shape is shorter, pad it on the left with 1s.
Then compare the sizes column by column: each pair must be equal, or one of the two must
be 1. In every position the result takes the size that is not 1 (1 if both are; an empty
dimension of size 0 against 1 gives 0). If any pair breaks the rule (say 2 against 3), the
operation raises an error instead of guessing.

```text
a:      (5, 3, 4, 1)
b:         (3, 1, 1)    padded on the left to (1, 3, 1, 1)
a + b:  (5, 3, 4, 1)
```

The repetition is virtual: nothing is copied. A broadcast dimension is read with stride 0,
so every position along it reads the same memory (you can see this with `Tensor.expand`,
which builds exactly such a view). A 0-d tensor (a plain scalar) broadcasts against any
shape. An in-place operation such as `a += b` may only stretch `b`: the result has to fit
in `a`, so `a` keeps its shape.

Padding happens **on the left**, and that is where makemore's classic bug comes from.
A vector of shape (27,) is treated as (1, 27), a row, so it lines up with the *columns*
of a (27, 27) matrix. `P / P.sum(1)` therefore divides column $j$ by the sum of row $j$,
and raises no error. `P.sum(1, keepdim=True)` keeps the summed dimension with size 1,
shape (27, 1), a column, which lines up with the rows: row $i$ is divided by its own sum.
The NumPy user guide explains the same rule:
<https://numpy.org/doc/stable/user/basics.broadcasting.html>.

>>> import torch
>>> (torch.ones(27, 27) / torch.ones(27, 1)).shape
torch.Size([27, 27])
>>> # no error either: (27,) acts as (1, 27)
>>> (torch.ones(27, 27) / torch.ones(27)).shape
torch.Size([27, 27])
>>> torch.broadcast_shapes((5, 3, 4, 1), (3, 1, 1))
torch.Size([5, 3, 4, 1])
>>> torch.ones(27, 1).expand(27, 27).stride()  # stride 0: the column is not copied
(1, 0)
"""

ALIASES = ("broadcast", "broadcasting rules", "broadcasting semantics")
SEE_ALSO = ("data_normalization", "sum_keepdim", "tensor_shape")
DOCS = "https://docs.pytorch.org/docs/stable/notes/broadcasting.html"

# --8<-- [start:example]
import torch

pairs = [((27, 27), (27, 1)), ((27, 27), (27,)), ((27, 27), (1, 27)),
         ((5, 3, 4, 1), (3, 1, 1)), ((), (2, 2)), ((27, 27), (27, 2)),
         ((5, 2, 4, 1), (3, 1, 1))]
print(f"{'a.shape':>12}   {'b.shape':<9}   (a + b).shape")
for a, b in pairs:
    try:
        result = tuple((torch.ones(a) + torch.ones(b)).shape)
    except RuntimeError:
        result = "not broadcastable"
    print(f"{str(a):>12}   {str(b):<9}   {result}")

try:
    torch.ones(5, 2, 4, 1) + torch.ones(3, 1, 1)
except RuntimeError as err:
    print("RuntimeError:", err)

column = torch.ones(27, 1)
stretched = column.expand(27, 27)  # the view broadcasting uses, made visible
print("stretched shape:", tuple(stretched.shape), "strides:", stretched.stride(),
      "same memory:", stretched.data_ptr() == column.data_ptr())
# --8<-- [end:example]

# --8<-- [start:numpy]
import numpy as np

pairs = [((27, 27), (27, 1)), ((27, 27), (27,)), ((27, 27), (1, 27)),
         ((5, 3, 4, 1), (3, 1, 1)), ((), (2, 2)), ((27, 27), (27, 2)),
         ((5, 2, 4, 1), (3, 1, 1))]
print(f"{'a.shape':>12}   {'b.shape':<9}   (a + b).shape")
for a, b in pairs:
    try:
        result = (np.ones(a) + np.ones(b)).shape
    except ValueError:
        result = "not broadcastable"
    print(f"{str(a):>12}   {str(b):<9}   {result}")

try:
    np.ones((5, 2, 4, 1)) + np.ones((3, 1, 1))
except ValueError as err:
    print("ValueError:", str(err).strip())

column = np.ones((27, 1))
# the view broadcasting uses, made visible
stretched = np.broadcast_to(column, (27, 27))
print("stretched shape:", stretched.shape, "strides (bytes):", stretched.strides,
      "same memory:", np.shares_memory(stretched, column))
# --8<-- [end:numpy]

# --8<-- [start:pitfall]
import torch

# bigram counts: row = previous character, column = next one
N = torch.tensor([[1., 3., 0.],
                  [2., 2., 4.],
                  [0., 5., 5.]])
print("N.sum(1, keepdim=True).shape:", tuple(N.sum(1, keepdim=True).shape),
      "  N.sum(1).shape:", tuple(N.sum(1).shape))

# (3, 3) / (3, 1): row i is divided by the sum of row i
right = N / N.sum(1, keepdim=True)
# (3, 3) / (3,) acts as (1, 3): column j by the sum of row j
wrong = N / N.sum(1)
print("right:", right, "row sums:", right.sum(1), sep="\n")
print("wrong:", wrong, "row sums:", wrong.sum(1), sep="\n")
# --8<-- [end:pitfall]
