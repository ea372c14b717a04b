r"""F.one_hot

F.one_hot turns a tensor of integer class indices into one-hot rows, each all zeros except for a 1 at its index, giving shape (*, num_classes) and dtype int64.

`F` is the usual short name for `torch.nn.functional`, PyTorch's collection of functions
that hold no weights of their own: the weights they use are passed in as arguments
(unlike the `torch.nn` layer classes, which own their parameters).

`F.one_hot(xs, num_classes=27)` gives each index in `xs` a row of length 27 with a single 1,
so every row sums to 1. Three details matter in makemore:

- **The input must be int64** (a `LongTensor`, the default for `torch.tensor` of Python
  ints). Any other dtype (`int32`, `uint8`, `bool`, a float type) raises a
  `RuntimeError`, and so does an index that is negative or not smaller than `num_classes`.
- **The output is int64 too**, not float. Multiplying it with float weights, `xenc @ W`,
  raises a dtype `RuntimeError`; convert first with `xenc = F.one_hot(xs, 27).float()`.
- **Pass `num_classes`.** Without it (the default `-1`) the width is the largest index + 1,
  so a batch that happens to lack `z` would give rows of length 26, not 27.

The result feeds the first layer of the neural-network bigram model: `xenc.float() @ W`.

>>> import torch
>>> import torch.nn.functional as F
>>> xenc = F.one_hot(torch.tensor([0, 5, 13, 13, 1]), num_classes=27)
>>> xenc.shape, xenc.dtype
(torch.Size([5, 27]), torch.int64)
>>> xenc.sum(1)
tensor([1, 1, 1, 1, 1])
>>> xenc.float().dtype
torch.float32
>>> F.one_hot(torch.tensor([0, 2])).shape
torch.Size([2, 3])
"""

ALIASES = ("torch.nn.functional.one_hot",)
SEE_ALSO = ("one_hot_encoding", "matmul", "tensor_float", "logits")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.one_hot.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F

stoi = {ch: i for i, ch in enumerate(".abcdefghijklmnopqrstuvwxyz")}  # '.' is 0, 'a' 1
xs = torch.tensor([stoi[ch] for ch in ".emma"])
print("xs:", xs, xs.dtype)
xenc = F.one_hot(xs, num_classes=27)
print("xenc:", xenc.shape, xenc.dtype)
print("row for 'e' (index 5):", xenc[1].tolist())
print("row sums:", xenc.sum(1))
print("no num_classes, indices [0, 2]:")
print(F.one_hot(torch.tensor([0, 2])))  # width = largest index + 1
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g)  # float32 weights
xenc = F.one_hot(torch.tensor([0, 5, 13, 13, 1]), num_classes=27)  # int64
try:
    logits = xenc @ W
except RuntimeError as err:
    print("RuntimeError:", err)
logits = xenc.float() @ W
print("after .float():", logits.shape, logits.dtype)
# --8<-- [end:pitfall]

# --8<-- [start:input_errors]
import torch
import torch.nn.functional as F

int32 = torch.tensor([0, 5], dtype=torch.int32)
for xs in [int32, torch.tensor([0.0, 5.0]), torch.tensor([0, 27])]:
    try:
        F.one_hot(xs, num_classes=27)
    except RuntimeError as err:
        print(f"{xs.dtype}, values {xs.tolist()}: RuntimeError: {err}")
print("int32 cast with .long():", F.one_hot(int32.long(), num_classes=27).shape)
# --8<-- [end:input_errors]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

stoi = {ch: i for i, ch in enumerate(".abcdefghijklmnopqrstuvwxyz")}
xenc = F.one_hot(torch.tensor([stoi[ch] for ch in ".emma"]), num_classes=27)
plt.figure(figsize=(8, 2.5), layout="constrained")
plt.imshow(xenc.numpy(), cmap="Blues")
plt.yticks(range(5), [repr(ch) for ch in ".emma"])
plt.xlabel("column (class index, 0-26)")
plt.ylabel("input character")
plt.title("F.one_hot: one 1 per row")
plt.show()
# --8<-- [end:figure]
