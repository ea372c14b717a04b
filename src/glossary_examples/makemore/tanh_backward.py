r"""tanh backward (dhpreact)

The backward pass of h = tanh(x) multiplies the incoming gradient by tanh's local derivative 1 - h², computed from the output h: dx = (1 - h**2) * dh.

Since $\frac{d}{dx}\tanh x = 1 - \tanh^2 x$, the derivative can be computed from the
output alone; the forward pass has already computed `h`, so the backward pass needs no
new `tanh`. In makemore part 4 the hidden layer computes `h = torch.tanh(hpreact)`, and its
backward step is one line:

```python
dhpreact = (1.0 - h**2) * dh
```

Units near $\pm 1$ get almost no gradient (see tanh saturation), and at $h = 0$ the
gradient passes through unchanged.

**Why the check says "approximate", not "exact".** Learners who run the lecture's
gradient check on their own machine may see `hpreact | exact: False | approximate: True` with a maxdiff
around 1e-10, although the formula is right, and then every gradient computed after it
(the BatchNorm parameters, `W1`, `C`, ...) comes out "approximate" too. The formula is not
wrong: PyTorch's own tanh backward does the same arithmetic, but with different rounding.
On CPUs where PyTorch runs its AVX2 or AVX-512 kernels (the machine that built this page
is one), its result is bit for bit $(1 - h \cdot h)$ rounded *once* and then multiplied
by `dh`, as a fused multiply-add computes it. `1.0 - h**2` rounds twice, once for `h**2`
and once for the subtraction, and many entries end up differing in their last binary
digit. With `ATEN_CPU_CAPABILITY=default` set before Python starts, PyTorch uses its
plain kernels, and the lecture's formula matches autograd exactly. Calling the function
autograd calls, `torch.ops.aten.tanh_backward(dh, h)`, also gives the exact result; then
the gradients after it are exact as well. The lecture's own run printed exact: True.
The example prints only what every machine prints: whether `torch.equal(dhpreact,
hpreact.grad)` is `True` depends on the CPU (it was `False` on the machine that built
this page, with a maxdiff of about 2e-9).

>>> import torch
>>> x = torch.tensor([0.0, 0.5, -2.0], dtype=torch.float64, requires_grad=True)
>>> h = torch.tanh(x)
>>> h.sum().backward()
>>> torch.allclose(x.grad, 1 - h.detach()**2)
True
"""

ALIASES = ("dhpreact", "tanh gradient", "derivative of tanh", "tanh_backward",
           "torch.ops.aten.tanh_backward")
SEE_ALSO = ("tanh", "tanh_saturation", "gradient_check", "chain_rule", "batch_normalization_backward")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.tanh.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
hpreact = torch.randn(32, 64, generator=g, requires_grad=True)
h = torch.tanh(hpreact)
dh = torch.randn(32, 64, generator=g) * 0.01  # a gradient arriving from above
h.backward(dh)  # autograd's gradient, into hpreact.grad

with torch.no_grad():
    dhpreact = (1.0 - h**2) * dh  # the lecture's formula
    print("approximate:", torch.allclose(dhpreact, hpreact.grad))
    maxdiff = (dhpreact - hpreact.grad).abs().max().item()
    print("maxdiff below 1e-8:", maxdiff < 1e-8)  # 0 or about 1e-9, by CPU
    aten = torch.ops.aten.tanh_backward(dh, h)  # the function autograd calls
    print("torch.ops.aten.tanh_backward exact:", torch.equal(aten, hpreact.grad))
# --8<-- [end:example]
