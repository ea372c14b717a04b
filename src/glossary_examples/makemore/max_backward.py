r"""max backward (dlogit_maxes)

The gradient of the maximum along a dimension, x.max(dim).values, flows only to the one entry whose index max returned, and every other entry gets zero; when several entries tie for the maximum, max(dim) still picks one (the first), while x.amax(dim) and the full x.max() split the gradient evenly among the tied entries.

Changing an entry that is not the maximum by a little does not change the maximum, so its
local derivative is 0; changing the maximal entry changes the maximum by the same amount,
a local derivative of 1. In makemore part 4, `logit_maxes = logits.max(1, keepdim=True).values`
is subtracted from the logits before the softmax, and the backward step routes
`dlogit_maxes` to the position of each row's maximum with a one-hot matrix:

```python
dlogits += F.one_hot(logits.max(1).indices, num_classes=27) * dlogit_maxes
```

That is exactly what autograd does for `max(dim)`: the indices it returns are the ones the
gradient goes to. With ties, PyTorch documents that `max(dim)` returns the index of the
first maximal value and sends the whole gradient there, while `amax` and `max()` with no
dimension share it evenly among the tied entries.

In the lecture this gradient hardly matters: subtracting the same number from every logit
of a row leaves the softmax unchanged, so the loss does not depend on `logit_maxes` and
`dlogit_maxes` is zero up to rounding (about 1e-9). The max is there only to keep `exp`
from overflowing; `F.cross_entropy` does the same internally.

>>> import torch
>>> x = torch.tensor([[1.0, 3.0, 3.0]], requires_grad=True)
>>> x.max(1).values.sum().backward()
>>> x.grad
tensor([[0., 1., 0.]])
"""

ALIASES = ("dlogit_maxes", "gradient of max", "max(dim) backward", "amax", "torch.amax",
           "logit_maxes")
SEE_ALSO = ("cross_entropy_backward", "one_hot_encoding", "softmax", "gradient_check")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.max.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
logits = torch.randn(32, 27, generator=g, requires_grad=True)
Y = torch.randint(0, 27, (32,), generator=g)
logit_maxes = logits.max(1, keepdim=True).values
logit_maxes.retain_grad()
norm_logits = logits - logit_maxes  # subtract each row's max: exp cannot overflow
F.cross_entropy(norm_logits, Y).backward()

with torch.no_grad():  # by hand, as in the lecture
    dnorm_logits = (F.softmax(norm_logits, 1) - F.one_hot(Y, 27)) / 32
    dlogit_maxes = -dnorm_logits.sum(1, keepdim=True)
    dlogits = dnorm_logits + F.one_hot(logits.max(1).indices, 27) * dlogit_maxes
maxdiff = (dlogits - logits.grad).abs().max().item()
print(f"dlogits vs autograd, maxdiff:     {maxdiff:.1e}")
print(f"largest |dlogit_maxes|, by hand:  {dlogit_maxes.abs().max().item():.1e}")
print(f"largest |dlogit_maxes|, autograd: {logit_maxes.grad.abs().max().item():.1e}")
# --8<-- [end:example]

# --8<-- [start:ties]
import torch

reductions = {"x.max(1).values": lambda x: x.max(1).values,
              "x.amax(1)": lambda x: x.amax(1),
              "x.max()": lambda x: x.max()}
for name, reduce in reductions.items():
    x = torch.tensor([[1.0, 3.0, 3.0, 2.0]], requires_grad=True)  # a tie for the max
    reduce(x).sum().backward()
    print(f"{name:16} gradient {x.grad.tolist()}")
print("x.max(1).indices:", torch.tensor([[1.0, 3.0, 3.0, 2.0]]).max(1).indices.tolist())
# --8<-- [end:ties]
