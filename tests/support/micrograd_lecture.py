"""Shared by the micrograd term tests, computed independently of the pages.

- The lecture's data (`XS`, `YS`, `NEURON`) and training loop (`mlp`, `sse`, `train`) on this glossary's engine.
- `LectureValue` and `LectureMLP`: the lecture's own engine and network, copied from Andrej Karpathy's notebook
  (github.com/karpathy/nn-zero-to-hero, lectures/micrograd/micrograd_lecture_second_half_roughly.ipynb), to
  check what a learner who built micrograd along with the lecture sees where our engine differs.
- `torch_layers`, `torch_forward`, `torch_train`: the same network and training in torch float64, the
  independent reference.
- `numbers(text)`: the numbers a page printed, as floats.
"""

from __future__ import annotations

import math
import random
import re

import torch

from glossary_examples.micrograd import MLP, Value

XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
YS = [1.0, -1.0, -1.0, 1.0]
NEURON = {"x1": 2.0, "x2": 0.0, "w1": -3.0, "w2": 1.0, "b": 6.8813735870195432}


def mlp(seed: int = 1337) -> MLP:
    random.seed(seed)
    return MLP(3, [4, 4, 1])


def sse(n) -> Value:
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


_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


def numbers(text: str) -> list[float]:
    """Every number in `text`, in order (labels such as `x1` or `w2` give their digit too: slice accordingly)."""
    return [float(m) for m in _NUMBER.findall(text)]


# ---------------------------------------------------------------- the same network in torch float64


def torch_layers(n) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """(W, b) per layer of a micrograd MLP, as float64 leaf tensors: row j of W holds neuron j's weights."""
    return [(torch.tensor([[w.data for w in neuron.w] for neuron in layer.neurons], dtype=torch.float64,
                          requires_grad=True),
             torch.tensor([neuron.b.data for neuron in layer.neurons], dtype=torch.float64, requires_grad=True))
            for layer in n.layers]


def torch_forward(layers, xs=XS) -> torch.Tensor:
    """The network's outputs for every row of xs (tanh after every layer, as in the lecture)."""
    h = torch.tensor(xs, dtype=torch.float64)
    for W, b in layers:
        h = torch.tanh(h @ W.T + b)
    return h[:, 0]


def torch_grads(layers) -> list[float]:
    """The layers' gradients in micrograd's parameter order: each neuron's weights, then its bias."""
    return [g for W, b in layers for row, bias in zip(W.grad.tolist(), b.grad.tolist()) for g in [*row, bias]]


def torch_train(n, lr: float, steps: int, mean: bool = False, zero: bool = True):
    """Replay micrograd training of MLP `n` (not changed) in torch float64, from the same starting numbers.

    The loss is the lecture's sum of squared errors (its mean if `mean`); returns (layers, loss of each step)."""
    layers = torch_layers(n)
    targets = torch.tensor(YS, dtype=torch.float64)
    losses = []
    for _ in range(steps):
        loss = ((torch_forward(layers) - targets) ** 2).sum() / (len(YS) if mean else 1)
        if zero:
            for W, b in layers:
                W.grad = b.grad = None
        loss.backward()
        with torch.no_grad():
            for W, b in layers:
                W -= lr * W.grad
                b -= lr * b.grad
        losses.append(loss.item())
    return layers, losses


# ---------------------------------------------------------------- the lecture's own engine, for comparison
# Copied from the lecture notebook (cell 7 of the second half), reformatted to 4-space indents; nothing else changed.


class LectureValue:

    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data})"

    def __add__(self, other):
        other = other if isinstance(other, LectureValue) else LectureValue(other)
        out = LectureValue(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad
        out._backward = _backward

        return out

    def __mul__(self, other):
        other = other if isinstance(other, LectureValue) else LectureValue(other)
        out = LectureValue(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward

        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = LectureValue(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += other * (self.data ** (other - 1)) * out.grad
        out._backward = _backward

        return out

    def __rmul__(self, other):  # other * self
        return self * other

    def __truediv__(self, other):  # self / other
        return self * other**-1

    def __neg__(self):  # -self
        return self * -1

    def __sub__(self, other):  # self - other
        return self + (-other)

    def __radd__(self, other):  # other + self
        return self + other

    def tanh(self):
        x = self.data
        t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)
        out = LectureValue(t, (self, ), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward

        return out

    def exp(self):
        x = self.data
        out = LectureValue(math.exp(x), (self, ), 'exp')

        def _backward():
            self.grad += out.data * out.grad  # NOTE: in the video I incorrectly used = instead of +=. Fixed here.
        out._backward = _backward

        return out

    def backward(self):

        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)

        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


class LectureNeuron:

    def __init__(self, nin):
        self.w = [LectureValue(random.uniform(-1, 1)) for _ in range(nin)]
        self.b = LectureValue(random.uniform(-1, 1))

    def __call__(self, x):
        # w * x + b
        act = sum((wi*xi for wi, xi in zip(self.w, x)), self.b)
        out = act.tanh()
        return out

    def parameters(self):
        return self.w + [self.b]


class LectureLayer:

    def __init__(self, nin, nout):
        self.neurons = [LectureNeuron(nin) for _ in range(nout)]

    def __call__(self, x):
        outs = [n(x) for n in self.neurons]
        return outs[0] if len(outs) == 1 else outs

    def parameters(self):
        return [p for neuron in self.neurons for p in neuron.parameters()]


class LectureMLP:

    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [LectureLayer(sz[i], sz[i+1]) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]
