r"""context window (block_size)

The context window is the fixed number of previous tokens, `block_size`, that a language model reads to predict the next token.

Makemore part 2 turns every word into training examples by sliding a window of
`block_size` characters over it. The window starts filled with the boundary token `.`
(index 0), so the first example of a word is "nothing yet"; after each character it drops
its oldest entry and appends the character just seen (`context = context[1:] + [ix]`). With
`block_size = 3`, the word "emma" gives five examples, one for each of its letters and one
for the final `.`: `...` → `e`, `..e` → `m`, `.em` → `m`, `emm` → `a`, `mma` → `.`.

So a word of $L$ letters always gives $L + 1$ examples, whatever the window size: the window
changes what each example sees, not how many examples there are. A window of 1 gives the
bigram pairs of part 1. A larger window gives the model more to go on, and costs
parameters in an MLP: its first layer reads `block_size * n_embd` numbers. Part 2 uses 3
characters, part 5 uses 8. Characters further back than `block_size` are invisible to the
model; the window is its whole memory.

The census corpus of this glossary (5,163 names) gives 36,122 examples; the lecture's
names.txt (32,033 names) gives 228,146.

>>> from glossary_examples.makemore.dataset import build_dataset
>>> X, Y = build_dataset(["emma"], block_size=3)
>>> X.tolist(), Y.tolist()
([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]], [5, 13, 13, 1, 0])
>>> build_dataset(["emma"], block_size=8)[0].shape
torch.Size([5, 8])
"""

ALIASES = ("block_size", "block size", "context length", "context size")
SEE_ALSO = ("bigram", "mlp_language_model", "embedding", "receptive_field", "vocabulary")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.makemore.data import itos, load_names, stoi

block_size = 3  # how many characters the model sees to predict the next one
X, Y = [], []
for w in load_names():
    context = [0] * block_size  # start with '...'
    for ch in w + ".":
        ix = stoi[ch]
        X.append(context)
        Y.append(ix)
        context = context[1:] + [ix]  # crop and append
for x, y in zip(X[:8], Y[:8]):
    print("".join(itos[i] for i in x), "--->", itos[y])
n = sum(len(w) + 1 for w in load_names())
print("examples:", len(X), " characters + words:", n)
# --8<-- [end:example]

# --8<-- [start:block_sizes]
from glossary_examples.makemore.data import itos
from glossary_examples.makemore.dataset import build_dataset

for block_size in (1, 3, 8):
    X, Y = build_dataset(["emma"], block_size)
    pairs = zip(X.tolist(), Y.tolist())
    rows = ["".join(itos[i] for i in x) + "->" + itos[y] for x, y in pairs]
    print(f"block_size {block_size}: X {tuple(X.shape)}  ", "  ".join(rows))
# --8<-- [end:block_sizes]
