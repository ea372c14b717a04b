"""negative log likelihood (NLL): the page's claims, checked."""

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities  # noqa: E402
from glossary_examples.makemore.data import load_names, stoi  # noqa: E402

WORDS = load_names()
N = count_matrix(WORDS)
XS, YS = encode(WORDS)


def run_region(name: str) -> dict:
    return region_globals("negative_log_likelihood", name)


def test_emma_term_by_term_matches_float64_by_hand(capsys):
    run_region("example")
    out = capsys.readouterr().out
    rows = N.double() + 1
    chs = ".emma."
    terms = [-math.log(rows[stoi[a], stoi[b]].item() / rows[stoi[a]].sum().item()) for a, b in zip(chs, chs[1:])]
    assert f"em: p = 0.0179   -log p = {terms[1]:.4f}" in out
    assert f"average NLL of emma: {sum(terms) / len(terms):.4f}" in out
    assert "average NLL of the corpus: 2.3423" in out and "F.nll_loss(log-probs):     2.3423" in out


def test_manual_nll_equals_f_nll_loss_and_f_cross_entropy():
    P = probabilities(N, k=1)
    manual = -P[XS, YS].log().mean()
    assert torch.allclose(manual, F.nll_loss(P[XS].log(), YS))
    assert torch.allclose(manual, F.cross_entropy(P[XS].log(), YS))  # rows of log P are already log-softmaxed


def test_zero_only_when_every_target_has_probability_one():
    assert -math.log(1.0) == 0
    assert -torch.ones(5).log().mean() == 0
    assert -torch.tensor([1.0, 1.0, 0.99]).log().mean() > 0


def test_infinite_when_a_target_has_probability_zero(capsys):
    assert -torch.tensor([0.5, 0.0]).log().mean() == math.inf
    run_region("pitfall")
    out = capsys.readouterr().out
    assert "NLL of andrej, unsmoothed: inf" in out
    assert N[stoi["j"], 0] == 0  # no census name ends in 'j'
    xs, ys = encode(["andrej"])
    assert math.isinf(average_nll(probabilities(N), xs, ys))
    assert math.isfinite(average_nll(probabilities(N, k=1), xs, ys))  # smoothing fixes it


def test_uniform_model_scores_log_v():
    assert round(-math.log(1 / 27), 4) == 3.2958
    assert average_nll(torch.full((27, 27), 1 / 27), XS, YS) == pytest.approx(math.log(27), abs=1e-5)


def test_pitfall_nll_loss_on_probabilities_is_minus_the_mean_probability(capsys):
    run_region("pitfall")
    out = capsys.readouterr().out
    P = probabilities(N)
    xs, ys = encode(["emma"])
    wrong = F.nll_loss(P[xs], ys)
    right = F.nll_loss(P[xs].log(), ys)
    assert torch.allclose(wrong, -P[xs, ys].mean())  # F.nll_loss only picks and negates
    assert wrong < 0 < right
    assert f"(wrong): {wrong.item():.4f}" in out and f"(right): {right.item():.4f}" in out


def test_nll_is_minus_log_likelihood_over_n():
    P = probabilities(N, k=1)
    assert average_nll(P, XS, YS) == pytest.approx(-P[XS, YS].double().log().sum().item() / len(XS), abs=1e-5)


def test_figure_minus_log_p_decreases_to_zero_at_one():
    plt.close("all")
    ns = run_region("figure")
    p = ns["p"]
    y = -p.log()
    assert (y.diff() < 0).all() and y[-1] == 0 and p.min() > 0
    assert plt.gcf().axes[0].get_xlabel() and plt.gcf().axes[0].get_ylabel()
    plt.close("all")
