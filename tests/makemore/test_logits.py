"""logits: the page's claims, checked."""

import math

import numpy as np
import torch
import torch.nn.functional as F

from glossary_examples import logits as logits_term  # noqa: F401  (imports run the examples, as the page did)

W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))


def test_makemore_logits_can_be_negative_and_their_exp_is_positive():
    xenc = F.one_hot(torch.tensor([0]), num_classes=27).float()
    logits = xenc @ W
    assert torch.equal(logits[0], W[0])
    assert (logits < 0).sum().item() == 13
    assert (logits.exp() > 0).all()


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


def test_adding_a_constant_to_a_row_changes_no_probability():
    logits = torch.tensor([[-2.0, 0.0, 3.0]])
    for c in [-50.0, 1.0, 100.0]:
        assert torch.allclose(F.softmax(logits + c, dim=1), F.softmax(logits, dim=1))


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


def test_pitfall_dividing_logits_by_their_sum_is_not_a_distribution():
    logits = torch.tensor([-2.0, 0.0, 1.0, 3.0])
    wrong = logits / logits.sum()
    right = logits.exp() / logits.exp().sum()
    assert torch.allclose(wrong, torch.tensor([-1.0, 0.0, 0.5, 1.5]))
    assert (wrong < 0).any() and (wrong > 1).any()
    assert (right > 0).all() and (right < 1).all()
    assert math.isclose(right.sum().item(), 1.0, rel_tol=1e-6)
    assert right.argsort().tolist() == logits.argsort().tolist()  # the order of the logits is kept
