"""softmax: the page's claims, checked."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F



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


def test_the_example_prints_the_softmax_of_its_logits_three_ways_and_a_unit_sum(example):
    rows = dict(line.split(": ", 1) for line in example("softmax").stdout.splitlines())
    assert list(rows) == ["by hand", "F.softmax", "sum", "shifted by +100"]
    z = np.array([2.0, 1.0, 0.1])
    closed_form = np.exp(z) / np.exp(z).sum()
    printed = [float(x) for x in rows["F.softmax"].strip().removeprefix("tensor([").removesuffix("])").split(",")]
    assert printed == pytest.approx(closed_form, abs=5e-5)  # printed with 4 decimals
    assert rows["by hand"].strip() == rows["F.softmax"].strip() == rows["shifted by +100"].strip()
    assert float(rows["sum"]) == pytest.approx(1.0, abs=1e-6)


def test_the_figure_shows_the_logits_left_and_their_softmax_right(example):
    figure = example("softmax", "figure").globals
    left, right = figure["left"], figure["right"]
    assert left.get_title() == "logits (any real number)"
    assert right.get_title() == "softmax (positive, sums to 1)"
    for axes in (left, right):
        assert [label.get_text() for label in axes.get_xticklabels()] == ["a", "b", "c"]
    assert [bar.get_height() for bar in left.patches] == pytest.approx([2.0, 1.0, 0.1])
    shares = [bar.get_height() for bar in right.patches]
    assert all(h > 0 for h in shares) and sum(shares) == pytest.approx(1.0, abs=1e-6)
    assert shares == pytest.approx(F.softmax(torch.tensor([2.0, 1.0, 0.1]), dim=0).tolist())
