r"""AdamW

AdamW is the Adam optimizer with decoupled weight decay: it moves every parameter against its recent average gradient divided by that gradient's recent typical size, times the learning rate (a step of the order of the learning rate, whatever the gradient's scale), and separately shrinks every weight by a small fraction each step.

Plain gradient descent (SGD) moves each parameter by `lr` times its gradient, so a
parameter with a tiny gradient barely moves and one with a huge gradient jumps. Adam
keeps two running averages per parameter, of the gradient $g$ and of its square, with
decay rates $\beta_1 = 0.9$ and $\beta_2 = 0.999$, and steps by their ratio:

$$m \leftarrow \beta_1 m + (1-\beta_1) g, \qquad v \leftarrow \beta_2 v + (1-\beta_2) g^2$$

$$\theta \leftarrow \theta - \text{lr} \cdot \frac{\hat m}{\sqrt{\hat v} + \epsilon}$$

where $\hat m = m / (1-\beta_1^t)$ and $\hat v = v / (1-\beta_2^t)$ undo the averages' bias
towards their zero start at step $t$. For a gradient that stays the same, whatever its
size, the ratio is $\pm 1$ (up to $\epsilon$), so the step is `lr` for every parameter; on
the first step it is exactly `lr` times the sign of the gradient. A gradient that
changes gives other steps: one whose sign keeps flipping averages out in $m$ and moves
the parameter far less than `lr`, and a large gradient after a long run of tiny ones
moves it by about $(1-\beta_1)/\sqrt{1-\beta_2} \approx 3.2$ times `lr`. The "W"
is the weight decay, applied *decoupled* from the gradient:
$\theta \leftarrow \theta (1 - \text{lr} \cdot \text{weight_decay})$ before the Adam step
(PyTorch's default `weight_decay=0.01`). `Adam(weight_decay=...)` instead adds the decay to
the gradient, where the division by $\sqrt{\hat v}$ rescales it.

The lecture trains both of its models with `torch.optim.AdamW` (its scripts use a learning
rate of `1e-2` for the bigram model and `3e-4` for the larger GPT). The steps being of the
order of `lr`, whatever the gradient's scale, is why a learning rate that suits AdamW is
far too small for SGD on the same model: the gradient of an embedding row used by a few of
the batch's positions is tiny.

>>> import torch
>>> w = torch.ones(2, requires_grad=True)
>>> opt = torch.optim.AdamW([w], lr=0.1, weight_decay=0.0)
>>> w.grad = torch.tensor([0.5, -1e4])
>>> opt.step()
>>> # first step: lr times the gradient's sign
>>> [round(d, 6) for d in (1 - w.detach()).tolist()]
[0.1, -0.1]
"""

ALIASES = ('torch.optim.AdamW', 'Adam', 'AdamW optimizer', 'AdamW vs SGD')
SEE_ALSO = ("gradient_descent", "learning_rate", "minibatch")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.optim.AdamW.html"

# --8<-- [start:example]
import torch

grad = torch.tensor([1e-3, 1.0, 1e3])  # gradients six orders of magnitude apart
for name, optimizer_class in (("SGD", torch.optim.SGD), ("AdamW", torch.optim.AdamW)):
    w = torch.ones(3, requires_grad=True)
    optimizer = optimizer_class([w], lr=0.1)  # AdamW: weight_decay=0.01 by default
    for step in range(3):
        w.grad = grad.clone()
        optimizer.step()
    moved = (1 - w.detach()).tolist()
    print(f"{name:5} moved w by", [f"{d:.3g}" for d in moved], "in 3 steps")
# --8<-- [end:example]

# --8<-- [start:training]
import torch

from glossary_examples.gpt.data import CharTokenizer, get_batch, load_text
from glossary_examples.gpt.model import BigramLanguageModel

text = load_text()
tok = CharTokenizer(text)
data = torch.tensor(tok.encode(text), dtype=torch.long)
for name, optimizer_class in (("SGD", torch.optim.SGD), ("AdamW", torch.optim.AdamW)):
    torch.manual_seed(1337)
    model = BigramLanguageModel(tok.vocab_size)
    optimizer = optimizer_class(model.parameters(), lr=0.1)
    g = torch.Generator().manual_seed(1337)
    losses = []
    for step in range(100):
        xb, yb = get_batch(data, block_size=8, batch_size=32, generator=g)
        logits, loss = model(xb, yb)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    print(f"{name:5} lr=0.1: loss {losses[0]:.4f} at step 0, {losses[-1]:.4f} at 99")
# --8<-- [end:training]
