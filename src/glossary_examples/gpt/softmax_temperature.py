r"""softmax temperature

Dividing logits by a temperature τ before the softmax sharpens the distribution towards the largest logit when τ < 1 and flattens it towards uniform when τ > 1; multiplying the logits by a factor c > 0 is the same as a temperature of 1/c.

$$\operatorname{softmax}(z / \tau)_i = \frac{e^{z_i/\tau}}{\sum_j e^{z_j/\tau}}$$

For $\tau > 0$ a larger logit never gets a smaller probability; only how far apart
the probabilities are changes. As $\tau$ goes to 0 all the weight moves to the largest
logit: the softmax approaches a one-hot vector (shared equally if several logits tie for
the largest); without a tie the limit is `argmax`. As $\tau$ grows the differences between
logits stop mattering and every entry approaches $1/n$. A negative factor reverses the
order.

Floating point stops short of these limits. Tiny probabilities underflow to 0 and nearly
uniform ones round to the same number, so different logits can come out equal. $\tau = 0$
divides by zero and gives `nan`, and so does a $\tau$ so small that the largest
$z_i/\tau$ overflows to $\pm\infty$ (in float16, beyond 65,504).

The lecture meets this in attention: multiplying the scores by 8 turns a mild
preference into a row that puts 80% of its weight on one position, which is why the
scores are scaled down by $\sqrt{\text{head_size}}$ (see
[scaled attention](scaled_attention.md)). The same knob appears when sampling text: dividing
the last logits by a temperature below 1 before `torch.multinomial` makes the text more
predictable, above 1 more random.

>>> import torch
>>> torch.softmax(torch.tensor([1.0, 1.0, 0.0]) * 100, dim=0)  # a tie shares the weight
tensor([0.5000, 0.5000, 0.0000])
"""

ALIASES = ("temperature", "softmax sharpening", "sharpening", "peaky softmax")
SEE_ALSO = ("softmax", "scaled_attention", "sampling", "logits")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.softmax.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

logits = torch.tensor([0.1, -0.2, 0.3, -0.2, 0.5])
print("softmax(logits):    ", F.softmax(logits, dim=-1))
print("softmax(logits * 8):", F.softmax(logits * 8, dim=-1))  # temperature 1/8
print("softmax(logits / 8):", F.softmax(logits / 8, dim=-1))  # temperature 8
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

logits = torch.tensor([0.1, -0.2, 0.3, -0.2, 0.5])
fig, axes = plt.subplots(1, 3, sharey=True, figsize=(9, 3))
for i, (ax, tau) in enumerate(zip(axes, (8.0, 1.0, 0.125))):
    ax.bar(range(5), F.softmax(logits / tau, dim=-1).tolist(), color=f"C{i}")
    ax.set_title(f"temperature {tau}", fontsize=11)
    ax.set_xlabel("index", fontsize=10)
axes[0].set_ylabel("probability", fontsize=10)
plt.show()
# --8<-- [end:figure]
