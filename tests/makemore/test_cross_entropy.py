"""cross-entropy: the page's claims, checked against float64 closed forms."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import counts, neural
from glossary_examples.makemore.data import load_names


def test_the_example_hand_written_nll_and_f_cross_entropy_agree_with_float64(example):
    run = example("cross_entropy")
    logits, ys = run.globals["logits"].double(), run.globals["ys"]
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)  # float64 log-softmax
    exact = -log_probs[torch.arange(5), ys].mean().item()
    lines = run.stdout.splitlines()
    assert lines[0] == f"softmax + NLL by hand: {exact:.4f}"
    assert lines[1] == f"F.cross_entropy:       {exact:.4f}"
    assert abs(run.globals["nll"].item() - exact) < 1e-6 and abs(run.globals["loss"].item() - exact) < 1e-6
    assert lines[2] == "equal up to rounding: True"


def test_on_the_whole_corpus_f_cross_entropy_is_the_neural_models_average_nll():
    xs, ys = counts.encode(load_names())
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    xenc = F.one_hot(xs, num_classes=27).float()
    by_hand = -neural.forward(W, xenc)[torch.arange(len(xs)), ys].log().mean()
    assert torch.allclose(F.cross_entropy(xenc @ W, ys), by_hand)


def simplex(n):
    return st.lists(st.floats(0.01, 1.0), min_size=n, max_size=n).map(lambda w: np.array(w) / sum(w))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(simplex(5), simplex(5))
def test_for_a_fixed_target_it_is_smallest_when_q_equals_p(p, q):
    assert -(p * np.log(q)).sum() >= -(p * np.log(p)).sum() - 1e-12


@settings(max_examples=100, deadline=None, derandomize=True)
@given(simplex(5), st.integers(0, 4))
def test_with_a_one_hot_target_it_is_minus_log_q_of_the_class(q, y):
    p = np.eye(5)[y]
    terms = np.where(p > 0, -p * np.log(q), 0.0)  # 0 * log q counts as 0
    assert math.isclose(terms.sum(), -math.log(q[y]), rel_tol=1e-12)


def test_it_takes_int64_class_indices():
    logits = torch.randn((3, 4), generator=torch.Generator().manual_seed(0))
    assert F.cross_entropy(logits, torch.tensor([1, 2, 3])).dtype == torch.float32  # int64 indices
    with pytest.raises(RuntimeError):
        F.cross_entropy(logits, torch.tensor([1, 2, 3], dtype=torch.int32))


def test_probabilities_instead_of_logits_give_a_silently_wrong_loss(example):
    run = example("cross_entropy", "pitfall")
    probs, right, wrong = run.globals["probs"], run.globals["right"], run.globals["wrong"]
    assert math.isclose(right.item(), -math.log(probs[0, 0].item()), abs_tol=1e-6)
    assert torch.allclose(wrong, -F.softmax(probs, dim=1)[0, 0].log())  # softmax applied twice
    assert wrong - right > 0.3
    lines = run.stdout.splitlines()
    assert lines[1].startswith(f"F.cross_entropy(logits, y): {right.item():.4f}")
    assert lines[2].startswith(f"F.cross_entropy(probs, y):  {wrong.item():.4f}")


def test_large_finite_logits_overflow_by_hand_but_not_in_f_cross_entropy(example):
    run = example("cross_entropy", "pitfall")
    assert math.isnan(run.globals["by_hand"].item())  # exp(200) is inf in float32: inf / inf
    assert F.cross_entropy(run.globals["big"], run.globals["y"]).item() == 0.0  # exact: about e**-100
    assert math.isclose(F.cross_entropy(torch.tensor([[1e38, -1e38]]), torch.tensor([1])).item(), 2e38, rel_tol=1e-6)
    assert math.isnan(F.cross_entropy(torch.tensor([[math.inf, 0.0]]), torch.tensor([0])).item())  # inf is not finite
