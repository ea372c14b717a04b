"""`Neuron`, `Layer` and `MLP` built from `Value`s, as in the micrograd lecture.

As in the lecture, every neuron (the output neuron too) applies tanh, and each neuron
draws its weights, then its bias, from `random.uniform(-1, 1)`: after the same
`random.seed(...)`, a network built with the lecture's classes gets the same numbers.
`Module.zero_grad()` comes from the micrograd repository (the lecture writes the loop
`p.grad = 0.0` itself). The repository's `nn` differs: ReLU in hidden neurons, a linear
output neuron, biases start at 0.
"""

import random

from .engine import Value


class Module:
    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0

    def parameters(self):
        return []


class Neuron(Module):
    def __init__(self, nin):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]
        self.b = Value(random.uniform(-1, 1))

    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)  # w . x + b
        return act.tanh()

    def parameters(self):
        return self.w + [self.b]


class Layer(Module):
    def __init__(self, nin, nout):
        self.neurons = [Neuron(nin) for _ in range(nout)]

    def __call__(self, x):
        outs = [n(x) for n in self.neurons]
        return outs[0] if len(outs) == 1 else outs

    def parameters(self):
        return [p for neuron in self.neurons for p in neuron.parameters()]


class MLP(Module):
    def __init__(self, nin, nouts):
        sizes = [nin] + nouts
        self.layers = [Layer(sizes[i], sizes[i + 1]) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]
