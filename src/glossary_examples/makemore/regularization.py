r"""regularization

Regularization is any change to training that discourages a model from fitting the accidents of its training data, for example a penalty on large weights added to the loss.

Well chosen, it trades a slightly worse fit on the [training set](training_set.md) for a
better loss on data the model has not seen, that is, less [overfitting](overfitting.md). Makemore's
bigram network uses an L2 penalty, the mean of the squared weights, scaled by a strength
$\lambda$:

$$\text{loss} = \text{NLL} + \lambda \cdot \operatorname{mean}(W^2),$$

which makemore writes as `loss = nll + 0.01 * (W**2).mean()`, with $\lambda = 0.01$.

The penalty is 0 only at $W = 0$, and its gradient, $2\lambda W / 729$ for the 27 × 27
weights, pulls every weight toward 0 at every step. At $W = 0$ every logit is 0 and
softmax gives every next character the probability 1/27: the uniform prediction. So the
stronger the penalty, the closer each row of predictions is to uniform. Adding fake counts
to the bigram count table (smoothing) does the same thing to the count model, and
$\lambda$ plays a role like that of the number of fake counts. Too strong a penalty underfits:
the predictions become too flat to be useful.

$\lambda$ is a hyperparameter, chosen by the loss on the dev set. The training loss gets
worse as $\lambda$ grows, so it cannot choose. For plain gradient descent (no momentum)
an L2 penalty is the same as *weight decay* (`weight_decay` in `torch.optim.SGD`, here
$2\lambda / 729$ because the penalty is a mean), which shrinks every weight by a fixed
fraction per step. Dropout and early stopping are other common regularizers. Further
reading: [regularization in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#regularization).

The losses here differ from the video's: the examples train on the 5,163 distinct first
names of the 1990 US census (from the `names` package, read offline), because the
lecture's `names.txt` (32,033 names) ships with no package.

>>> import torch
>>> import torch.nn.functional as F
>>> W = torch.zeros((27, 27))
>>> (W**2).mean().item()  # no penalty at W = 0 ...
0.0
>>> # ... where predictions are uniform
>>> round(F.softmax(W[0], dim=0)[0].item(), 4), round(1 / 27, 4)
(0.037, 0.037)
"""

ALIASES = ("regularisation", "L2 regularization", "L2 penalty", "weight decay")
SEE_ALSO = ("overfitting", "model_smoothing", "training_set", "add_one_smoothing", "loss")
DOCS = ""

# --8<-- [start:example]
import random
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)


def encode(words):  # one-hot inputs and target indices of every bigram in the words
    xs = torch.tensor([stoi[a] for w in words for a in "." + w])
    ys = torch.tensor([stoi[b] for w in words for b in w + "."])
    return F.one_hot(xs, num_classes=27).float(), ys


xenc, ys = encode(words[:100])           # a small training set overfits easily
dev_xenc, dev_ys = encode(words[4130:4646])
for lam in [0.0, 0.01, 0.1, 1.0]:
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647),
                    requires_grad=True)
    for step in range(100):
        loss = F.cross_entropy(xenc @ W, ys) + lam * (W**2).mean()  # NLL + L2 penalty
        W.grad = None
        loss.backward()
        W.data += -50 * W.grad
    probs = F.softmax(xenc @ W, dim=1)
    # of the predicted rows; uniform: log(27) = 3.296
    entropy = -(probs * probs.log()).sum(1).mean()
    print(f"lambda={lam:<4}  train NLL {F.cross_entropy(xenc @ W, ys).item():.3f}"
          f"  dev NLL {F.cross_entropy(dev_xenc @ W, dev_ys).item():.3f}"
          f"  rms(W) {W.pow(2).mean().sqrt().item():.3f}"
          f"  prediction entropy {entropy.item():.3f}")
# --8<-- [end:example]
