r"""gradient check

A gradient check compares gradients computed one way (a hand-written backward pass, or autograd) with the same gradients computed another way (autograd, or finite differences), entry by entry, to catch mistakes in a backward pass.

makemore part 4 writes the whole backward pass of its MLP by hand and checks every
intermediate gradient against PyTorch's autograd with a small function, `cmp`. For a
hand-computed gradient `dt` of a tensor `t` (whose `t.grad` autograd filled in; call
`t.retain_grad()` first if `t` is not a leaf tensor), it prints three things:

- **exact**: `torch.all(dt == t.grad)`, every entry bit for bit the same;
- **approximate**: `torch.allclose(dt, t.grad)`, every entry within
  `atol + rtol * |t.grad|` with the defaults `rtol=1e-5`, `atol=1e-8`;
- **maxdiff**: the largest absolute difference, `(dt - t.grad).abs().max()`.

*Exact* is the best outcome, but *approximate* with a tiny maxdiff is a pass, not a bug.
(`atol` is absolute, so the verdict also depends on the gradients' size: float32
gradients of size 1 carry rounding rests of about 1e-7, above what `allclose` accepts for
their entries near 0. The lecture's gradients, of a loss averaged over 32 examples, are
small enough.) The maxdiff values printed on these pages are such rounding leftovers:
their last digits can differ on another CPU or PyTorch build.
Two formulas that are equal in exact arithmetic often round differently in floating point,
and the difference then travels on to every gradient computed from it (see tanh backward
for the case that makes many runs of the lecture's check say "approximate"). A real mistake, such as a forgotten factor, gives
`approximate: False` and a maxdiff of the size of the gradients themselves.

**Finite differences** check autograd itself, or any gradient, without a second
derivation: nudge one input by $\pm h$ and measure the slope,

$$\frac{\partial f}{\partial x} \approx \frac{f(x + h) - f(x - h)}{2h},$$

with an error of order $h^2$ from the formula plus a rounding error of order
$\epsilon |f| / h$, where $\epsilon$ is the machine epsilon. In float64 ($\epsilon \approx 2.2
\times 10^{-16}$) a step of about 1e-6 gives about ten correct digits; in float32
($\epsilon \approx 1.2 \times 10^{-7}$) the rounding term is $2^{29} \approx 5 \times 10^8$
times larger, and no step size gives more than a few digits. That is why
`torch.autograd.gradcheck`, which compares autograd's gradients with finite differences,
wants float64 inputs: with float32 ones it warns, and it usually fails a correct gradient
(it raises `GradcheckError`, or returns `False` with `raise_exception=False`).

>>> import torch
>>> a = torch.tensor([1.0, 100.0])
>>> torch.allclose(a + torch.tensor([5e-6, 5e-4]), a)  # within 1e-8 + 1e-5 * |a|
True
>>> torch.allclose(a + torch.tensor([5e-5, 0.0]), a)
False
"""

ALIASES = ("gradient checking", "grad check", "cmp", "torch.autograd.gradcheck", "gradcheck",
           "finite differences", "numerical gradient", "central difference")
SEE_ALSO = ("leaf_tensor", "tanh_backward", "backpropagation", "gradient", "cross_entropy_backward")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.autograd.gradcheck.gradcheck.html"

# --8<-- [start:example]
import torch


def cmp(name, dt, t):  # the lecture's check: hand-made gradient dt vs autograd's t.grad
    exact = torch.all(dt == t.grad).item()
    approx = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f"{name:10} | exact: {exact!s:5} | approximate: {approx!s:5} | "
          f"maxdiff: {maxdiff:.3g}")


g = torch.Generator().manual_seed(42)
x = torch.randn(4, 3, generator=g)
W = torch.randn(3, 5, generator=g, requires_grad=True)
h = torch.tanh(x @ W)
h.retain_grad()  # h is not a leaf: keep its gradient for the check
loss = (h**2).sum()
loss.backward()

dh = 2 * h  # d loss / d h
cmp("h", dh, h)
cmp("W", x.T @ ((1 - h**2) * dh), W)
cmp("W, wrong", x.T @ dh, W)  # forgot tanh's local gradient
# --8<-- [end:example]

# --8<-- [start:finite_differences]
import torch


def f(w):
    return torch.tanh(w).pow(2).sum()


w = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
f(w).backward()  # autograd's gradient, in float64
steps = [(torch.float32, 1e-2), (torch.float32, 1e-6), (torch.float64, 1e-6)]
for dtype, step in steps:
    x = w.detach().to(dtype)
    nudge = torch.zeros_like(x)
    nudge[0] = step
    slope = (f(x + nudge) - f(x - nudge)) / (2 * step)  # central difference
    print(f"{dtype}, step {step:g}: {slope.item():.12f}  "
          f"(error {abs(slope.item() - w.grad[0].item()):.1e})")
print("autograd:                 ", f"{w.grad[0].item():.12f}")
print("gradcheck (float64):", torch.autograd.gradcheck(f, (w,)))
# --8<-- [end:finite_differences]
