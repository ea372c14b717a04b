r"""cross-entropy backward (dlogits)

The gradient of the mean cross-entropy loss with respect to the logits is (softmax(logits) - one_hot(targets)) / n: each row's probabilities, minus 1 at the correct class, divided by the number of rows.

For one example with logits $z$, probabilities $p = \operatorname{softmax}(z)$ and target
$y$, the loss is $-\log p_y = -z_y + \log \sum_j e^{z_j}$. Its derivative with respect to
each logit is

$$\frac{\partial\,(-\log p_y)}{\partial z_i} = p_i - [i = y],$$

where $[i = y]$ is 1 for the target and 0 elsewhere. `F.cross_entropy` averages the loss
over the $n$ rows of a batch, so every row's gradient is divided by $n$:

```python
dlogits = F.softmax(logits, 1)
dlogits[range(n), Y] -= 1
dlogits /= n
```

makemore part 4 first backpropagates through every step of its hand-written loss (max
subtraction, exp, sum, division, log, indexing, mean), then replaces all of that with
these three lines.

The formula reads like a tug of war. The correct logit is pulled up with strength
$1 - p_y$; every other logit is pushed down with a strength equal to the probability it
got. The pulls and pushes balance: each row of `dlogits` sums to 0 (the probabilities sum
to 1), so a step taken on the logits themselves would not change a row's sum (a step on
the network's weights changes the logits through the layers and can change it). The
better the prediction, the weaker the forces: the gradient of a row goes to zero as its
target's probability goes to 1. With `reduction="sum"` the division by $n$ goes away.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 1.0, 0.1]], requires_grad=True)
>>> F.cross_entropy(logits, torch.tensor([0])).backward()
>>> torch.allclose(logits.grad, F.softmax(logits, 1) - torch.tensor([[1.0, 0.0, 0.0]]))
True
"""

ALIASES = ("dlogits", "cross-entropy gradient", "gradient of cross-entropy", "softmax - one_hot",
           "gradient of the softmax cross-entropy loss")
SEE_ALSO = ("cross_entropy", "softmax", "one_hot_encoding", "logits", "gradient_check",
            "max_backward")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.cross_entropy.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
n = 32
logits = torch.randn(n, 27, generator=g, requires_grad=True)
Y = torch.randint(0, 27, (n,), generator=g)  # the targets
F.cross_entropy(logits, Y).backward()  # autograd's gradient, into logits.grad

with torch.no_grad():
    dlogits = F.softmax(logits, 1)
    dlogits[range(n), Y] -= 1
    dlogits /= n
    probs = F.softmax(logits, 1)
    same = torch.equal(dlogits, (probs - F.one_hot(Y, num_classes=27)) / n)
    print("same as (softmax - one_hot) / n:", same)
    diff = (dlogits - logits.grad).abs().max().item()
    print(f"max difference from autograd: {diff:.2e}")
    print(f"largest |row sum|:            {dlogits.sum(1).abs().max().item():.2e}")
    p, d = probs[0, Y[0]].item(), n * dlogits[0, Y[0]].item()
    print(f"row 0 at its target: n * dlogits = {d:.4f} = p - 1, with p = {p:.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(42)
n = 32
logits = torch.randn(n, 27, generator=g)
Y = torch.randint(0, 27, (n,), generator=g)
dlogits = (F.softmax(logits, 1) - F.one_hot(Y, num_classes=27)) / n

plt.figure(figsize=(5, 5))
# dark: the targets, pulled up; light: pushed down
plt.imshow(dlogits.numpy(), cmap="gray")
plt.xlabel("character (logit)")
plt.ylabel("example")
plt.show()
# --8<-- [end:figure]
