r"""train and eval mode

Every PyTorch module has a training flag, set for it and all its submodules by model.train() and model.eval(), that changes what some layers compute: in eval mode BatchNorm normalizes with its running statistics instead of the batch's, and Dropout stops dropping.

A new module starts in training mode (`model.training` is `True`). `model.eval()` (the same
as `model.train(False)`) switches it and every submodule to evaluation mode, and
`model.train()` switches back. Most layers ignore the flag; the ones that depend on it
behave like this:

- **BatchNorm** in training mode normalizes with the mean and variance of the current
  batch and updates its running statistics; in eval mode it uses the running statistics
  and leaves them alone. So in eval mode each example's output is the same whether it
  comes alone or in a batch, and a single example of shape (1, C) can be processed,
  which training mode refuses (one value per feature has no variance). A layer created
  with `track_running_stats=False` keeps no running statistics and uses the batch's in
  both modes.
- **Dropout** (used in the GPT lecture) zeroes random entries in training mode and scales
  the others by $1/(1-p)$; in eval mode it passes its input through unchanged.

makemore part 3 writes its own layers, so it sets `layer.training = False` on each by
hand; that is what `model.eval()` does for `nn` modules.

The flag has nothing to do with gradients: `eval()` does not stop autograd from
recording, and `torch.no_grad()` does not switch BatchNorm to its running statistics.
Evaluating a model usually needs both. Forgetting `eval()` is a silent bug: the outputs
depend on the batch, and every evaluation batch moves the running statistics, even inside
`torch.no_grad()`.

>>> import torch
>>> model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
>>> model.training, model[1].training
(True, True)
>>> _ = model.eval()
>>> model.training, model[1].training
(False, False)
"""

ALIASES = ("model.eval()", "model.train()", "eval mode", "train mode", "training mode",
           "evaluation mode", "module.training", "layer.training")
SEE_ALSO = ("batch_normalization", "running_statistics", "torch_no_grad")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.eval"

# --8<-- [start:example]
import torch

torch.manual_seed(42)  # nn.Linear draws its initial weights from the global generator
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4), torch.nn.Tanh())
g = torch.Generator().manual_seed(42)
for step in range(100):  # training-mode passes fill the running statistics
    model(torch.randn(32, 3, generator=g))
batch = torch.randn(8, 3, generator=g)

print("training:", model.training)
same = torch.allclose(model(batch[:2])[0], model(batch)[0])
print("train: first example, in 2 examples or in 8, same output:", same)
try:
    model(batch[:1])
except ValueError as err:
    print("train, one example:", err)

model.eval()
print("training:", model.training)
alone, in_batch = model(batch[:1])[0], model(batch)[0]
print("eval: first example, alone or in 8, same output:",
      torch.allclose(alone, in_batch))
print("eval output still requires grad:", alone.requires_grad)
# --8<-- [end:example]

# --8<-- [start:pitfall]
import torch

g = torch.Generator().manual_seed(42)
bn = torch.nn.BatchNorm1d(2)
bn.running_mean = torch.tensor([0.5, -0.5])  # as if it had been trained
test_batch = torch.randn(64, 2, generator=g) + 10

with torch.no_grad():
    bn(test_batch)  # forgot bn.eval()
print("running_mean after evaluating in train mode:", bn.running_mean.round(decimals=4))

bn.running_mean = torch.tensor([0.5, -0.5])
bn.eval()
with torch.no_grad():
    bn(test_batch)
print("running_mean after evaluating in eval mode: ", bn.running_mean.round(decimals=4))
# --8<-- [end:pitfall]
