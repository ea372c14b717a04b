r"""neuron

A neuron computes a weighted sum of its inputs plus a bias and passes the result through an activation function, act(Σ wᵢxᵢ + b), giving one output number.

In the micrograd lecture the activation is tanh:

$$o = \tanh\Big(\sum_i w_i x_i + b\Big).$$

Each weight $w_i$ sets how strongly input $x_i$ counts (and with which sign), the bias $b$
shifts the sum, and the activation bends the result so that stacked neurons can represent
more than straight lines. The name is a loose analogy to brain cells; the computation is
just this formula.

micrograd's `Neuron(nin)` holds `nin` weights and one bias, all `Value`s drawn from
`random.uniform(-1, 1)` as in the lecture (the published `micrograd` package starts the bias
at 0), so it has `nin + 1` parameters. Calling it on a list of `nin` numbers returns one
`Value`.

The lecture's example neuron has inputs $x_1 = 2$, $x_2 = 0$, weights $w_1 = -3$, $w_2 = 1$
and a bias chosen so that the weighted sum is $n \approx 0.8814$ and $o = \tanh(n) = 1/\sqrt 2$.
Then the local gradient is a round number, $1 - o^2 = 0.5$ (up to rounding in the last
digit), and backpropagation gives
$\partial o/\partial w_i = x_i \cdot 0.5$ and $\partial o/\partial x_i = w_i \cdot 0.5$:
a weight whose input is 0 ($w_2$) gets no gradient.

>>> from glossary_examples.micrograd import Value
>>> x1, x2, w1, w2 = Value(2.0), Value(0.0), Value(-3.0), Value(1.0)
>>> b = Value(6.8813735870195432)
>>> o = (x1 * w1 + x2 * w2 + b).tanh()
>>> round(o.data, 6), round(1 / 2**0.5, 6)
(0.707107, 0.707107)
>>> o.backward()
>>> [round(v.grad, 6) for v in (x1, w1, x2, w2, b)]
[-1.5, 1.0, 0.5, 0.0, 0.5]
"""

ALIASES = ("artificial neuron", "unit", "Neuron")
SEE_ALSO = ("weight", "bias", "activation_function", "tanh", "layer", "gradient")
DOCS = ""
SEARCH_BOOST = 1.5  # searching its title, "dead neuron" ranked first

# --8<-- [start:example]
from glossary_examples.micrograd import Value

x1, x2 = Value(2.0, label="x1"), Value(0.0, label="x2")   # inputs
w1, w2 = Value(-3.0, label="w1"), Value(1.0, label="w2")  # weights
b = Value(6.8813735870195432, label="b")                  # bias
n = x1 * w1 + x2 * w2 + b                                 # weighted sum plus bias
o = n.tanh()                                              # activation
o.backward()
print(f"n = {n.data:.4f}, o = tanh(n) = {o.data:.4f}")
for v in (x1, w1, x2, w2, b):
    print(f"do/d{v.label} = {v.grad:+.4f}")
# --8<-- [end:example]

# --8<-- [start:neuron_class]
import random
from glossary_examples.micrograd import Neuron, Value

random.seed(42)
neuron = Neuron(2)                                  # 2 random weights and a random bias
print("parameters:", len(neuron.parameters()))
neuron.w = [Value(-3.0), Value(1.0)]                # set the lecture's values
neuron.b = Value(6.8813735870195432)
o = neuron([2.0, 0.0])                              # tanh(w . x + b)
o.backward()
print(f"Neuron(2) output: {o.data:.4f}")
print("weight grads:", [round(w.grad, 4) for w in neuron.w], "bias grad:",
      round(neuron.b.grad, 4))
# --8<-- [end:neuron_class]

# --8<-- [start:torch]
import torch

x = torch.tensor([2.0, 0.0], dtype=torch.float64, requires_grad=True)
w = torch.tensor([-3.0, 1.0], dtype=torch.float64, requires_grad=True)
b = torch.tensor(6.8813735870195432, dtype=torch.float64, requires_grad=True)
o = torch.tanh(w @ x + b)
o.backward()
print(f"o = {o.item():.4f}")
print("x.grad:", [round(g, 4) for g in x.grad.tolist()], "w.grad:",
      [round(g, 4) for g in w.grad.tolist()])
print("b.grad:", round(b.grad.item(), 4))

# as in the lecture: stored as float32 first
b32 = torch.Tensor([6.8813735870195432]).double()
print(f"float64 bias: o = {o.item():.10f}; float32 bias: o = "
      f"{torch.tanh(w @ x + b32).item():.10f}")
# --8<-- [end:torch]
