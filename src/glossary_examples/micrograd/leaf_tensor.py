r"""leaf tensor

A leaf tensor is a tensor that no recorded operation produced, such as one you created yourself, and by default only leaf tensors that require grad get their .grad filled in by backward().

In the [computational graph](computational_graph.md), leaves are where the arrows start: the
inputs and parameters. PyTorch's `is_leaf` is `True` for

- every tensor with `requires_grad=False` (nothing is recorded for it), and
- a tensor with `requires_grad=True` that was created directly, not computed from other
  tensors; its `grad_fn` is `None`.

A floating-point tensor computed from a tensor that requires grad is *not* a leaf (unless
it was computed under `torch.no_grad()`, which records nothing, or cut off with
`.detach()`): it has a `grad_fn`, and `backward()` passes gradients through it without
storing them. Results that cannot carry a gradient, such as a comparison `a > 0` or an
index `a.argmax()`, do not require grad and so are leaves too. Reading its `.grad` gives `None` and a
`UserWarning`. Call `t.retain_grad()` before `backward()` to keep it.

A common slip follows from this: `W = torch.randn(27, 27, requires_grad=True) * 0.01` makes
`W` the *result of a multiplication*, not a leaf, so `W.grad` stays `None` and an update
cannot use it. Scale first, then ask for gradients:
`W = (torch.randn(27, 27) * 0.01).requires_grad_()`.

micrograd makes no such distinction: `backward()` fills in the `.grad` of every `Value` in
the graph. Its leaves are the `Value`s with an empty `_prev`.

>>> import torch
>>> a = torch.tensor(2.0, requires_grad=True)
>>> b = a * 3
>>> (b * b).backward()
>>> a.is_leaf, b.is_leaf, a.grad
(True, False, tensor(36.))
>>> torch.tensor(1.0).is_leaf
True
"""

ALIASES = ("is_leaf", "retain_grad", "leaf node", "non-leaf tensor")
SEE_ALSO = ("requires_grad", "backward", "computational_graph", "tensor")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.is_leaf.html"

# --8<-- [start:example]
import warnings

import torch

a = torch.tensor(2.0, requires_grad=True)  # created directly: a leaf
b = a * 3  # computed: not a leaf
c = b * b
c.backward()
print("a.is_leaf:", a.is_leaf, " a.grad_fn:", a.grad_fn, " a.grad:", a.grad)
print("b.is_leaf:", b.is_leaf, " b.grad_fn:", type(b.grad_fn).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("b.grad:", b.grad)
print("warning:", str(caught[0].message).split(". ")[0])
# --8<-- [end:example]

# --8<-- [start:retain_grad]
import torch

a = torch.tensor(2.0, requires_grad=True)
b = a * 3
b.retain_grad()  # keep b's gradient too
c = b * b
c.backward()
print("b.grad (dc/db = 2b):", b.grad)
print("a.grad (dc/da = 6b):", a.grad)
# --8<-- [end:retain_grad]

# --8<-- [start:pitfall]
import warnings

import torch

g = torch.Generator().manual_seed(2147483647)
W = torch.randn(3, generator=g, requires_grad=True) * 0.1  # wrong: W is a product
(W**2).sum().backward()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # reading .grad of a non-leaf warns; not shown here
    print("wrong: W.is_leaf", W.is_leaf, " W.grad", W.grad)

g = torch.Generator().manual_seed(2147483647)
# right: scale, then require grad
W = (torch.randn(3, generator=g) * 0.1).requires_grad_()
(W**2).sum().backward()
print("right: W.is_leaf", W.is_leaf, " W.grad", W.grad)
# --8<-- [end:pitfall]

# --8<-- [start:micrograd]
from glossary_examples.micrograd import Value

a = Value(2.0, label="a")
b = a * 3
c = b * b
c.backward()
print("a is a leaf:", not a._prev, " a.grad:", a.grad)
print("b is a leaf:", not b._prev, " b.grad:", b.grad)
# --8<-- [end:micrograd]
