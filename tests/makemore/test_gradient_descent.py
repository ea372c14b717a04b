"""gradient descent: the page's claims, checked against the closed form of the iterates."""

import math

import numpy as np
import pytest
import torch



def descend(lr: float, steps: int, start: float = 0.0) -> list[float]:
    """Gradient descent on (w - 3)**2 with autograd, as on the page; returns w after each step."""
    w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    path = []
    for _ in range(steps):
        loss = (w - 3) ** 2
        w.grad = None
        loss.backward()
        assert math.isclose(w.grad.item(), 2 * (w.item() - 3), abs_tol=1e-12)
        w.data += -lr * w.grad
        path.append(w.item())
    return path


@pytest.mark.parametrize("lr", [0.01, 0.1, 0.5, 0.9, 1.1])
def test_iterates_follow_the_closed_form(lr):
    path = descend(lr, 20)
    for t, w in enumerate(path, start=1):
        assert math.isclose(w, 3 - 3 * (1 - 2 * lr) ** t, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize("lr, converges", [(0.01, True), (0.1, True), (0.5, True), (0.9, True), (0.99, True),
                                           (1.01, False), (1.1, False), (1.5, False)])
def test_converges_exactly_for_learning_rates_between_0_and_1(lr, converges):
    final = descend(lr, 1000)[-1]
    assert (abs(final - 3) < 1e-6) == converges


def test_the_regimes_on_the_page():
    assert descend(0.5, 1) == [3.0]  # one step
    slow = descend(0.01, 20)
    assert abs(slow[-1] - 3) > 1.5  # still far after 20 steps
    oscillating = descend(0.9, 6)
    assert all((a - 3) * (b - 3) < 0 for a, b in zip(oscillating, oscillating[1:]))  # crosses the minimum every step
    diverging = descend(1.1, 20)
    assert all(abs(b - 3) > abs(a - 3) for a, b in zip(diverging, diverging[1:]))
    assert round(diverging[-1], 2) == -112.01


@pytest.mark.parametrize("lr", [0.1, 0.9])
def test_loss_goes_down_every_step_when_it_converges(lr):
    losses = [(w - 3) ** 2 for w in [0.0, *descend(lr, 20)]]
    assert all(b < a for a, b in zip(losses, losses[1:]))


def test_the_example_prints_the_closed_form_iterates(example):
    lines = example("gradient_descent").stdout.splitlines()
    for line, lr in zip(lines, [0.01, 0.1, 0.9, 1.1], strict=True):
        first_four = [round(3 - 3 * (1 - 2 * lr) ** t, 2) for t in range(1, 5)]
        head, last = line.split("   after 20 steps: ")
        assert head == f"lr={lr:<4}  w after steps 1-4: {first_four}"
        exact = 3 - 3 * (1 - 2 * lr) ** 20
        assert float(last) == pytest.approx(exact, rel=1e-5, abs=1e-4)  # the page computes in float32


def test_the_figure_plots_the_same_iterates(example):
    run = example("gradient_descent", "figure")
    paths = [line.get_ydata() for line in run.globals["ax"].get_lines()[:4]]
    for path, lr in zip(paths, [0.01, 0.1, 0.9, 1.05], strict=True):
        assert list(path) == pytest.approx([3 - 3 * (1 - 2 * lr) ** t for t in range(16)])


def test_a_small_enough_step_against_a_nonzero_gradient_lowers_the_loss():
    def loss(w):
        return w**4 - 3 * w**2 + w

    def grad(w):
        return 4 * w**3 - 6 * w + 1

    for w in np.linspace(-2, 2, 41):
        if abs(grad(w)) > 1e-9:
            assert loss(w - 1e-4 * grad(w)) < loss(w)
    stationary = np.roots([4, 0, -6, 1]).real  # gradient 0: the step is 0, the loss stays
    assert all(abs(grad(w)) < 1e-9 and w - 0.1 * grad(w) == pytest.approx(w) for w in stationary)


def test_different_starts_reach_different_local_minima(example):
    lines = example("gradient_descent", "local_minima").stdout.splitlines()
    critical = sorted(r.real for r in np.roots([4, 0, -6, 1]))  # where the derivative is 0
    ends = {}
    for line, start, valley in zip(lines, [2.0, -2.0], [critical[2], critical[0]], strict=True):
        w = float(line.split("w = ")[1].split(",")[0])
        assert w == round(valley, 3)  # the minimum of the valley it started in
        assert 12 * valley**2 - 6 > 0  # second derivative > 0: a minimum
        assert (start - critical[1]) * (valley - critical[1]) > 0  # the same side of the hump
        ends[start] = valley
    loss = {s: w**4 - 3 * w**2 + w for s, w in ends.items()}
    assert loss[-2.0] < loss[2.0]  # the start at +2 settled in the shallower valley
