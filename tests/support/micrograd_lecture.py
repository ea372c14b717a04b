"""The lecture's data and training loop, shared by the micrograd term tests (computed independently of the pages)."""

from __future__ import annotations

import random

from glossary_examples.micrograd import MLP, Value

XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
YS = [1.0, -1.0, -1.0, 1.0]
NEURON = {"x1": 2.0, "x2": 0.0, "w1": -3.0, "w2": 1.0, "b": 6.8813735870195432}


def mlp(seed: int = 1337) -> MLP:
    random.seed(seed)
    return MLP(3, [4, 4, 1])


def sse(n: MLP) -> Value:
    """The lecture's loss: the sum of squared errors over the four examples."""
    return sum((n(x) - y) ** 2 for x, y in zip(XS, YS))


def train(lr: float, steps: int, zero: bool = True, seed: int = 1337):
    """Train like the lecture; returns the network, the loss of each step and the largest |grad| of each step."""
    n = mlp(seed)
    losses, biggest = [], []
    for _ in range(steps):
        loss = sse(n)
        if zero:
            n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data += -lr * p.grad
        losses.append(loss.data)
        biggest.append(max(abs(p.grad) for p in n.parameters()))
    return n, losses, biggest
