"""cross-entropy backward (dlogits): the page's claims, checked."""

import re

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st


def formula(logits, Y):
    return (F.softmax(logits, 1) - F.one_hot(Y, logits.shape[1]).to(logits.dtype)) / logits.shape[0]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(1, 20), classes=st.integers(1, 30), scale=st.floats(0, 50), seed=st.integers(0, 2**31),
       reduction=st.sampled_from(["mean", "sum"]))
def test_softmax_minus_one_hot_over_n_is_the_gradient_and_rows_sum_to_0(n, classes, scale, seed, reduction):
    g = torch.Generator().manual_seed(seed)
    logits = (torch.randn(n, classes, generator=g, dtype=torch.float64) * scale).requires_grad_()
    Y = torch.randint(0, classes, (n,), generator=g)
    F.cross_entropy(logits, Y, reduction=reduction).backward()
    mine = formula(logits.detach(), Y) * (n if reduction == "sum" else 1)  # "sum": no division by n
    assert torch.allclose(mine, logits.grad, atol=1e-12)
    assert torch.allclose(mine.sum(1), torch.zeros(n, dtype=torch.float64), atol=1e-12)


def test_huge_logits_give_no_nan_and_a_certain_right_prediction_gets_zero_gradient():
    logits = torch.tensor([[1000.0, 0.0, -5.0], [0.0, 1000.0, 3.0]], requires_grad=True)
    Y = torch.tensor([0, 2])
    F.cross_entropy(logits, Y).backward()
    assert torch.isfinite(logits.grad).all()
    assert torch.equal(logits.grad[0], torch.zeros(3))  # target already has probability 1
    assert torch.allclose(logits.grad[1], torch.tensor([0.0, 0.5, -0.5]))  # certain and wrong: +1, -1, over n


def test_the_example_matches_autograd_and_prints_p_minus_1(example):
    ran = example("cross_entropy_backward")
    g = ran.globals
    assert "same as (softmax - one_hot) / n: True" in ran.stdout
    diff = float(re.search(r"max difference from autograd: (\S+)", ran.stdout)[1])
    assert diff < 1e-7 and torch.allclose(g["dlogits"], g["logits"].grad)
    d, p = (float(v) for v in re.search(r"n \* dlogits = (\S+) = p - 1, with p = (\S+)", ran.stdout).groups())
    assert d == pytest.approx(p - 1, abs=2e-4)


def test_a_step_along_dlogits_leaves_each_rows_sum_of_logits_unchanged(example):
    g = example("cross_entropy_backward").globals
    logits = g["logits"].detach().double()
    stepped = logits - 10.0 * g["dlogits"].double()
    assert torch.allclose(stepped.sum(1), logits.sum(1), atol=1e-5)


def test_the_figure_is_darkest_at_each_rows_target(example):
    ran = example("cross_entropy_backward", "figure")
    dlogits, Y = ran.globals["dlogits"], ran.globals["Y"]
    assert torch.equal(dlogits.argmin(1), Y)  # pulled up: the only negative entry of each row
    assert ((dlogits < 0).sum(1) == 1).all()
    assert len(ran.figures) == 1


def test_a_step_on_the_weights_of_an_mlp_can_change_the_row_sums_of_the_logits():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(8, 5, generator=g, dtype=torch.float64)
    W1 = torch.randn(5, 16, generator=g, dtype=torch.float64, requires_grad=True)
    W2 = torch.randn(16, 27, generator=g, dtype=torch.float64, requires_grad=True)
    Y = torch.randint(0, 27, (8,), generator=g)
    logits = torch.tanh(x @ W1) @ W2
    F.cross_entropy(logits, Y).backward()
    with torch.no_grad():
        after = torch.tanh(x @ (W1 - W1.grad)) @ (W2 - W2.grad)
    assert (after.sum(1) - logits.sum(1)).abs().max() > 1e-3


def test_the_gradient_shrinks_towards_0_as_the_target_probability_goes_to_1():
    sizes, probs = [], []
    for margin in [1.0, 5.0, 20.0, 200.0]:
        logits = torch.tensor([[margin, 0.0, 0.0]], dtype=torch.float64, requires_grad=True)
        F.cross_entropy(logits, torch.tensor([0])).backward()
        sizes.append(logits.grad.abs().max().item())
        probs.append(torch.softmax(logits.detach(), 1)[0, 0].item())
    assert probs == sorted(probs) and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] < 1e-80  # p rounds to 1 here; the others' e**-200 is what is left
