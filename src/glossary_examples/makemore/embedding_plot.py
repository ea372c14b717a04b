r"""embedding plot

An embedding plot draws each token's learned embedding vector as a labelled point, so that tokens the model has learned to treat alike show up close together.

With 2-number embeddings, as in the first model of makemore part 2, the table $C$ of shape
(27, 2) can be drawn directly: one point per character at $(C_{i,0}, C_{i,1})$, labelled
with the character. Training moves characters that can stand in for each other (that
appear in similar contexts and are followed by similar characters) towards each other,
because similar vectors give similar predictions. The lecture's plot, after training on
names.txt, shows the vowels `a e i o u` in one cluster, with `.`, `q` and a few other
rare or unusual characters off on their own.

The axes carry no meaning: rotating or mirroring the whole table, and turning the first
layer's weights to match, gives the same model (up to rounding), so training from another
seed may draw a rotated or mirrored picture. Even the distances are not fixed by the
model: any invertible linear map of the table (a stretch along one axis, say), undone in
the first layer's weights, also gives the same model. Read the plot for the groups that
training happened to form, not for exact distances.
Bigger embeddings (the lecture moves on to 10 numbers per character) can only be drawn
after projecting them to 2-D, which loses some of the distances.

The example trains the part-2 model with 2-number embeddings for 1,000 steps on the census
names (the lecture trains for tens of thousands of steps on names.txt), and measures the
clustering: the average distance between two vowels against the average distance
between a vowel and a consonant.

>>> import torch
>>> C = torch.tensor([[0.0, 0.0], [3.0, 4.0]])
>>> torch.cdist(C, C)[0, 1].item()
5.0
"""

ALIASES = ("embedding visualization", "embedding visualisation", "2-D embedding plot", "plot of C")
SEE_ALSO = ("embedding", "mlp_language_model", "vocabulary")
DOCS = ""

# --8<-- [start:example]
import matplotlib.pyplot as plt
import torch
from glossary_examples.makemore.training import mlp, train
from glossary_examples.makemore.data import itos, load_names, stoi
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=3)
g = torch.Generator().manual_seed(42)
model = mlp(n_embd=2, n_hidden=100, generator=g)  # 2 numbers per character
train(model, X, Y, steps=1000, lr=0.2, decay_at=1.0, generator=g)
C = model.layers[0].weight.detach()  # the (27, 2) embedding table

vowels = [stoi[c] for c in "aeiou"]
consonants = [i for i in range(1, 27) if i not in vowels + [stoi["y"]]]
within = torch.cdist(C[vowels], C[vowels]).sum() / (5 * 4)  # the 20 ordered pairs
across = torch.cdist(C[vowels], C[consonants]).mean()
print(f"mean distance vowel-vowel: {within:.3f}, vowel-consonant: {across:.3f}")

fig, ax = plt.subplots(figsize=(5, 5))
colours = ["C1" if i in vowels else "C0" for i in range(27)]
ax.scatter(C[:, 0], C[:, 1], s=250, color=colours)
for i in range(27):
    ax.text(C[i, 0], C[i, 1], itos[i], ha="center", va="center", color="white")
ax.set_title("census names, 1,000 steps: vowels in orange", fontsize=11)
ax.grid(True)
plt.show()
# --8<-- [end:example]
