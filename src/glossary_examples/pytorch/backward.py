r""".backward()

loss.backward() runs backpropagation from a scalar tensor, adding the gradient of that scalar with respect to each leaf tensor that requires grad into the leaf's .grad.

While you compute with tensors that require grad, PyTorch records each operation
(`grad_fn`). `backward()` walks this record from the output back to the inputs and
applies the chain rule at each step, just as micrograd's `Value.backward()` does for
scalars. For an output with exactly one element (a scalar, or a shape like `(1,)`) no
argument is needed; any other output needs an explicit `gradient=` argument, or raises.

Three things to know:

- **Gradients accumulate.** `backward()` *adds* into `.grad`; it never overwrites. Two
  backward passes without a reset give the sum of both gradients. In a training loop,
  reset before each backward pass: `p.grad = None` (what `optimizer.zero_grad()` does by
  default) or `p.grad.zero_()`. micrograd's `Value` adds (`+=`) in the same way, which
  is why the lecture resets each `p.grad = 0.0`.
- **The graph is used up.** To save memory, the values that operations saved for the
  backward pass are freed once it has run, so calling `backward()` a second time on the
  same result raises unless the first call passed `retain_graph=True`. (A graph whose
  operations saved nothing, such as `x + 1`, does not raise: the second call silently adds
  the same gradient again.) A new forward pass builds a new graph.
- **Only leaves keep `.grad`.** Intermediate (non-leaf) tensors pass gradients on but don't
  store them; call `t.retain_grad()` before `backward()` to keep one.

>>> import torch
>>> x = torch.tensor(2.0, requires_grad=True)
>>> (x ** 2).backward()
>>> x.grad
tensor(4.)
>>> (x ** 2).backward()
>>> x.grad
tensor(8.)
>>> x.grad = None
>>> (x ** 2).backward()
>>> x.grad
tensor(4.)
"""

ALIASES = ("loss.backward()", "t.backward()", "Tensor.backward", "retain_graph")
SEE_ALSO = ("requires_grad", "item", "backpropagation", "chain_rule", "zero_grad", "gradient_descent", "leaf_tensor")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.backward.html"
SEARCH_BOOST = 1.5  # searching its title, "backward pass" and each "... backward" ranked first

# --8<-- [start:example]
import torch

a = torch.tensor(2.0, requires_grad=True)  # a leaf
b = a * 3  # not a leaf
b.retain_grad()  # keep b's gradient too
c = b * b  # c = 9 a^2
c.backward()  # chain rule: dc/da = dc/db * db/da
print("dc/db = 2b   =", b.grad.item())
print("dc/da = 18a  =", a.grad.item())

try:
    c.backward()  # the same graph again
except RuntimeError as err:
    print("second backward:", err)
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

x = torch.tensor(2.0, requires_grad=True)
for step in range(3):
    loss = x ** 2  # a new graph each step; d(loss)/dx = 4
    loss.backward()
    print("no reset, step", step, "x.grad =", x.grad.item())  # 4, 8, 12: it adds up

for step in range(3):
    x.grad = None  # reset (or x.grad.zero_())
    loss = x ** 2
    loss.backward()
    print("reset,    step", step, "x.grad =", x.grad.item())
# --8<-- [end:pitfall]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

runs = [(True, "C0", "w.grad = None each step"),
        (False, "C1", "no reset: gradients pile up")]
for reset, color, label in runs:
    w = torch.tensor(0.0, requires_grad=True)
    losses = []
    for step in range(30):
        loss = (w - 3.0) ** 2  # minimum at w = 3
        losses.append(loss.item())
        if reset:
            w.grad = None
        loss.backward()
        w.data -= 0.1 * w.grad  # gradient descent step
    plt.plot(losses, "o-", color=color, label=label)
plt.xlabel("step")
plt.ylabel("loss = (w - 3)²")
plt.ylim(-0.5, 12)
plt.legend(loc="upper center", ncols=2)
plt.show()
# --8<-- [end:figure]
