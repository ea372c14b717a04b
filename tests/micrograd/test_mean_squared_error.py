"""mean squared error (MSE): the page's claims, checked."""

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import numbers

YS = [1.0, -1.0, -1.0, 1.0]
PRED = [0.8, -0.6, -1.0, 0.2]


def test_the_printed_numbers_are_torchs(example):
    lines = example("mean_squared_error").stdout.splitlines()
    pred_t = torch.tensor(PRED, dtype=torch.float64, requires_grad=True)
    loss_t = F.mse_loss(pred_t, torch.tensor(YS, dtype=torch.float64))
    loss_t.backward()
    assert numbers(lines[0])[0] == pytest.approx(loss_t.item(), abs=5e-5)
    assert numbers(lines[1].split(":")[1]) == pytest.approx(pred_t.grad.tolist(), abs=5e-5)
    assert numbers(lines[2].split(":")[1])[0] == pytest.approx(loss_t.item(), abs=5e-5)
    assert numbers(lines[3].split(":")[1])[0] == pytest.approx(4 * loss_t.item(), abs=5e-5)


def test_micrograd_mse_and_gradient_match_torch_and_the_formula():
    ypred = [Value(v) for v in PRED]
    mse = sum((yp - y) ** 2 for yp, y in zip(ypred, YS)) / len(YS)
    mse.backward()
    pred_t = torch.tensor(PRED, dtype=torch.float64, requires_grad=True)
    loss_t = F.mse_loss(pred_t, torch.tensor(YS, dtype=torch.float64))
    loss_t.backward()
    assert mse.data == pytest.approx(loss_t.item(), abs=1e-15)
    assert mse.data == pytest.approx(sum((y - p) ** 2 for y, p in zip(YS, PRED)) / 4, abs=1e-15)
    assert [yp.grad for yp in ypred] == pytest.approx(pred_t.grad.tolist(), abs=1e-15)
    assert [yp.grad for yp in ypred] == pytest.approx([2 * (p - y) / 4 for p, y in zip(PRED, YS)], abs=1e-15)
    assert mse.data == pytest.approx(0.21, abs=1e-12)


def test_default_reduction_is_mean_and_sum_is_n_times_it():
    g = torch.Generator().manual_seed(2147483647)
    pred, target = torch.randn(4, 7, generator=g), torch.randn(4, 7, generator=g)
    assert torch.allclose(F.mse_loss(pred, target), ((pred - target) ** 2).mean())
    assert torch.allclose(torch.nn.MSELoss()(pred, target), F.mse_loss(pred, target, reduction="mean"))
    assert torch.allclose(F.mse_loss(pred, target, reduction="sum"), 28 * F.mse_loss(pred, target))
    assert F.mse_loss(pred, target, reduction="none").shape == (4, 7)


def test_with_the_sum_a_learning_rate_n_times_smaller_takes_the_same_step():
    target = torch.tensor(YS, dtype=torch.float64)
    steps = {}
    for reduction, lr in (("mean", 0.1), ("sum", 0.1 / 4)):
        pred = torch.tensor(PRED, dtype=torch.float64, requires_grad=True)
        F.mse_loss(pred, target, reduction=reduction).backward()
        steps[reduction] = lr * pred.grad
    assert torch.allclose(steps["mean"], steps["sum"], atol=1e-15)


def test_sum_and_mean_gradients_differ_by_n_but_vanish_at_the_same_point():
    target = torch.tensor(YS)
    grads = {}
    for reduction in ("mean", "sum"):
        pred = torch.tensor(PRED, requires_grad=True)
        F.mse_loss(pred, target, reduction=reduction).backward()
        grads[reduction] = pred.grad
    assert torch.allclose(grads["sum"], 4 * grads["mean"])
    for reduction in ("mean", "sum"):
        exact = target.clone().requires_grad_()
        loss = F.mse_loss(exact, target, reduction=reduction)
        loss.backward()
        assert loss.item() == 0.0 and torch.equal(exact.grad, torch.zeros(4))


def test_the_lectures_sum_of_squares_is_reduction_sum():
    ypred = [Value(v) for v in PRED]
    lecture_loss = sum((yout - ygt) ** 2 for ygt, yout in zip(YS, ypred))  # the lecture's line
    assert lecture_loss.data == pytest.approx(F.mse_loss(torch.tensor(PRED), torch.tensor(YS), reduction="sum").item())


def test_outlier_shares_as_printed(example):
    lines = example("mean_squared_error", "outlier").stdout.splitlines()
    errors = torch.tensor([1.0, -1.0, 1.0, -1.0, 6.0])
    squared = errors**2
    assert numbers(lines[1]) == [8.0, 90.0] and numbers(lines[2]) == [2.0, 60.0]
    assert squared.mean().item() == 8.0 and errors.abs().mean().item() == 2.0
    assert (squared[-1] / squared.sum()).item() == pytest.approx(0.9)
    assert (errors[-1].abs() / errors.abs().sum()).item() == pytest.approx(0.6)


def test_double_error_costs_four_times():
    assert F.mse_loss(torch.tensor([2.0]), torch.tensor([0.0])) == 4 * F.mse_loss(torch.tensor([1.0]), torch.tensor([0.0]))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(-100, 100), min_size=1, max_size=9), st.floats(-100, 100))
def test_one_constant_mse_is_smallest_at_the_mean_mae_at_the_median(targets, other):
    t = torch.tensor(targets, dtype=torch.float64)

    def mse(c):
        return ((t - c) ** 2).mean().item()

    def mae(c):
        return (t - c).abs().mean().item()

    mean, median = t.mean().item(), t.median().item()  # torch's median: the lower middle value for an even count
    assert mse(mean) <= mse(other) + 1e-9 * (1 + mse(other))
    assert mae(median) <= mae(other) + 1e-9 * (1 + mae(other))


def test_an_outlier_pulls_the_mean_not_the_median():
    targets = torch.tensor([1.0, 1.0, 1.0, 1.0, 11.0])
    constants = torch.linspace(0, 12, 1201)  # candidate constant predictions, step 0.01
    mse = ((targets[None, :] - constants[:, None]) ** 2).mean(dim=1)
    mae = (targets[None, :] - constants[:, None]).abs().mean(dim=1)
    assert constants[mse.argmin()].item() == pytest.approx(targets.mean().item(), abs=0.01)  # 3.0, pulled up
    assert constants[mae.argmin()].item() == pytest.approx(targets.median().item(), abs=0.01)  # 1.0


def test_pitfall_l2_norm_over_n_is_not_the_mse(example):
    printed = [numbers(line.split(":")[1])[0] for line in example("mean_squared_error", "pitfall").stdout.splitlines()]
    errors = torch.tensor([0.2, 0.4, 0.0, 0.8], dtype=torch.float64)
    mse = (errors**2).mean().item()
    wrong = torch.linalg.vector_norm(errors).item() / 4
    right = torch.linalg.vector_norm(errors).item() ** 2 / 4
    assert wrong != pytest.approx(mse, abs=1e-3)
    assert right == pytest.approx(mse, abs=1e-15)
    assert printed == pytest.approx([mse, wrong, right], abs=5e-5)
