r"""embedding backward (dC)

The gradient of an embedding table C after a lookup emb = C[X] is built by adding the gradient of every looked-up position, demb[i, j], into row X[i, j] of dC, so a row looked up several times gets the sum of all its gradients and a row never looked up gets zero.

The lookup `emb = C[X]` copies row `X[i, j]` of `C` to position `(i, j)` of `emb`. Like any
value used several times, a row that is copied to several positions gets the sum of their
gradients (see backward through broadcasting). In makemore part 4, where `X` holds the
3-character contexts of a batch of 32 examples, `.` fills the start of many contexts and
common letters appear many times, so most rows of `dC` are sums of many contributions.
The lecture writes the backward step as a loop:

```python
dC = torch.zeros_like(C)
for k in range(Xb.shape[0]):
    for j in range(Xb.shape[1]):
        dC[Xb[k, j]] += demb[k, j]
```

The same thing without a Python loop is `index_add_`, which adds each row of its source
into the row named by the matching index, accumulating repeated indices:
`dC = torch.zeros_like(C).index_add_(0, Xb.view(-1), demb.view(-1, C.shape[1]))`. It is
also a matrix product: one-hot rows of the indices, transposed, times `demb`
(`F.one_hot(Xb.view(-1), 27).float().T @ demb.view(-1, 10)`).

The tempting one-liner `dC[Xb] += demb` does **not** do this. Indexed assignment with
repeated indices writes each repeated row several times instead of adding up, and only
one of the writes survives (PyTorch does not specify which), so every row that was
looked up more than once gets the gradient of one of its lookups instead of their sum:
too small when they all point the same way, as in the pitfall below, and possibly too
large when they cancel. `index_put_` with
`accumulate=True` is the indexed form that adds.

>>> import torch
>>> X = torch.tensor([1, 1, 3])
>>> torch.zeros(4).index_add_(0, X, torch.ones(3))
tensor([0., 2., 0., 1.])
"""

ALIASES = ("dC", "index_add_", "Tensor.index_add_", "gradient of an embedding lookup",
           "index_put_ accumulate", "demb")
SEE_ALSO = ("embedding", "broadcasting_backward", "one_hot_encoding", "gradient_check")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.index_add_.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
C = torch.randn(27, 2, generator=g, requires_grad=True)  # one row per character
X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])  # "emma"
emb = C[X]  # (5, 3, 2)
demb = torch.randn(5, 3, 2, generator=g)  # a gradient arriving from above
emb.backward(demb)

dC = torch.zeros_like(C)  # the lecture's loop
for k in range(X.shape[0]):
    for j in range(X.shape[1]):
        dC[X[k, j]] += demb[k, j]
dC_add = torch.zeros(27, 2).index_add_(0, X.view(-1), demb.view(-1, 2))

rows, times = X.unique(return_counts=True)
print("rows looked up, and how often:", dict(zip(rows.tolist(), times.tolist())))
print("loop matches autograd:      ", torch.allclose(dC, C.grad))
print("index_add_ matches autograd:", torch.allclose(dC_add, C.grad))
unused = torch.ones(27, dtype=torch.bool)
unused[X.view(-1)] = False
print(f"the other {unused.sum().item()} rows get 0:    ",
      (C.grad[unused] == 0).all().item())
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])
demb = torch.ones(5, 3, 2)  # every position sends gradient 1

wrong = torch.zeros(27, 2)
wrong[X] += demb  # repeated rows are written, not added up
right = torch.zeros(27, 2).index_add_(0, X.view(-1), demb.view(-1, 2))
print("rows 0, 1, 5, 13 with dC[X] += demb:", wrong[[0, 1, 5, 13], 0].tolist())
print("rows 0, 1, 5, 13 with index_add_:   ", right[[0, 1, 5, 13], 0].tolist())
# --8<-- [end:pitfall]
