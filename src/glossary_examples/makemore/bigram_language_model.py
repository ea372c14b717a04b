r"""bigram character-level language model

A bigram character-level language model predicts the next character from the current character alone, with a 27×27 table of probabilities P(next | current).

The vocabulary is the 26 letters plus the boundary token `.` (index 0), so the table has
one row per current symbol and one column per next symbol. The counting approach builds
the table directly: count every bigram of the training words in an integer matrix $N$, add
a small count $k$ to every cell (smoothing), and divide each row by its sum,
$P_{ij} = (N_{ij} + k) / \sum_{j'} (N_{ij'} + k)$. With $k > 0$ every row is a probability
distribution (summing to 1 up to rounding). Without smoothing ($k = 0$) these normalised
counts are the maximum likelihood estimate of the table, and the row of a symbol that never
occurs is $0/0$, not a distribution (every symbol occurs in the census names).

The model generates a word by starting at `.`, drawing the next character from that
character's row, and repeating until it draws `.` again. It is scored by the average
negative log likelihood (NLL) of the training bigrams: a model that knows nothing
(uniform rows) scores $\log 27 \approx 3.2958$ on any data, and the count table does much
better. A neural version (one-hot input, a $27 \times 27$ weight matrix, softmax) trained
by gradient descent on the same NLL reaches about the same loss and learns about the same
table in the rows the data uses often; after the 200 steps shown here, the rows of rare
letters such as q and x still differ. One character of context is all the model has, so its samples sound name-like but
are mostly not names. Further reading: the lecture's code,
[karpathy/makemore](https://github.com/karpathy/makemore) on GitHub.

The numbers here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline by
`glossary_examples.makemore.data.load_names()`), because the lecture's `names.txt`
(32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints the counts, losses and samples of this model to compare.

>>> import math
>>> round(-math.log(1 / 27), 4)  # the uniform model's NLL
3.2958
>>> from glossary_examples.makemore.counts import count_matrix, probabilities
>>> P = probabilities(count_matrix(['emma', 'ava']), k=1)
>>> P.shape, bool(P.sum(1).allclose(P.new_ones(27)))
(torch.Size([27, 27]), True)
"""

ALIASES = ("bigram language model", "bigram model", "character-level language model", "count model")
SEE_ALSO = ("bigram", "vocabulary", "sampling", "negative_log_likelihood", "maximum_likelihood_estimation",
            "model_smoothing", "softmax", "torch_zeros", "torch_multinomial", "one_hot_encoding")
DOCS = ""

# --8<-- [start:example]
import math

import torch

from glossary_examples.makemore.data import load_names, stoi

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
N = torch.zeros((27, 27), dtype=torch.int32)  # N[i, j]: how often j follows i
xs, ys = [], []
for w in words:
    chs = ["."] + list(w) + ["."]
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1], stoi[ch2]] += 1
        xs.append(stoi[ch1])
        ys.append(stoi[ch2])

P = (N + 1).float()  # +1 smoothing: no bigram gets probability 0
P /= P.sum(1, keepdim=True)  # each row: P(next | current)
print("rows sum to 1, up to rounding:", torch.allclose(P.sum(1), torch.ones(27)))
print("P(next='a' | current='.') =", round(P[0, stoi["a"]].item(), 4))
print("P(next='.' | current='a') =", round(P[stoi["a"], 0].item(), 4))
nll = -P[torch.tensor(xs), torch.tensor(ys)].log().mean()
print(f"average NLL: {nll.item():.4f}; uniform model, log 27: {math.log(27):.4f}")
# --8<-- [end:example]

# --8<-- [start:heatmap]
import matplotlib.pyplot as plt

from glossary_examples.makemore.counts import count_matrix
from glossary_examples.makemore.data import itos, load_names

N = count_matrix(load_names())  # 27x27 int32 bigram counts of the census names
fig, ax = plt.subplots(figsize=(10, 10))
# cells go up to mid-blue only, so dark blue text stays readable on every cell
ax.imshow(N.numpy(), cmap="Blues", vmax=2 * N.max().item())
style = dict(ha="center", fontsize=8, color="#08306b")
for i in range(27):
    for j in range(27):
        ax.text(j, i, itos[i] + itos[j], va="bottom", **style)
        ax.text(j, i, N[i, j].item(), va="top", **style)
ax.axis("off")
ax.set_title("Bigram counts N: row = current character, column = next character")
plt.show()
# --8<-- [end:heatmap]

# --8<-- [start:neural]
import torch
import torch.nn.functional as F

from glossary_examples.makemore.counts import average_nll, count_matrix, encode
from glossary_examples.makemore.counts import probabilities, sample
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.neural import train

words = load_names()
xs, ys = encode(words)  # 36,122 bigrams as (current, next) indices
P = probabilities(count_matrix(words), k=1)
print(f"count model (+1 smoothing): NLL {average_nll(P, xs, ys):.4f}")

W, history = train(xs, ys, steps=200, lr=50.0, reg=0.01)  # helper code above
print(f"neural model, step 1: NLL {history[0]:.4f}")
P_neural = F.softmax(W, 1)  # the neural model's table
print(f"neural model, step 200: NLL {average_nll(P_neural, xs, ys):.4f}")
print(f"P('a' after '.'): counts {P[0, 1]:.4f}, neural {P_neural[0, 1]:.4f}")
samples = []
for table in (P, P_neural):
    g = torch.Generator().manual_seed(2147483647)
    samples.append([sample(table, g) for _ in range(5)])
print("same samples from both tables:", samples[0] == samples[1], samples[1])
# --8<-- [end:neural]
