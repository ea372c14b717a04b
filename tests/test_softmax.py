"""softmax: the page's claims, checked."""

import pytest
import torch
import torch.nn.functional as F

from glossary_examples import softmax  # noqa: F401  (imports run the example, as the page did)


@pytest.mark.parametrize("logits", [[2.0, 1.0, 0.1], [-3.0, 0.0, 3.0, 10.0], [0.0] * 27])
def test_outputs_are_positive_and_sum_to_one(logits):
    probs = F.softmax(torch.tensor(logits), dim=0)
    assert (probs > 0).all()
    assert probs.sum().item() == pytest.approx(1.0, abs=1e-6)


def test_adding_a_constant_changes_nothing():
    logits = torch.tensor([2.0, 1.0, 0.1])
    assert torch.allclose(F.softmax(logits, dim=0), F.softmax(logits + 100, dim=0))


def test_by_hand_formula_matches_and_larger_score_gets_larger_share():
    logits = torch.tensor([2.0, 1.0, 0.1])
    by_hand = logits.exp() / logits.exp().sum()
    assert torch.allclose(by_hand, F.softmax(logits, dim=0))
    assert by_hand.argsort().tolist() == logits.argsort().tolist()


def test_large_scores_do_not_overflow_in_f_softmax_but_do_by_hand():
    big = torch.tensor([1000.0, 0.0])
    assert torch.isnan(big.exp() / big.exp().sum()).any()
    assert torch.equal(F.softmax(big, dim=0), torch.tensor([1.0, 0.0]))
