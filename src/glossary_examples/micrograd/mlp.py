r"""multilayer perceptron (MLP)

A multilayer perceptron (MLP) is a feedforward neural network of fully connected layers, each layer's outputs feeding the next, with a nonlinear activation after every hidden layer.

*Feedforward* means the data flows one way, from the input through each layer to the output,
with no loops. *Fully connected* means every neuron of a layer reads every output of the
layer before. micrograd's `MLP(nin, nouts)` chains `Layer(nin, nouts[0])`,
`Layer(nouts[0], nouts[1])`, and so on: `MLP(3, [4, 4, 1])` maps 3 inputs through two hidden
layers of 4 neurons to 1 output and has 41 parameters. In PyTorch the same architecture is
`nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1), nn.Tanh())`;
only the starting values differ (`nn.Linear` draws from $\pm 1/\sqrt{\text{fan-in}}$, not
$\pm 1$), so copy the weights over to get the same outputs.

In the lecture every neuron, the output neuron included, uses tanh, so the output lies
between $-1$ and $1$, which suits targets of $\pm 1$. (The published `micrograd` package differs: ReLU
in the hidden layers and a linear output neuron.) The name is historical: Rosenblatt's
perceptron was a single neuron with a step activation, whose gradient is 0 wherever it exists.
An MLP uses activations with useful gradients, such as tanh or ReLU, so that backpropagation
can train every layer.

Training repeats four steps: a forward pass over the data, a loss (here the mean squared
error), `zero_grad` and `backward` to get fresh gradients, and an update
`p.data -= learning_rate * p.grad` for every parameter. The example below is the lecture's
demo, four inputs with targets $\pm 1$, with one change: its loss is the *mean* of the
squared errors, where the lecture sums them (4 times as much, with 4 times the gradients;
see [mean squared error](mean_squared_error.md)).

>>> import random
>>> from glossary_examples.micrograd import MLP
>>> random.seed(42)
>>> model = MLP(3, [4, 4, 1])
>>> len(model.parameters()), [len(layer.neurons) for layer in model.layers]
(41, [4, 4, 1])
>>> -1 < model([2.0, 3.0, -1.0]).data < 1
True
"""

ALIASES = ("MLP", "multi-layer perceptron", "multilayer perceptron")
SEE_ALSO = ("neural_network", "layer", "mean_squared_error", "binary_classifier", "backpropagation", "zero_grad",
            "gradient_descent")
DOCS = ""

# --8<-- [start:example]
import random
from glossary_examples.micrograd import MLP

random.seed(42)
model = MLP(3, [4, 4, 1])  # 3 inputs -> 4 -> 4 -> 1 output, tanh everywhere
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]  # desired outputs

for step in range(100):
    ypred = [model(x) for x in xs]                                   # forward pass
    # mean squared error
    loss = sum((yp - y) ** 2 for yp, y in zip(ypred, ys)) / len(ys)
    # grads accumulate: reset
    model.zero_grad()
    loss.backward()                                                  # backward pass
    # gradient descent step
    for p in model.parameters():
        p.data -= 0.1 * p.grad
    if step % 20 == 0 or step == 99:
        print(f"step {step:2d}  loss {loss.data:.4f}")

print("predictions:", [round(model(x).data, 3) for x in xs])
print("targets:    ", ys)
# --8<-- [end:example]

# --8<-- [start:figure]
import random
import matplotlib.pyplot as plt
from glossary_examples.micrograd import MLP

random.seed(42)
model = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
losses = []
for step in range(100):
    loss = sum((model(x) - y) ** 2 for x, y in zip(xs, ys)) / len(ys)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= 0.1 * p.grad
    losses.append(loss.data)

fig, ax = plt.subplots()
ax.plot(losses, color="C0")
ax.set_yscale("log")
ax.set_xlabel("training step")
ax.set_ylabel("mean squared error (log scale)")
ax.set_title("MLP(3, [4, 4, 1]) on the lecture's four examples")
ax.grid(alpha=0.3)
plt.show()
# --8<-- [end:figure]
