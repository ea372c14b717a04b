"""loss: the page's claims, checked."""

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, mlp, numbers, torch_forward, torch_layers, torch_train


def sse(ypred):
    return sum((p - y) ** 2 for p, y in zip(ypred, YS))


def test_the_printed_errors_and_losses_are_the_same_training_in_torch(example):
    lines = example("loss").stdout.splitlines()
    start = torch_forward(torch_layers(mlp(42)))  # the region's network: random.seed(42)
    expected_errors = ((start - torch.tensor(YS, dtype=torch.float64)) ** 2).tolist()
    assert numbers(lines[0]) == pytest.approx(expected_errors, abs=5e-5)
    _, losses = torch_train(mlp(42), 0.05, 5)
    assert [numbers(line)[1] for line in lines[1:]] == pytest.approx(losses, abs=5e-5)
    assert losses == sorted(losses, reverse=True)  # each step lowers it
    assert sum(expected_errors) == pytest.approx(losses[0], abs=1e-12)  # the loss is the sum of the errors


def test_micrograd_loss_is_the_sum_of_squared_errors_as_torch_computes_it():
    n = mlp(42)
    L = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
    ypred = torch.tensor([n(x).data for x in XS], dtype=torch.float64)
    ys = torch.tensor(YS, dtype=torch.float64)
    assert L.data == pytest.approx(F.mse_loss(ypred, ys, reduction="sum").item(), abs=1e-12)
    assert L.data == pytest.approx(4 * F.mse_loss(ypred, ys).item(), abs=1e-12)  # the mean, times 4


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.floats(-1e3, 1e3), min_size=4, max_size=4))
def test_never_negative_and_zero_only_at_the_targets(ypred):
    loss = sse(ypred)
    assert loss >= 0
    if any(abs(p - y) > 1e-150 for p, y in zip(ypred, YS)):
        assert loss > 0


def test_in_floating_point_a_tiny_error_squares_to_zero():
    prediction, target = 1.5e-162, 0.0
    assert prediction != target and (prediction - target) ** 2 == 0.0  # a wrong prediction, loss exactly 0
    assert (1.6e-162 - target) ** 2 > 0.0


def test_too_high_or_too_low_cost_the_same_and_twice_the_error_four_times_as_much():
    assert sse([1.5, -1, -1, 1]) == sse([0.5, -1, -1, 1]) == 0.25
    assert sse([2.0, -1, -1, 1]) == 4 * sse([1.5, -1, -1, 1])


def test_small_steps_lower_the_loss_too_large_ones_can_raise_it():
    for lr, lowered in [(0.01, True), (0.05, True), (2.0, False)]:
        _, losses = torch_train(mlp(42), lr, 2)
        assert (losses[1] < losses[0]) == lowered


def test_backward_gives_the_slope_of_the_loss_for_each_parameter():
    n = mlp(42)
    L = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
    n.zero_grad()
    L.backward()
    h = 1e-6
    for p in n.parameters()[::7]:  # a few of the 41 parameters
        p.data += h
        up = sum((n(x) - y) ** 2 for x, y in zip(XS, YS)).data
        p.data -= 2 * h
        down = sum((n(x) - y) ** 2 for x, y in zip(XS, YS)).data
        p.data += h
        assert p.grad == pytest.approx((up - down) / (2 * h), abs=1e-5)


def test_backward_needs_a_single_number_in_torch(example):
    lines = example("loss", "scalar").stdout.splitlines()
    ypred = torch.tensor([0.7, 0.5, 0.7, 0.9], requires_grad=True)
    ys = torch.tensor(YS)
    errors = (ypred - ys) ** 2
    with pytest.raises(RuntimeError, match="grad can be implicitly created only for scalar outputs") as err:
        errors.backward()
    assert lines[0] == f"RuntimeError: {err.value}"
    total = errors.sum()
    total.backward()
    assert numbers(lines[1])[0] == pytest.approx(total.item(), abs=5e-5) and total.dim() == 0
    assert numbers(lines[2]) == pytest.approx((2 * (ypred.detach() - ys)).tolist(), abs=5e-5)
    one = torch.tensor([0.7], requires_grad=True)
    ((one - 1.0) ** 2).backward()  # a single element is accepted
    assert one.grad.item() == pytest.approx(2 * (0.7 - 1.0))


def test_sum_of_values_needs_radd_or_a_value_to_start_from(example):
    lines = example("loss", "radd").stdout.splitlines()
    values = [Value(e) for e in (0.25, 0.0625, 1.0)]
    assert sum(values).data == numbers(lines[0])[0] == numbers(lines[2])[0] == 1.3125
    assert "unsupported operand type(s) for +: 'int'" in lines[1]
    assert (0 + values[0]).data == 0.25  # int + Value: Python calls Value.__radd__


def test_the_plotted_loss_falls_at_every_step_as_in_torch(example):
    plotted = example("loss", "figure").globals["losses"]
    _, losses = torch_train(mlp(42), 0.05, 40)
    assert plotted == pytest.approx(losses, rel=1e-9)
    assert all(after < before for before, after in zip(plotted, plotted[1:]))
