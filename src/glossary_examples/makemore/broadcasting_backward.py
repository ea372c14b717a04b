r"""backward through broadcasting

When the forward pass broadcasts a tensor (uses each of its entries at many positions along a dimension), the backward pass must add up the incoming gradient over that dimension, keeping it with keepdim=True, to get a gradient of the tensor's own shape.

Broadcasting copies: in `probs = counts * counts_sum_inv`, with `counts` of shape (32, 27)
and `counts_sum_inv` of shape (32, 1), each entry of `counts_sum_inv` is used 27 times,
once in every column of its row. A value that is used several times gets the sum of the
gradients of all its uses; that is the multivariable chain rule, and the same reason
micrograd accumulates with `+=`. So

```python
dcounts_sum_inv = (counts * dprobs).sum(1, keepdim=True)  # (32, 1), like counts_sum_inv
db2 = dlogits.sum(0)  # (27,): b2 was broadcast down all 32 rows of the logits
```

The rule goes both ways: a sum in the forward pass becomes a broadcast (a copy of the
gradient to every summed position) in the backward pass. PyTorch's `t.sum_to_size(shape)`
sums a gradient back to a broadcast tensor's shape in one call.

**Why `keepdim=True`.** Without it, `.sum(1)` of a (32, 27) tensor has shape (32,), not
(32, 1), and the mistake often shows up nowhere near its cause. Broadcasting lines up
shapes from the right, so a (32,) tensor meets a (32, 1) one as a row: the next step of
the backward pass, `-counts_sum**-2 * dcounts_sum_inv`, silently produces a (32, 32)
matrix. When the broadcast dimension is the first one, as for the gain `bngain` of shape
(1, 64), a (64,) result broadcasts back in the same way as (1, 64) would, and the slip
goes unnoticed.

>>> import torch
>>> dout = torch.ones(2, 3)
>>> dout.sum(1, keepdim=True).shape, dout.sum(1).shape
(torch.Size([2, 1]), torch.Size([2]))
>>> (torch.ones(2, 1) * dout.sum(1)).shape  # (2, 1) * (2,) -> (2, 2), not (2, 1)
torch.Size([2, 2])
"""

ALIASES = ("broadcast backward", "gradient of a broadcast", "sum_to_size", "dcounts_sum_inv",
           "dbnbias", "db2")
SEE_ALSO = ("broadcasting", "sum_keepdim", "chain_rule", "matmul_backward", "gradient_check")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.sum_to_size.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
a = torch.randn(4, 3, generator=g)
c = torch.randn(4, 1, generator=g, requires_grad=True)  # one value per row
b = torch.randn(3, generator=g, requires_grad=True)  # one value per column
out = a * c + b  # c is copied across the columns, b down the rows: (4, 3)
dout = torch.randn(4, 3, generator=g)  # a gradient arriving from above
out.backward(dout)

dc = (a * dout).sum(1, keepdim=True)  # add up over the columns c was copied to
db = dout.sum(0)  # add up over the rows b was copied to
print("dc:", tuple(dc.shape), "matches c.grad:", torch.allclose(dc, c.grad))
print("db:", tuple(db.shape), "matches b.grad:", torch.allclose(db, b.grad))
print("sum_to_size:", torch.allclose((a * dout).sum_to_size(4, 1), c.grad),
      torch.allclose(dout.sum_to_size(3), b.grad))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

g = torch.Generator().manual_seed(42)
counts = torch.rand(4, 3, generator=g) + 0.5
counts_sum = counts.sum(1, keepdim=True)  # (4, 1)
dprobs = torch.randn(4, 3, generator=g)

right = (counts * dprobs).sum(1, keepdim=True)  # (4, 1), like counts_sum_inv
wrong = (counts * dprobs).sum(1)  # (4,): keepdim forgotten
print("dcounts_sum_inv:", tuple(right.shape), "vs", tuple(wrong.shape))
print("next step, dcounts_sum:", tuple((-counts_sum**-2 * right).shape),
      "vs", tuple((-counts_sum**-2 * wrong).shape))
# --8<-- [end:pitfall]
