"""maximum likelihood estimation (MLE): the page's claims, checked."""

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities  # noqa: E402
from glossary_examples.makemore.data import load_names  # noqa: E402

WORDS = load_names()
N = count_matrix(WORDS)
XS, YS = encode(WORDS)


def run_region(name: str) -> dict:
    return region_globals("maximum_likelihood_estimation", name)


def test_coin_example_finds_seven_tenths(capsys):
    run_region("example")
    out = capsys.readouterr().out
    assert "p with the largest likelihood: 0.7" in out and "p with the lowest NLL:         0.7" in out
    for q in (0.5, 0.7, 0.9):  # the printed values, by closed form
        likelihood = q**7 * (1 - q) ** 3
        nll = -(7 * math.log(q) + 3 * math.log(1 - q)) / 10
        assert f"p = {q}: likelihood {likelihood:.5f}, NLL {nll:.4f}" in out


@pytest.mark.parametrize("heads, flips", [(7, 10), (1, 4), (30, 31), (5, 10)])
def test_the_coin_mle_is_the_observed_frequency(heads, flips):
    p = torch.linspace(0.001, 0.999, 999, dtype=torch.float64)
    nll = -(heads * p.log() + (flips - heads) * (1 - p).log()) / flips
    assert p[nll.argmin()].item() == pytest.approx(heads / flips, abs=1e-3)
    q = heads / flips  # the derivative of the NLL is 0 there
    assert -(heads / q - (flips - heads) / (1 - q)) / flips == pytest.approx(0, abs=1e-9)


def test_figure_marks_the_minimum():
    plt.close("all")
    ns = run_region("figure")
    assert ns["p"][ns["nll"].argmin()].item() == pytest.approx(0.7)
    assert plt.gcf().axes[0].get_xlabel() and plt.gcf().axes[0].get_ylabel()
    plt.close("all")


def test_moving_probability_in_row_e_raises_the_nll(capsys):
    ns = run_region("bigram")
    out = capsys.readouterr().out
    assert "normalised counts:  NLL 2.33457" in out
    assert "move +0.05 from '.' to 'l' after 'e': NLL 2.33583" in out
    assert "move -0.05 from '.' to 'l' after 'e': NLL 2.33611" in out
    assert "+1 smoothing:       NLL 2.34228" in out
    assert torch.allclose(ns["Q"].sum(1), torch.ones(27))  # the perturbed table is still a table


def test_any_perturbation_of_any_row_raises_the_nll():
    P = probabilities(N).double()
    best = -P[XS, YS].log().mean()
    g = torch.Generator().manual_seed(0)
    for row in range(27):
        noise = torch.rand(27, generator=g, dtype=torch.float64) * (N[row] > 0)
        Q = P.clone()
        Q[row] = 0.9 * P[row] + 0.1 * noise / noise.sum()  # still sums to 1, still > 0 where seen
        assert -Q[XS, YS].log().mean() > best


def test_normalised_counts_are_a_stationary_point_of_the_neural_loss():
    # In the neural parametrisation P = softmax(W), the gradient of the NLL is 0 at W = log(counts).
    W = N.double().clamp(min=1e-30).log().requires_grad_()
    nll = -F.log_softmax(W, dim=1)[XS, YS].mean()
    nll.backward()
    assert W.grad.abs().max() < 1e-12


def test_smoothing_and_unseen_bigrams():
    assert average_nll(probabilities(N, k=1), XS, YS) > average_nll(probabilities(N), XS, YS)
    xs, ys = encode(["andrej"])  # 'j.' never occurs in the census names
    assert math.isinf(average_nll(probabilities(N), xs, ys))
