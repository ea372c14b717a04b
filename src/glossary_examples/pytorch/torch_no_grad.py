r"""torch.no_grad

Inside a `with torch.no_grad():` block, or in a function decorated with `@torch.no_grad()`, PyTorch records no operations for autograd, so no gradient can flow back through the results to the tensors they were computed from.

Autograd normally records every operation on a tensor that requires grad, so that
`backward()` can later compute gradients; that costs memory (the intermediate results are
kept) and some time. When no gradient will be needed, `torch.no_grad()` switches the
recording off:

- **evaluation**: makemore part 3 decorates its `split_loss` function with
  `@torch.no_grad()`, because measuring the loss on the training or validation set needs
  no backward pass;
- **parameter updates**: `p -= lr * p.grad` changes a leaf tensor that requires grad in
  place, which autograd refuses outside `no_grad` (the update must not become part of the
  graph). The lectures write `p.data += -lr * p.grad` instead, which also bypasses
  autograd.

Inside the block, results of computations have `requires_grad=False` and no `grad_fn`,
while the values are the same as outside. Views are an odd exception: `w[0]`, `w.T` or
`w.view(-1)` of a tensor that requires grad still say `requires_grad=True`, but they have no
`grad_fn` either, so gradients do not reach `w` through them. The tensors' own flags are not
changed: a parameter still requires grad inside the block, and recording resumes as soon
as the block ends (or, for its own lines, inside a `with torch.enable_grad():` block nested
in it).
`no_grad` does not switch BatchNorm or Dropout to evaluation behaviour; that is what
`model.eval()` does (see train and eval mode).

>>> import torch
>>> w = torch.tensor(2.0, requires_grad=True)
>>> with torch.no_grad():
...     y = w * 3
>>> y.requires_grad, y.grad_fn, w.requires_grad
(False, None, True)
>>> (w * 3).requires_grad
True
"""

ALIASES = ("no_grad", "torch.no_grad()", "@torch.no_grad()", "with torch.no_grad()")
SEE_ALSO = ("requires_grad", "leaf_tensor", "backward", "train_and_eval_mode", "gradient_descent")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.no_grad.html"
SEARCH_BOOST = 2  # searching its title, "no" begins "normalization": those pages ranked first

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
W = torch.randn(3, 2, generator=g, requires_grad=True)
x = torch.ones(1, 3)

y = x @ W
print("outside: requires_grad", y.requires_grad, " grad_fn", type(y.grad_fn).__name__)
with torch.no_grad():
    z = x @ W
print("inside:  requires_grad", z.requires_grad, " grad_fn", z.grad_fn)
print("same values:", torch.equal(y.detach(), z))
print("W still requires grad:", W.requires_grad)


@torch.no_grad()
def evaluate(W):  # like the lecture's split_loss
    return (x @ W).sum()


print("decorated function's result requires grad:", evaluate(W).requires_grad)
# --8<-- [end:example]

# --8<-- [start:update]
import torch

g = torch.Generator().manual_seed(42)
W = torch.randn(3, 2, generator=g, requires_grad=True)
(torch.ones(1, 3) @ W).sum().backward()  # W.grad is all ones

try:
    W -= 0.1 * W.grad  # an in-place update, recorded by autograd
except RuntimeError as err:
    print("outside no_grad:", err)

before = W.detach().clone()
with torch.no_grad():
    W -= 0.1 * W.grad
change = sorted({round(d, 6) for d in (W.detach() - before).view(-1).tolist()})
print("inside no_grad: every entry changed by", change)
print("W is still a leaf:", W.is_leaf, " requires grad:", W.requires_grad)
# --8<-- [end:update]
