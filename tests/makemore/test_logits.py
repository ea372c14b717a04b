"""logits: the page's claims, checked."""

import math

import numpy as np
import torch
import torch.nn.functional as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))


def printed(stdout: str) -> dict[str, str]:
    return dict(line.split(":", 1) for line in stdout.splitlines())


def test_the_example_row_is_w_0_and_its_softmax_matches_float64(example):
    run = example("logits")
    logits = run.globals["logits"]
    assert torch.equal(logits[0], W[0])  # one-hot of '.' selects row 0
    out = printed(run.stdout)
    assert out["negative logits"].strip() == f"{(W[0] < 0).sum().item()} of 27" == "13 of 27"
    assert out["all counts > 0"].strip() == "True"
    exact = np.exp(W[0].double().numpy()) / np.exp(W[0].double().numpy()).sum()
    assert np.allclose(run.globals["probs"][0].numpy(), exact, rtol=1e-6, atol=0)
    assert out["equal to F.softmax up to rounding"].strip() == "True"
    assert float(out["sum of probs"]) == 1.0
    offsets = [float(x) for x in out["log(probs) - logits"].strip()[8:-2].split(",")]
    assert offsets == [round(-np.log(np.exp(W[0].double().numpy()).sum()), 4)] * 5  # one number for the row


def test_exp_then_normalize_is_softmax_and_sums_to_one():
    logits = torch.randn((5, 27), generator=torch.Generator().manual_seed(1))
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdim=True)
    assert torch.allclose(probs, F.softmax(logits, dim=1))
    assert torch.allclose(probs.sum(1), torch.ones(5))
    expected = np.exp(logits.double().numpy()) / np.exp(logits.double().numpy()).sum(1, keepdims=True)
    assert np.allclose(probs.numpy(), expected, atol=1e-6)


def test_log_probability_is_logit_minus_the_rows_logsumexp():
    logits = torch.randn((5, 27), generator=torch.Generator().manual_seed(2))
    offset = F.softmax(logits, dim=1).log() - logits
    assert torch.allclose(offset, offset[:, :1].expand(5, 27), atol=1e-5)  # one constant per row
    assert torch.allclose(offset[:, 0], -logits.logsumexp(1), atol=1e-5)
    assert torch.allclose(F.log_softmax(logits, dim=1), logits - logits.logsumexp(1, keepdim=True), atol=1e-6)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(-20, 20), min_size=2, max_size=27), st.floats(-100, 100))
def test_adding_a_constant_to_a_row_changes_no_probability_up_to_rounding(row, c):
    logits = torch.tensor([row])
    assert torch.allclose(F.softmax(logits + c, dim=1), F.softmax(logits, dim=1), rtol=1e-4, atol=1e-7)


def test_but_not_a_constant_that_swamps_the_logits():
    logits = torch.tensor([[-2.0, 0.0, 3.0]])
    assert torch.equal(F.softmax(logits + 1e9, dim=1), torch.full((1, 3), 1 / 3))  # -2, 0, 3 round away


def test_logit_differences_are_log_odds():
    logits = torch.tensor([-2.0, 0.0, 1.0, 3.0], dtype=torch.float64)
    p = F.softmax(logits, dim=0)
    for i in range(4):
        for j in range(4):
            assert math.isclose((logits[i] - logits[j]).item(), math.log(p[i] / p[j]), abs_tol=1e-12)


def test_two_classes_logit_is_the_statistical_logit_of_sigmoid():
    for z in [-3.0, -0.5, 0.0, 2.0]:
        p = F.softmax(torch.tensor([z, 0.0], dtype=torch.float64), dim=0)[0].item()
        assert math.isclose(p, torch.sigmoid(torch.tensor(z, dtype=torch.float64)).item(), rel_tol=1e-12)
        assert math.isclose(math.log(p / (1 - p)), z, abs_tol=1e-12)


def test_cross_entropy_takes_logits_directly():
    logits = torch.randn((4, 27), generator=torch.Generator().manual_seed(3))
    ys = torch.tensor([5, 13, 13, 1])
    probs = logits.exp() / logits.exp().sum(1, keepdim=True)
    manual = -probs[torch.arange(4), ys].log().mean()
    assert torch.allclose(F.cross_entropy(logits, ys), manual, atol=1e-6)
    big = torch.tensor([[1000.0, 0.0]])  # exp overflows by hand, cross_entropy does not
    assert torch.isnan(big.exp() / big.exp().sum()).any()
    assert F.cross_entropy(big, torch.tensor([0])).item() == 0.0
    assert math.isclose(F.cross_entropy(big, torch.tensor([1])).item(), 1000.0)
    assert math.isnan(F.cross_entropy(torch.tensor([[math.inf, 0.0]]), torch.tensor([0])).item())  # only finite ones


def test_pitfall_dividing_logits_by_their_sum_is_not_a_distribution(example):
    run = example("logits", "pitfall")
    wrong, right = run.globals["wrong"], run.globals["right"]
    assert torch.allclose(wrong, torch.tensor([-1.0, 0.0, 0.5, 1.5]))
    assert (wrong < 0).any() and (wrong > 1).any()  # one negative, one above 1
    assert wrong.sum().item() == 1.0
    assert (right > 0).all() and (right < 1).all()
    assert right.argsort().tolist() == run.globals["logits"].argsort().tolist()  # the order of the logits is kept
    zero_sum = torch.tensor([-1.0, 0.0, 1.0])
    assert not torch.isfinite(zero_sum / zero_sum.sum()).all()  # "sum to 1" needs a sum that is not 0


def test_the_figure_shows_row_0_and_its_softmax(example):
    run = example("logits", "figure")
    top, bottom = run.globals["top"], run.globals["bottom"]
    assert [bar.get_height() for bar in top.patches] == pytest.approx(W[0].tolist())
    assert [bar.get_height() for bar in bottom.patches] == pytest.approx(F.softmax(W[0], 0).tolist())
