r"""overfitting and the train/dev/test split

Overfitting is when a model fits the accidents of its training examples rather than the pattern behind them, so its loss on new data is clearly worse than on its training data.

Every sample of data has quirks that the next sample will not share: in a few hundred
names some letter pairs happen to be common, others happen never to occur. A model that
adapts to those quirks looks better on its training set and worse on everything else. The
training loss alone cannot show this (fitting the training set more closely only lowers
it), so makemore part 2 holds
data back. The words are shuffled and split 80/10/10 into a [training set](training_set.md)
that fits the parameters, a **dev set** (also called validation set) used to compare models
and settings, and a **test set** scored only at the end, so that all the choices made on
the dev set cannot flatter the final number. Overfitting shows up as a gap: dev loss
clearly above train loss. If both are high and close, the model is *underfitting*: it is
too simple or too constrained to fit even the training data.

The bigram count model shows both. Fitted on 200 names by plain counting (maximum
likelihood), it gives probability 0 to every letter pair those names lack, so one such
pair in a dev word makes the dev loss infinite. Adding $k$ fake counts to every cell
(smoothing) shrinks the gap; too large a $k$ pushes every row toward uniform and both
losses rise. With all 4,130 training names the gap nearly closes, because more data has
fewer accidents. The usual remedies are exactly these: more data, a smaller or more
constrained model, and [regularization](regularization.md). Further reading:
[overfitting in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#overfitting).

The split sizes and losses here differ from the video's: the examples split the 5,163
distinct first names of the 1990 US census (from the `names` package, read offline),
because the lecture's `names.txt` (32,033 names) ships with no package.

>>> import torch
>>> # a count model never saw the last pair in training
>>> P = torch.tensor([[0.5, 0.5, 0.0]])
>>> -P[0, 2].log()  # a dev word containing it
tensor(inf)
"""

ALIASES = ("overfit", "train/dev/test split", "dev set", "validation set", "test set", "underfitting",
           "generalization gap")
SEE_ALSO = ("training_set", "regularization", "model_smoothing", "negative_log_likelihood")
DOCS = ""

# --8<-- [start:example]
import random
import torch
from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)
train, dev = words[:4130], words[4130:4646]  # the 80% and 10% splits


# each bigram (a, b) as one number 27 * a + b, a cell of the 27 x 27 table
def bigram_ids(words):
    return torch.tensor(
        [27 * stoi[a] + stoi[b] for w in words for a, b in zip("." + w, w + ".")]
    )


dev_ids = bigram_ids(dev)
for n_train in [200, 4130]:
    train_ids = bigram_ids(train[:n_train])
    N = torch.bincount(train_ids, minlength=27 * 27).float().view(27, 27)
    for k in [0, 0.1, 10]:  # k fake counts added to every cell
        logP = ((N + k) / (N + k).sum(1, keepdim=True)).view(-1).log()
        train_nll, dev_nll = (-logP[train_ids].mean().item(),
                              -logP[dev_ids].mean().item())
        print(f"{n_train:>4} training names, k={k:<4}  train NLL {train_nll:.3f}"
              f"  dev NLL {dev_nll:.3f}"
              f"  gap {dev_nll - train_nll:.3f}")
# --8<-- [end:example]
