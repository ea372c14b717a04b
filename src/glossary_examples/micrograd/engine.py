"""`Value`: a scalar that remembers how it was computed, so it can backpropagate.

The engine of Andrej Karpathy's micrograd lecture ("The spelled-out intro to neural
networks and backpropagation: building micrograd"), with its API: `Value(data,
label=...)`, `.data`, `.grad`, `_prev`, `_op`, `backward()`. Code written for the
lecture's engine runs on this one. Where they differ, a page's example run on your own
micrograd can print something else:

- `_prev` keeps the inputs in the order they were given (the lecture: a `set`, whose
  order follows memory addresses). Graph listings and the topological order are the same
  on every run, and gradients are summed in one fixed order, so every digit is
  reproducible.
- `backward()` first sets `.grad` to 0 on every node that has inputs (the lecture's
  leaves them). A second `backward()` on the same graph then adds the same gradient to
  the leaves again, as PyTorch does with `retain_graph=True`; the lecture's also sends
  the inner nodes' old gradients back again (for `2 * (x * x)` at x = 3: x.grad 24 here,
  36 there). Inner nodes keep the latest call's gradient (PyTorch's `retain_grad()`
  would add the calls up).
- `tanh` calls `math.tanh`. The lecture's `(exp(2x) - 1) / (exp(2x) + 1)` raises
  OverflowError above x = 354.9 and can differ in the last digit (the lecture's neuron:
  0.7071067811865477 here, 0.7071067811865476 there).
- `relu`, `__rsub__` and `__rtruediv__` come from the micrograd repository; the
  lecture's notebook has none of them (there `1 / v` and `2 - v` raise TypeError).
  `relu` returns 0.0 for x <= 0, where the repository's returns the int 0 for x < 0.

Like the lecture's, `backward()` sorts the graph by recursion: a graph about 1,000
operations deep raises RecursionError (Python's recursion limit). PyTorch's engine has
no such limit.
"""

import math


class Value:
    def __init__(self, data, _children=(), _op="", label=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None  # set by the op that made this value
        # inputs, once each, in a fixed order (a set's order changes from run to run,
        # and with it the last digits of summed gradients)
        self._prev = tuple(dict.fromkeys(_children))
        self._op = _op  # for graph drawing and debugging
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad  # += : a value used twice collects both contributions
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), (
            "only supporting int/float powers for now")
        out = Value(self.data**other, (self,), f"**{other}")

        def _backward():
            self.grad += other * self.data ** (other - 1) * out.grad

        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward():
            self.grad += out.data * out.grad  # d/dx e^x = e^x

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,), "ReLU")

        def _backward():
            self.grad += (out.data > 0) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        # order the graph so every node comes after everything it depends on
        topo, visited = [], set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)

        build_topo(self)
        # then apply the chain rule one node at a time, from the output back to the
        # leaves
        for node in topo:
            # inner nodes start from 0; leaves keep (accumulate) earlier gradients
            if node._prev:
                node.grad = 0.0
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()

    def __neg__(self):  # -self
        return self * -1

    def __radd__(self, other):  # other + self
        return self + other

    def __sub__(self, other):  # self - other
        return self + (-other)

    def __rsub__(self, other):  # other - self
        return other + (-self)

    def __rmul__(self, other):  # other * self
        return self * other

    def __truediv__(self, other):  # self / other
        return self * other**-1

    def __rtruediv__(self, other):  # other / self
        return other * self**-1
