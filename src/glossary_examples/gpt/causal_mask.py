r"""causal mask

A causal mask stops each position of a sequence from attending to later positions: the attention scores above the diagonal are set to −∞ before the softmax, so their weights come out exactly 0.

A language model predicts token $t+1$ from the tokens up to $t$. During training it
sees the whole window at once, so without a mask position $t$ could simply read the
answer off position $t+1$. The lecture masks with a lower-triangular matrix of ones,
`tril`, registered as a buffer of the attention head:
`wei.masked_fill(tril[:T, :T] == 0, float("-inf"))`. The softmax then gives the future
positions $e^{-\infty} = 0$ and spreads the whole weight over positions $0 \ldots t$, so
every row still sums to 1, whatever the (finite) scores. As a consequence, changing a
later token never changes the output at an earlier position, as long as its value stays
finite: a weight of exactly 0 times an infinite value is still `nan`. The slice
`[:T, :T]` lets a sequence shorter than `block_size` use the same buffer.

Two ways to get it wrong: filling with 0 instead of $-\infty$ (a score of 0 still gets
the weight $e^0 = 1$, so the future keeps taking part), and zeroing the weights *after*
the softmax (the rows then sum to less than 1). A causal mask never masks a whole row,
because every position sees at least itself; a mask that does (for example one that
hides padding) gives a row of $-\infty$, and its softmax is `nan`.

A block with this mask is a *decoder* block, the kind GPT stacks. An *encoder* block, for
tasks where every token may see the whole input, leaves the mask out.

>>> import torch
>>> tril = torch.tril(torch.ones(3, 3))
>>> scores = torch.zeros(3, 3).masked_fill(tril == 0, float("-inf"))
>>> torch.softmax(scores, dim=-1)[0]
tensor([1., 0., 0.])
"""

ALIASES = ("causal masking", "attention mask", "masked_fill", "look-ahead mask", "decoder mask",
           "autoregressive mask")
SEE_ALSO = ("averaging_the_past", "softmax")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Tensor.masked_fill_.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
T = 4
scores = torch.randn(T, T)  # row: the query's position, column: the key's
tril = torch.tril(torch.ones(T, T))
masked = scores.masked_fill(tril == 0, float("-inf"))  # hide the future
wei = F.softmax(masked, dim=-1)
print(masked)
print(wei)
print("row sums:", wei.sum(1))
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
T = 4
scores = torch.randn(T, T)
tril = torch.tril(torch.ones(T, T))
with_zero = F.softmax(scores.masked_fill(tril == 0, 0.0), dim=-1)  # 0, not -inf
print("filled with 0, weight on the future:", with_zero.triu(1).sum(1))
after = F.softmax(scores, dim=-1) * tril  # zeroed after the softmax
print("zeroed after softmax, row sums:", after.sum(1))
all_masked = torch.full((T,), float("-inf"))  # a row with nothing left to see
print("softmax of a fully masked row:", F.softmax(all_masked, dim=-1))
# --8<-- [end:pitfall]

# --8<-- [start:future]
import torch

from glossary_examples.gpt.model import Head

torch.manual_seed(1337)
head = Head(n_embd=8, head_size=4, block_size=6)  # masks with its tril buffer
x = torch.randn(1, 6, 8)
changed = x.clone()
changed[0, 4:] = torch.randn(2, 8)  # new tokens at positions 4 and 5
out, out_changed = head(x), head(changed)
print("positions 0-3 unchanged:", torch.equal(out[0, :4], out_changed[0, :4]))
print("positions 4-5 changed:  ", not torch.allclose(out[0, 4:], out_changed[0, 4:]))
# --8<-- [end:future]
