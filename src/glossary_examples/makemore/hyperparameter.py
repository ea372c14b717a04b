r"""hyperparameter

A hyperparameter is a setting that is chosen before training instead of being learned by it, such as the learning rate, the batch size, the context length or the size of a layer.

Training adjusts the parameters (weights, biases, embeddings) to lower the loss on the
training set. It cannot adjust the hyperparameters, which decide how training runs and
what shape the parameters have: makemore part 2 has the embedding size (2, then 10), the
number of hidden units (100, then 200 and 300), `block_size` (3), the batch size (32),
the learning rate and its schedule, and the number of steps; part 5 adds the depth of the
tree. They are chosen by trying values and comparing the loss on the **dev set**, the
data that training never sees.

The training loss is the wrong judge: it rewards whatever fits the training set best,
including memorizing it. It is lowest with no smoothing at all, and a bigger layer can
always fit the training set at least as well as a smaller one (it contains it: the extra
units can be given zero weights), so it favours more capacity, given the steps to use it. The dev
loss measures what the model does with words it has not seen. Because many settings are
tried and the best one kept, the dev loss of the winner can itself be a little
optimistic; the test set, used once at the end, gives the honest number.

The example tunes the one hyperparameter of the counting bigram model of part 1, the
smoothing count $k$ added to every cell, on the census names: the training loss is lowest
at $k = 0$, the dev loss prefers a positive $k$.

>>> import torch
>>> N = torch.tensor([[3.0, 0.0]])  # counts after one symbol: seen 3 times, never
>>> [round(((N + k) / (N + k).sum()).min().item(), 3) for k in (0, 1, 10)]
[0.0, 0.2, 0.435]
"""

ALIASES = ("hyperparameters", "hyper-parameter", "hyperparameter tuning", "hyperparameter search")
SEE_ALSO = ("parameter", "overfitting", "training_set", "learning_rate_finder", "model_smoothing",
            "context_window")
DOCS = ""

# --8<-- [start:example]
import torch
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

train, dev, _ = split_words(load_names())
Xtr, Ytr = build_dataset(train, block_size=1)  # bigram pairs
Xdev, Ydev = build_dataset(dev, block_size=1)
N = torch.zeros((27, 27))
N.index_put_((Xtr[:, 0], Ytr), torch.ones(len(Ytr)), accumulate=True)  # counts

results = {}
for k in (0, 0.01, 0.1, 1, 10, 100):  # the hyperparameter: add k to every count
    P = (N + k) / (N + k).sum(1, keepdim=True)
    train_loss = -P[Xtr[:, 0], Ytr].log().mean().item()
    results[k] = -P[Xdev[:, 0], Ydev].log().mean().item()
    print(f"k = {k:>6}: train loss {train_loss:.4f}, dev loss {results[k]:.4f}")
print("chosen on the dev set: k =", min(results, key=results.get))
# --8<-- [end:example]
