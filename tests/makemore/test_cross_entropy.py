"""cross-entropy: the page's claims, checked."""

import math

import pytest
import torch
import torch.nn.functional as F

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore import counts, neural
from glossary_examples.makemore.data import load_names


def run_region(name: str) -> dict:
    return region_globals("cross_entropy", name)


def test_example_hand_written_softmax_and_nll_equal_f_cross_entropy(capsys):
    ns = run_region("example")
    out = capsys.readouterr().out
    assert torch.allclose(ns["nll"], ns["loss"])
    assert "equal: True" in out
    assert torch.allclose(ns["loss"], F.nll_loss(F.log_softmax(ns["logits"], dim=1), ns["ys"]))


def test_on_the_whole_corpus_f_cross_entropy_equals_the_neural_models_nll():
    xs, ys = counts.encode(load_names())
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    xenc = F.one_hot(xs, num_classes=27).float()
    by_hand = -neural.forward(W, xenc)[torch.arange(len(xs)), ys].log().mean()
    assert torch.allclose(F.cross_entropy(xenc @ W, ys), by_hand)


def test_with_a_one_hot_target_it_is_minus_log_q_of_the_class():
    q = torch.tensor([0.2, 0.5, 0.3])
    p = torch.tensor([0.0, 1.0, 0.0])
    h = -(p * q.log()).sum()
    assert torch.allclose(h, -q[1].log())


def test_cross_entropy_is_smallest_when_q_equals_p():
    g = torch.Generator().manual_seed(0)
    for _ in range(100):
        p = torch.rand(5, generator=g, dtype=torch.float64)
        p /= p.sum()
        q = torch.rand(5, generator=g, dtype=torch.float64)
        q /= q.sum()
        assert -(p * q.log()).sum() >= -(p * p.log()).sum()


def test_probabilities_instead_of_logits_give_a_silently_wrong_loss(capsys):
    run_region("pitfall")
    out = capsys.readouterr().out
    logits = torch.tensor([[2.0, 1.0, 0.1]])
    y = torch.tensor([0])
    probs = F.softmax(logits, dim=1)
    right, wrong = F.cross_entropy(logits, y), F.cross_entropy(probs, y)
    assert right.item() == pytest.approx(-math.log(probs[0, 0].item()), abs=1e-6)
    assert torch.allclose(wrong, -F.softmax(probs, dim=1)[0, 0].log())  # softmax applied twice
    assert abs(wrong - right) > 0.3
    assert f"F.cross_entropy(logits, y): {right.item():.4f}  (right)" in out
    assert f"F.cross_entropy(probs, y):  {wrong.item():.4f}  (wrong)" in out


def test_large_logits_overflow_by_hand_but_not_in_f_cross_entropy(capsys):
    run_region("pitfall")
    out = capsys.readouterr().out
    big = torch.tensor([[200.0, 100.0, 10.0]])
    y = torch.tensor([0])
    assert torch.isnan(-(big.exp() / big.exp().sum(1, keepdim=True))[0, y].log()).all()
    assert F.cross_entropy(big, y).item() == 0.0  # exact answer is about e**-100
    assert "by hand with large logits: nan" in out and "F.cross_entropy:           0.0" in out
