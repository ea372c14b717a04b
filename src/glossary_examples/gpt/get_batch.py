r"""get_batch

`get_batch` picks a minibatch of random windows of `block_size` consecutive tokens from the encoded text, together with targets that are the same windows shifted one token to the right.

A window of `block_size` tokens holds `block_size` training examples at once: the target
`y[b, t]` is the token that follows the context `x[b, :t+1]`, for every `t` from 0 to
`block_size - 1`. Training on all of them teaches the model to predict from a context of
any length between 1 and `block_size`, which `generate` needs, because it starts from a
single token. The windows are independent of each other: the model processes the
`batch_size` rows side by side and never mixes them.

The lecture draws the start of each window with
`torch.randint(len(data) - block_size, (batch_size,))`: every start from 0 up to
`len(data) - block_size - 1` is possible, so the target of the last possible window ends
on the last token of the data. Passing a seeded `torch.Generator` makes the batches
reproducible. The examples use Python's help pages as text; the lecture uses
tiny-shakespeare.

>>> import torch
>>> data = torch.arange(10)
>>> x, y = data[3:3 + 4], data[4:4 + 4]  # one window of block_size 4 starting at 3
>>> x.tolist(), y.tolist()
([3, 4, 5, 6], [4, 5, 6, 7])
"""

ALIASES = ("batch of chunks", "data loader", "xb, yb", "inputs and targets")
SEE_ALSO = ("minibatch", "torch_generator", "character_level_tokenizer")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.randint.html"
SEARCH_BOOST = 3  # searching its title, the "batch normalization ..." pages ranked first

# --8<-- [start:example]
import torch

data = torch.tensor([7, 4, 11, 11, 14, 0, 22, 14, 17, 11, 3, 26])  # an encoded text
block_size, batch_size = 4, 2
g = torch.Generator().manual_seed(1337)
ix = torch.randint(len(data) - block_size, (batch_size,), generator=g)  # window starts
x = torch.stack([data[i : i + block_size] for i in ix])
y = torch.stack([data[i + 1 : i + block_size + 1] for i in ix])  # shifted by one
print("starts:", ix.tolist())
print("x =", x.tolist())
print("y =", y.tolist())
for t in range(block_size):  # the examples hidden in the first row
    print(f"context {x[0, : t + 1].tolist()} -> target {y[0, t].item()}")
# --8<-- [end:example]

# --8<-- [start:corpus]
import torch

from glossary_examples.gpt.data import CharTokenizer, get_batch, load_text

text = load_text()  # or load_text("input.txt")
tok = CharTokenizer(text)
data = torch.tensor(tok.encode(text), dtype=torch.long)
xb, yb = get_batch(data, block_size=16, batch_size=3,
                   generator=torch.Generator().manual_seed(1337))
print(xb.shape, yb.shape)
for row_x, row_y in zip(xb, yb):
    print(repr(tok.decode(row_x)), "->", repr(tok.decode(row_y)))
# --8<-- [end:corpus]
