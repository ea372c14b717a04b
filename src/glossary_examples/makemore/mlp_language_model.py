r"""MLP language model

An MLP language model predicts the next token from a fixed window of previous tokens by looking up a learned vector for each of them, concatenating the vectors and passing the result through a hidden layer to logits over the vocabulary.

Makemore part 2 builds the model of Bengio, Ducharme, Vincent and Jauvin's paper
[*A Neural Probabilistic Language Model*](https://www.jmlr.org/papers/volume3/bengio03a/bengio03a.pdf)
(2003, further reading), on characters instead of words. For a context of `block_size`
indices $x_1, \dots, x_n$:

1. **embed**: look up row $x_i$ of a table $C$ for each position (`emb = C[X]`);
2. **concatenate** the $n$ vectors into one (`emb.view(-1, n * d)`);
3. **hidden layer**: $h = \tanh(\text{emb}\, W_1 + b_1)$;
4. **output layer**: logits $= h W_2 + b_2$, one score per token of the vocabulary, turned
   into a loss with `F.cross_entropy`.

The lecture's first version has $C$ of shape (27, 2), a window of 3 and 100 hidden units:
$W_1$ is (6, 100) and $W_2$ is (100, 27), 3,481 parameters. The paper also connects the
embeddings straight to the output; makemore leaves that part out.

Why it beats a count table: a table over 3-character contexts needs $27^3 = 19{,}683$
rows of 27 counts, and most of those contexts never occur (the census names contain
2,722 of them), while the MLP shares its weights between all contexts. Characters that
behave alike get similar embeddings, so what the model learns about one context carries
over to contexts it has never seen.

The lecture trains a bigger version (10-dimensional embeddings, 200 hidden units, 11,897
parameters) on names.txt to a dev loss of 2.17; the bigram counts of part 1 score 2.45 on
those names. The census names used here are fewer (5,163), so the numbers below differ;
the second example compares both models on the same dev split, after a short run. The
[walkthrough](../walkthroughs/makemore_mlp.py) builds and trains the model step by step.

>>> import torch
>>> C, W1, W2 = torch.randn(27, 2), torch.randn(6, 100), torch.randn(100, 27)
>>> X = torch.zeros((32, 3), dtype=torch.long)
>>> (torch.tanh(C[X].view(-1, 6) @ W1) @ W2).shape
torch.Size([32, 27])
>>> 27 * 2 + 6 * 100 + 100 + 100 * 27 + 27
3481
"""

ALIASES = ("neural probabilistic language model", "Bengio et al. 2003", "MLP model", "makemore MLP")
SEE_ALSO = ("context_window", "embedding", "layer", "tanh", "logits", "cross_entropy", "parameter_count",
            "bigram_language_model", "wavenet")
DOCS = ""

# --8<-- [start:example]
import torch
import torch.nn.functional as F
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(["emma", "olivia", "ava", "isabella", "sophia"], block_size=3)
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)  # a 2-number embedding per character
W1 = torch.randn((6, 100), generator=g)  # 3 positions x 2 numbers in, 100 hidden units
b1 = torch.randn(100, generator=g)
W2 = torch.randn((100, 27), generator=g)  # 100 hidden units in, 27 logits out
b2 = torch.randn(27, generator=g)

emb = C[X]  # (32, 3, 2)
h = torch.tanh(emb.view(-1, 6) @ W1 + b1)  # (32, 100)
logits = h @ W2 + b2  # (32, 27)
print("X", tuple(X.shape), "-> emb", tuple(emb.shape), "-> h", tuple(h.shape),
      "-> logits", tuple(logits.shape))
print("parameters:", sum(p.nelement() for p in [C, W1, b1, W2, b2]))
print(f"loss of the untrained model: {F.cross_entropy(logits, Y).item():.4f}")
# --8<-- [end:example]

# --8<-- [start:versus_bigram]
import torch
import torch.nn.functional as F
from glossary_examples.makemore.training import evaluate, mlp
from glossary_examples.makemore.training import train as fit
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words

train, dev, _ = split_words(load_names())
Xtr, Ytr = build_dataset(train, block_size=1)  # the bigram pairs
Xdev, Ydev = build_dataset(dev, block_size=1)
N = torch.ones((27, 27))  # +1 smoothing
N.index_put_((Xtr[:, 0], Ytr), torch.ones(len(Ytr)), accumulate=True)
P = N / N.sum(1, keepdim=True)
print(f"bigram counts, dev loss: {-P[Xdev[:, 0], Ydev].log().mean().item():.4f}")

g = torch.Generator().manual_seed(42)
Xtr, Ytr = build_dataset(train, block_size=3)
Xdev, Ydev = build_dataset(dev, block_size=3)
model = mlp(block_size=3, n_embd=10, n_hidden=100, generator=g)
fit(model, Xtr, Ytr, steps=1000, lr=0.1, decay_at=1.0, generator=g)
print(f"MLP, 1,000 steps, dev loss: {evaluate(model, Xdev, Ydev):.4f}")
# --8<-- [end:versus_bigram]
