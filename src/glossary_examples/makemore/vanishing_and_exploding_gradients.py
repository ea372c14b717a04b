r"""vanishing and exploding gradients

In a deep stack of layers, activations are multiplied by every layer's weights on the way forward and gradients by the same weights on the way back, so a factor slightly below 1 per layer makes them shrink geometrically (vanish) and one slightly above 1 makes them grow geometrically (explode).

Take $L$ linear layers that each scale their input by a factor $a$ (their *gain*). After
all of them the activations are scaled by $a^L$: with 50 layers, $0.9^{50} \approx 0.005$
and $1.1^{50} \approx 117$. Backpropagation multiplies the gradient by the transposed
weights of the same layers in reverse order (`dX = dY @ W.T`), so the gradient that
reaches the first layers is scaled by about the same $a^L$. Vanishing gradients leave
the early layers almost untrained; exploding ones make a gradient step jump far
beyond where the loss surface was measured, and the loss can diverge.

Only a factor very close to 1 keeps the scale steady, which is what Kaiming
initialization aims for: weights with standard deviation $\text{gain}/\sqrt{\text{fan-in}}$.
Nonlinearities change the picture. tanh caps its outputs at $\pm 1$, so its activations
cannot explode: with a gain that is too large its units saturate instead (see tanh
saturation). Its gradients still can, because the small local gradients of the saturated
units only partly offset the large weights on the way back. With a gain that is too
small, activations and gradients both fade towards 0. makemore part 3 shows these
effects in a stack of tanh layers, and then the cures that made deep networks trainable:
careful initialization, normalization layers such as batch normalization, and (in later
lectures) residual connections.

>>> round(0.9**50, 4), round(1.1**50, 1)
(0.0052, 117.4)
"""

ALIASES = ("vanishing gradients", "exploding gradients", "vanishing gradient problem",
           "exploding gradient problem", "vanishing activations", "exploding activations")
SEE_ALSO = ("kaiming_initialization", "calculate_gain", "tanh_saturation", "batch_normalization",
            "matmul_backward", "backpropagation")
DOCS = ""

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(42)
x0 = torch.randn(200, 100, generator=g)  # 200 inputs, 100 features
Ws = [torch.randn(100, 100, generator=g) / 100**0.5 for _ in range(50)]  # std 0.1
dh = torch.randn(200, 100, generator=g)  # a gradient arriving from above, rms about 1

for gain in [0.9, 1.0, 1.1]:
    x = x0.clone().requires_grad_()
    h = x
    for W in Ws:  # 50 linear layers, each scaling by about `gain`
        h = h @ (W * gain)
    h.backward(dh)
    print(f"gain {gain}: rms of the output {h.pow(2).mean().sqrt().item():.4g}, "
          f"rms of the gradient at the input {x.grad.pow(2).mean().sqrt().item():.4g}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

g = torch.Generator().manual_seed(42)
x0 = torch.randn(200, 100, generator=g)
Ws = [torch.randn(100, 100, generator=g) / 100**0.5 for _ in range(50)]

for colour, gain in zip(["C0", "C1", "C2"], [0.9, 1.0, 1.1]):
    h, rms = x0, []
    for W in Ws:
        h = h @ (W * gain)
        rms.append(h.pow(2).mean().sqrt().item())
    plt.semilogy(range(1, 51), rms, color=colour, label=f"gain {gain}")
plt.xlabel("layer")
plt.ylabel("rms of the activations")
plt.legend()
plt.show()
# --8<-- [end:figure]
