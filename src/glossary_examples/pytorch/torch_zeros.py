r"""torch.zeros

torch.zeros(size, dtype=...) returns a new zero-filled tensor of the given shape, with the dtype you ask for or, if you give none, the default float dtype.

The shape can be given as separate integers or as one tuple: `torch.zeros(27, 27)` and
`torch.zeros((27, 27))` are the same. The dtype is exactly what you pass:
`torch.zeros((27, 27), dtype=torch.int32)` is an **int32** tensor. Only when `dtype` is
left out does PyTorch use the default dtype, `torch.get_default_dtype()`, which is
`torch.float32` unless it was changed with `torch.set_default_dtype`.

makemore starts its bigram model this way: `N = torch.zeros((27, 27), dtype=torch.int32)`
is a table of counts, one row per first character and one column per next character,
and each bigram seen in the data adds one to its cell (`N[ix1, ix2] += 1`). Adding an
integer in place keeps the tensor int32. To compute probabilities the counts are
turned into floats first (`N.float()`): an int32 tensor cannot store a division's
float result in place.

>>> import torch
>>> N = torch.zeros((27, 27), dtype=torch.int32)
>>> N.dtype, N.shape, N.sum().item()
(torch.int32, torch.Size([27, 27]), 0)
>>> torch.zeros((27, 27)).dtype
torch.float32
>>> torch.zeros(2, 3).shape == torch.zeros((2, 3)).shape
True
>>> N[0, 1] += 1
>>> N[0, 1]
tensor(1, dtype=torch.int32)
"""

ALIASES = ("zeros",)
SEE_ALSO = ("tensor_float", "torch_tensor", "tensor_shape", "bigram", "add_one_smoothing")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.zeros.html"

# --8<-- [start:example]
import torch

N = torch.zeros((27, 27), dtype=torch.int32)  # makemore's count table
print("with dtype=torch.int32:", N.shape, N.dtype)
print("without dtype:", torch.zeros((27, 27)).dtype)  # the default dtype ...
print("torch.get_default_dtype():", torch.get_default_dtype())  # ... is float32
print(torch.zeros(2, 3, dtype=torch.int32))  # shape as separate ints works too
print(torch.zeros(2, 3))
# --8<-- [end:example]

# --8<-- [start:counts]
import torch
from glossary_examples.makemore.data import stoi

N = torch.zeros((27, 27), dtype=torch.int32)
for word in ["emma", "olivia", "ava"]:
    chs = ["."] + list(word) + ["."]  # '.' marks start and end
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1], stoi[ch2]] += 1  # count in place
print("still", N.dtype, "| bigrams counted:", N.sum().item())
print("'a' then end:", N[stoi["a"], stoi["."]].item())
starts = N[stoi["."], [stoi["e"], stoi["o"], stoi["a"]]]
print("start then 'e', 'o', 'a':", starts.tolist())
# --8<-- [end:counts]

# --8<-- [start:pitfall]
import torch

N = torch.zeros((2, 3), dtype=torch.int32)
N[0, 1] += 3
N[0, 2] += 1
N[1, 0] += 2
try:
    N /= N.sum(1, keepdim=True)  # in place: the float result must fit in int32
except RuntimeError as err:
    print("RuntimeError:", err)

P = N.float()  # a float32 copy of the counts
P /= P.sum(1, keepdim=True)  # each row now sums to 1
print(P)
# --8<-- [end:pitfall]
