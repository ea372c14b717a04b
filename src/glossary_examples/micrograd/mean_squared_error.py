r"""mean squared error (MSE)

Mean squared error (MSE) is a loss that averages the squared differences between a model's predictions and the targets.

For $n$ targets $y_i$ and predictions $\hat y_i$:

$$\mathrm{MSE} = \frac{1}{n} \sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2 .$$

It is 0 only when every prediction is exact (in exact arithmetic: in floating point, an
error below about $1.6 \times 10^{-162}$ squares to 0), and it is smooth, so its gradient
$\partial\,\mathrm{MSE}/\partial \hat y_i = 2(\hat y_i - y_i)/n$ pushes each prediction
towards its target in proportion to its error. It is the standard loss for regression, and
the micrograd lecture uses squared errors for its $\pm 1$ classification demo too.

**Mean, not sum.** The micrograd lecture's loss is the *sum* of squared errors (SSE), which
is $n$ times the MSE. PyTorch's `F.mse_loss` and `nn.MSELoss` default to `reduction='mean'`;
`reduction='sum'` gives the lecture's number. Both are smallest for the same predictions,
but the gradients differ by the factor $n$, so the same steps need a learning rate $n$
times smaller with the sum.
"MSE = L2 loss / $n$" holds only if "L2 loss" means the sum of squares; the L2 *norm*
$\lVert y - \hat y\rVert_2$ has a square root, and $\lVert y - \hat y\rVert_2 / n$ is not
the MSE.

**Squaring amplifies large errors.** An error twice as large costs four times as much, so a
single outlier can dominate the loss, and the model bends towards it. Mean absolute error
(MAE), $\frac{1}{n}\sum_i |y_i - \hat y_i|$, weighs errors linearly and is less sensitive:
fitting one constant to the targets, MSE is smallest at their mean (pulled by the outlier)
and MAE at their median.

>>> import torch
>>> import torch.nn.functional as F
>>> ypred, ys = (torch.tensor([0.8, -0.6, -1.0, 0.2]),
...              torch.tensor([1.0, -1.0, -1.0, 1.0]))
>>> (round(F.mse_loss(ypred, ys).item(), 4),
...  round(F.mse_loss(ypred, ys, reduction='sum').item(), 4))
(0.21, 0.84)
>>> torch.allclose(F.mse_loss(ypred, ys), ((ys - ypred) ** 2).mean())
True
"""

ALIASES = ("MSE", "F.mse_loss", "nn.MSELoss", "mse_loss", "squared error")
SEE_ALSO = ("loss", "mlp", "binary_classifier", "cross_entropy", "prediction", "ground_truth")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.mse_loss.html"

# --8<-- [start:example]
import torch
import torch.nn.functional as F
from glossary_examples.micrograd import Value

ys = [1.0, -1.0, -1.0, 1.0]                          # targets
ypred = [Value(v) for v in [0.8, -0.6, -1.0, 0.2]]   # predictions
mse = sum((yp - y) ** 2 for yp, y in zip(ypred, ys)) / len(ys)
mse.backward()
print(f"micrograd MSE: {mse.data:.4f}")
print("gradients 2 * (pred - target) / n:", [round(yp.grad, 4) for yp in ypred])

pred_t, ys_t = torch.tensor([yp.data for yp in ypred]), torch.tensor(ys)
print(f"F.mse_loss (reduction='mean'): {F.mse_loss(pred_t, ys_t).item():.4f}")
print(f"reduction='sum' (the lecture): "
      f"{F.mse_loss(pred_t, ys_t, reduction='sum').item():.4f}")
# --8<-- [end:example]

# --8<-- [start:outlier]
import torch

errors = torch.tensor([1.0, -1.0, 1.0, -1.0, 6.0])  # prediction - target; one outlier
squared = errors**2
print("squared errors:", squared.tolist())
absolute = errors.abs()
print(f"MSE = {squared.mean().item():.1f}; the outlier's share: "
      f"{(squared[-1] / squared.sum()).item():.0%}")
print(f"MAE = {absolute.mean().item():.1f}; the outlier's share: "
      f"{(absolute[-1] / absolute.sum()).item():.0%}")
# --8<-- [end:outlier]

# --8<-- [start:pitfall]
import torch

errors = torch.tensor([0.2, 0.4, 0.0, 0.8])
n = len(errors)
print("sum of squares / n (MSE):   ", round((errors**2).sum().item() / n, 4))
print("L2 norm / n (not the MSE):  ",
      round(torch.linalg.vector_norm(errors).item() / n, 4))
print("L2 norm squared / n (MSE):  ",
      round(torch.linalg.vector_norm(errors).item() ** 2 / n, 4))
# --8<-- [end:pitfall]
