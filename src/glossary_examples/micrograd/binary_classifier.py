r"""binary classifier

A binary classifier is a model that assigns each input to one of two classes, usually by comparing a score or probability it outputs with a threshold.

*Binary classification* is the task (spam or not spam, $+1$ or $-1$); a *binary classifier*
is a model that performs it. The model itself outputs a number, and a fixed decision rule
turns that number into a class:

- a **tanh output** in $(-1, 1)$, trained on targets $\pm 1$: class $+1$ if the output is
  above 0, else $-1$. This is the micrograd lecture's setup: `MLP(3, [4, 4, 1])`, trained
  with a squared-error loss towards targets $\pm 1$.
- a **sigmoid output** in $(0, 1)$, read as the probability of the positive class: class 1 if
  the output is above 0.5. Such models are usually trained with binary cross-entropy.

Because $\tanh(0) = 0$, $\sigma(0) = 0.5$ and both functions increase, the two rules make the
same decision as "the raw score (pre-activation) is above 0". Only rounding separates them:
in float32, `torch.sigmoid` returns exactly 0.5 for positive scores below about
$9 \times 10^{-8}$. Moving the threshold trades one kind of error for the other: a higher
threshold labels fewer inputs positive, so false positives never go up and false negatives
never go down.

Write the rule out explicitly. `torch.sign` returns 0 for an output of exactly 0, which is
neither class, while `torch.where(out > 0, 1.0, -1.0)` always picks one (it sends ties to $-1$).

>>> import torch
>>> out = torch.tanh(torch.tensor([-0.3, 0.0, 0.8]))
>>> torch.sign(out).tolist(), torch.where(out > 0, 1.0, -1.0).tolist()
([-1.0, 0.0, 1.0], [-1.0, -1.0, 1.0])
"""

ALIASES = ("binary classification", "two-class classifier", "classification threshold")
SEE_ALSO = ("mlp", "tanh", "sigmoid", "mean_squared_error", "prediction", "ground_truth")
DOCS = ""

# --8<-- [start:example]
import random
from glossary_examples.micrograd import MLP

random.seed(42)
model = MLP(3, [4, 4, 1])
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]  # the two classes, coded +1 and -1
for step in range(50):       # train (see the MLP page)
    loss = sum((model(x) - y) ** 2 for x, y in zip(xs, ys)) / len(ys)
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= 0.2 * p.grad

for x, y in zip(xs, ys):
    out = model(x).data                 # tanh output in (-1, 1)
    label = 1.0 if out > 0 else -1.0    # the decision rule: threshold at 0
    print(f"x = {x}: output {out:+.3f} -> class {label:+.0f}  (target {y:+.0f})")
# --8<-- [end:example]

# --8<-- [start:threshold]
import torch

scores = torch.tensor([-2.0, -0.3, 0.0, 0.4, 3.0])  # pre-activation scores
print("tanh(score) > 0:     ", (torch.tanh(scores) > 0).tolist())
print("sigmoid(score) > 0.5:", (torch.sigmoid(scores) > 0.5).tolist())
print("score > 0:           ", (scores > 0).tolist())
print("torch.sign(tanh):    ", torch.sign(torch.tanh(scores)).tolist(),
      "<- 0.0 is not a class")
print("torch.where(> 0):    ", torch.where(torch.tanh(scores) > 0, 1.0, -1.0).tolist())
# --8<-- [end:threshold]
