"""negative log likelihood (NLL): the page's claims, checked against float64 sums of closed-form logs."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.counts import average_nll, count_matrix, encode
from glossary_examples.makemore.data import load_names, stoi

WORDS = load_names()
N = count_matrix(WORDS).double()
XS, YS = encode(WORDS)
SMOOTHED = (N + 1) / (N + 1).sum(1, keepdim=True)  # float64 closed form of the page's table
PLAIN = N / N.sum(1, keepdim=True)


def test_emma_term_by_term(example):
    lines = example("negative_log_likelihood").stdout.splitlines()
    chs = ".emma."
    terms = []
    for line, (a, b) in zip(lines, zip(chs, chs[1:])):
        p = SMOOTHED[stoi[a], stoi[b]].item()
        terms.append(-math.log(p))
        assert line == f"{a}{b}: p = {p:.4f}   -log p = {-math.log(p):.4f}"
    assert lines[5] == f"average NLL of emma: {math.fsum(terms) / len(terms):.4f}"


def test_the_corpus_nll_by_hand_and_by_f_nll_loss(example):
    lines = example("negative_log_likelihood").stdout.splitlines()
    exact = -math.fsum(math.log(p) for p in SMOOTHED[XS, YS].tolist()) / len(XS)
    assert lines[6] == f"average NLL of the corpus: {exact:.4f}"
    assert lines[7] == f"F.nll_loss(log-probs):     {exact:.4f}"


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(1e-30, 1.0), min_size=1, max_size=30))
def test_zero_only_when_every_target_has_probability_one(probs):
    nll = -math.fsum(math.log(p) for p in probs) / len(probs)
    assert nll >= 0 and (nll == 0) == all(p == 1 for p in probs)


def test_infinite_as_soon_as_one_target_has_probability_zero(example):
    assert -torch.tensor([0.5, 0.0]).log().mean() == math.inf
    lines = example("negative_log_likelihood", "pitfall").stdout.splitlines()
    assert lines[1] == "NLL of andrej, unsmoothed: inf"
    assert N[stoi["j"], 0] == 0  # no census name ends in 'j'
    xs, ys = encode(["andrej"])
    assert [round(p, 4) for p in PLAIN[xs, ys].tolist()] == eval(lines[0].split(": ", 1)[1])
    assert math.isfinite(average_nll(SMOOTHED.float(), xs, ys))  # smoothing fixes it


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 26), st.integers(0, 26)), min_size=1, max_size=100))
def test_a_uniform_model_scores_log_v_on_any_targets(pairs):
    xs, ys = torch.tensor(pairs).T
    assert average_nll(torch.full((27, 27), 1 / 27), xs, ys) == pytest.approx(math.log(27), abs=1e-6)


def test_pitfall_nll_loss_on_probabilities_is_minus_the_mean_probability(example):
    lines = example("negative_log_likelihood", "pitfall").stdout.splitlines()
    xs, ys = encode(["emma"])
    picked = PLAIN[xs, ys]
    assert lines[2] == f"F.nll_loss(probs)     (wrong): {-picked.mean().item():.4f}"  # picks and negates
    assert lines[3] == f"F.nll_loss(log probs) (right): {-picked.log().mean().item():.4f}"
    assert -picked.mean() < 0 < -picked.log().mean()


def test_f_nll_loss_equals_f_cross_entropy_on_log_probabilities():
    log_p = SMOOTHED.float()[XS].log()
    assert torch.allclose(F.nll_loss(log_p, YS), F.cross_entropy(log_p, YS))  # rows of log P are log-softmaxed


def test_the_figure_minus_log_p_falls_to_zero_at_one(example):
    p = example("negative_log_likelihood", "figure").globals["p"]
    y = -p.log()
    assert (y.diff() < 0).all() and y[-1] == 0 and p.min() > 0
