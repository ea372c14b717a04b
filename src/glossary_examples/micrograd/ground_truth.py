r"""ground truth

The ground truth is the correct output for each example in the data, the target that the model's predictions are scored against, such as ys = [1.0, -1.0, -1.0, 1.0] in micrograd.

Ground truth comes with the data, not from the model: in the micrograd lecture someone
decided that input `xs[0]` should give `1.0`, `xs[1]` should give `-1.0`, and so on. The
loss measures the gap between each prediction and its target, and training changes the
model's parameters, never the targets, to shrink that gap. When every prediction equals its
target the squared-error loss is exactly 0; predicting 0 for all four ±1 targets costs 1
per example, and predicting the opposite sign everywhere costs 4 per example.

In makemore the ground truth for each input character is the character that really comes
next in the name: the pairs of `.emma.` are `.`→`e`, `e`→`m`, `m`→`m`, `m`→`a`, `a`→`.`. The
model is rewarded for giving that character a high probability.

>>> ys = [1.0, -1.0, -1.0, 1.0]
>>> sum((yp - yt) ** 2 for yp, yt in zip(ys, ys))
0.0
>>> sum((yp - yt) ** 2 for yp, yt in zip([0.0] * 4, ys))
4.0
"""

ALIASES = ("target", "targets", "ys", "labels")
SEE_ALSO = ("prediction", "loss", "training_set", "bigram")
DOCS = ""

# --8<-- [start:example]
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]  # ground truth: the desired output for each row of xs
for x, y in zip(xs, ys):
    print(f"input {x} -> target {y:+}")
candidates = {
    "equal to ys": [1.0, -1.0, -1.0, 1.0],
    "all zero": [0.0, 0.0, 0.0, 0.0],
    "opposite sign": [-1.0, 1.0, 1.0, -1.0],
}
for name, ypred in candidates.items():
    loss = sum((yp - yt) ** 2 for yp, yt in zip(ypred, ys))  # sum of squared errors
    print(f"predictions {name:<13}: loss = {loss}")
# --8<-- [end:example]

# --8<-- [start:makemore]
chs = ["."] + list("emma") + ["."]  # '.' marks the start and the end of a name
for ch1, ch2 in zip(chs, chs[1:]):
    print(f"input {ch1!r} -> ground truth {ch2!r}")
# --8<-- [end:makemore]
