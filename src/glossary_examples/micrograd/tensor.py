r"""tensor

A tensor is an n-dimensional array of numbers that all share one dtype and live on one device: a single number is a 0-dimensional tensor, a vector 1-dimensional, a matrix 2-dimensional, and so on.

Three attributes describe a tensor. Its **shape** gives the size of each dimension (a
4×3 matrix has shape `(4, 3)`), and the number of dimensions is `ndim`. Its **dtype** is
the one number type of all its elements: `float32`, `float64`, `int64`, `bool`, ...
(a list mixing ints and floats becomes a float tensor). Its **device** is where the
numbers are stored and computed, the CPU or a GPU.

In deep learning almost everything is a tensor: inputs, weights, outputs, gradients.
micrograd's `Value` holds one number; a tensor holds many, and one operation (`+`, `@`,
`tanh`) acts on all of them at once. In makemore, the bigram counts are a 27×27 tensor
and a batch of one-hot encoded characters is an N×27 tensor. A PyTorch tensor is an
instance of `torch.Tensor`; NumPy's counterpart is the `ndarray`, without autograd.

>>> import torch
>>> torch.tensor(3.5).ndim, torch.tensor([1.0, 2.0]).ndim, torch.zeros(2, 3).ndim
(0, 1, 2)
>>> torch.zeros(2, 3, 4).shape
torch.Size([2, 3, 4])
>>> torch.tensor([1, 2.5]).dtype
torch.float32
>>> torch.zeros(2).device
device(type='cpu')
"""

ALIASES = ("tensors", "n-dimensional array")
SEE_ALSO = ("pytorch", "torch_tensor", "torch_tensor_class", "tensor_shape", "import_numpy")
DOCS = "https://docs.pytorch.org/docs/stable/tensors.html"

# --8<-- [start:example]
import torch

scalar = torch.tensor(3.5)  # 0-d: one number
vector = torch.tensor([1.0, 2.0, 3.0])  # 1-d
matrix = torch.zeros(2, 3)  # 2-d: 2 rows, 3 columns
cube = torch.arange(24).reshape(2, 3, 4)  # 3-d: 2 matrices of 3x4
for name, t in [("scalar", scalar), ("vector", vector), ("matrix", matrix),
                ("cube", cube)]:
    print(f"{name:6}  ndim={t.ndim}  shape={tuple(t.shape)}  dtype={t.dtype}  "
          f"device={t.device}")

print("cube[1, 2, 3] =", cube[1, 2, 3].item())  # one index per dimension
print("one dtype for all:", torch.tensor([1, 2.5]))  # the int 1 became 1.0
print("one operation, every element:", vector * 10)
# --8<-- [end:example]
