r"""one-hot encoding

One-hot encoding represents category i out of K as a vector of length K that holds a 1 at position i and 0 everywhere else.

A network computes with numbers, so a character has to become numbers before it goes in.
Its index alone (e is 5, m is 13) would be a poor input: a weight multiplying it would
treat m as "more" than e, an order the letters do not have. A one-hot vector gives each of
the $K$ categories its own input position instead. Exactly one entry is 1, so each
category reaches its own weights and no order or size is implied. In makemore, $K = 27$:
the 26 letters plus `.`, which marks the start and the end of a word.

`F.one_hot(ix, num_classes=K)` encodes a tensor of indices of any shape and adds a last
dimension of size $K$. Two details matter in makemore:

- It takes `torch.int64` indices and returns `torch.int64` too. The weights are
  `float32`, and `@` needs both operands to have the same dtype, so call `.float()`
  before multiplying.
- Without `num_classes`, it sets $K$ to the largest index present plus 1. The characters
  of `.emma` then get only 14 columns. Always pass `num_classes=27`.

Multiplying a one-hot row by a matrix $W$ picks out one row of $W$:
$(\mathrm{onehot}(i)\,W)_j = \sum_k [k = i]\, W_{kj} = W_{ij}$. So in makemore's bigram
network, `xenc @ W` equals `W[xs]`: each input character looks up its own row of 27
[logits](logits.md). Looking the row up directly is what an [embedding](embedding.md) table does.

>>> import torch
>>> import torch.nn.functional as F
>>> F.one_hot(torch.tensor([2, 0, 1]), num_classes=3)
tensor([[0, 0, 1],
        [1, 0, 0],
        [0, 1, 0]])
>>> F.one_hot(torch.tensor([2, 0, 1]), num_classes=3).dtype
torch.int64
>>> F.one_hot(torch.tensor([0, 5, 13, 13, 1])).shape  # no num_classes: 13 + 1 columns
torch.Size([5, 14])
"""

ALIASES = ("one-hot", "one-hot vector")
SEE_ALSO = ("f_one_hot", "embedding", "logits", "matmul", "vocabulary")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.one_hot.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import stoi

# the inputs of the five bigrams of "emma"
xs = torch.tensor([stoi[c] for c in ".emma"])
onehot = F.one_hot(xs, num_classes=27)
print("indices:", xs.tolist())
print("shape:", tuple(onehot.shape), "dtype:", onehot.dtype)
print("columns 0 to 13 ('.' to 'm'):")
print(onehot[:, :14])
print("ones per row:", onehot.sum(1).tolist(), " argmax gives back the index:",
      onehot.argmax(1).tolist())

xenc = onehot.float()  # float32, ready for @
W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
print("xenc @ W is the rows W[xs]:", torch.equal(xenc @ W, W[xs]))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

onehot = F.one_hot(torch.tensor([0, 5, 13, 13, 1]), num_classes=27)  # int64
# float32
W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
try:
    onehot @ W
except RuntimeError as err:
    print("RuntimeError:", err)
logits = onehot.float() @ W
print("with .float():", tuple(logits.shape), logits.dtype)
# --8<-- [end:pitfall]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from glossary_examples.makemore.data import itos, stoi

xenc = F.one_hot(torch.tensor([stoi[c] for c in ".emma"]), num_classes=27).float()
plt.figure(figsize=(8, 2.4))
plt.imshow(xenc.numpy())
plt.yticks(range(5), list(".emma"))
plt.xticks(range(27), [itos[i] for i in range(27)])
plt.xlabel("column (one per symbol of the vocabulary)")
plt.ylabel("input character")
plt.title('one-hot encoding of ".emma": a single 1 in each row')
plt.show()
# --8<-- [end:figure]
