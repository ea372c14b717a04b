"""The neural bigram model: one-hot input -> 27x27 weights W -> logits -> softmax.

Trained by plain gradient descent on the average negative log likelihood plus a small
L2 penalty, as in the lecture. It learns about the same table as the count model in the
rows the data uses often.
"""

import torch
import torch.nn.functional as F

V = 27  # vocabulary size: '.' and a-z


def forward(W: torch.Tensor, xenc: torch.Tensor) -> torch.Tensor:
    """probs[i] = the model's distribution over the symbol after example i (one-hot row
    xenc[i])."""
    logits = xenc @ W  # (n, 27), log-counts
    counts = logits.exp()  # non-negative, like the count table's rows
    # softmax: each row sums to 1 (up to rounding)
    return counts / counts.sum(1, keepdim=True)


def train(xs: torch.Tensor, ys: torch.Tensor, steps: int = 200, lr: float = 50.0,
          reg: float = 0.01,
          seed: int = 2147483647) -> tuple[torch.Tensor, list[float]]:
    """Gradient descent from seeded random W; returns W and the NLL (without the
    penalty) per step."""
    g = torch.Generator().manual_seed(seed)
    W = torch.randn((V, V), generator=g, requires_grad=True)
    xenc = F.one_hot(xs, num_classes=V).float()  # (n, 27): the inputs, encoded once
    history = []
    threads = torch.get_num_threads()
    # one thread: the sums do not depend on how many cores are free
    torch.set_num_threads(1)
    try:
        for _ in range(steps):
            probs = forward(W, xenc)
            nll = -probs[torch.arange(len(xs)), ys].log().mean()
            # the L2 penalty pulls W towards 0: uniform rows
            loss = nll + reg * (W**2).mean()
            W.grad = None
            loss.backward()
            W.data += -lr * W.grad
            history.append(nll.item())
    finally:
        torch.set_num_threads(threads)
    return W.detach(), history
