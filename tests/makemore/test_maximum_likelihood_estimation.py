"""maximum likelihood estimation (MLE): the page's claims, checked by closed forms and perturbations."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities
from glossary_examples.makemore.data import itos, load_names, stoi

WORDS = load_names()
N = count_matrix(WORDS)
XS, YS = encode(WORDS)
MLE = N.double() / N.double().sum(1, keepdim=True)


def nll(table: torch.Tensor) -> float:
    return -table.double()[XS, YS].log().mean().item()


def nll_from_counts(table: torch.Tensor) -> float:
    """The same average NLL from the count table: sum over cells of N * log P (cells never seen add 0)."""
    return -torch.where(N > 0, N * table.double().log(), 0.0).sum().item() / len(XS)


def test_the_coin_example_prints_closed_form_values(example):
    lines = example("maximum_likelihood_estimation").stdout.splitlines()
    assert lines[0].split()[-1] == lines[1].split()[-1] == "0.7"
    for line, q in zip(lines[2:], (0.5, 0.7, 0.9), strict=True):
        likelihood = q**7 * (1 - q) ** 3
        average = -(7 * math.log(q) + 3 * math.log(1 - q)) / 10
        assert line == f"p = {q}: likelihood {likelihood:.5f}, NLL {average:.4f}"


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.integers(2, 50).flatmap(lambda n: st.tuples(st.integers(1, n - 1), st.just(n))))
def test_the_coin_mle_is_the_observed_frequency(heads_flips):
    heads, flips = heads_flips
    p = torch.linspace(0.001, 0.999, 999, dtype=torch.float64)
    average = -(heads * p.log() + (flips - heads) * (1 - p).log()) / flips
    assert p[average.argmin()].item() == pytest.approx(heads / flips, abs=6e-4)  # the grid step is 0.001
    likelihood = p**heads * (1 - p) ** (flips - heads)
    assert likelihood.argmax() == average.argmin()


def test_the_figure_marks_the_minimum(example):
    run = example("maximum_likelihood_estimation", "figure")
    assert run.globals["p"][run.globals["nll"].argmin()].item() == pytest.approx(0.7)


def test_the_bigram_region(example):
    run = example("maximum_likelihood_estimation", "bigram")
    lines = run.stdout.splitlines()
    e = stoi["e"]
    a, b = MLE[e].topk(2).indices.tolist()
    assert lines[0] == f"normalised counts:  NLL {nll(MLE):.5f}"
    for line, shift in zip(lines[1:3], (0.05, -0.05), strict=True):
        Q = MLE.clone()
        Q[e, a] -= shift
        Q[e, b] += shift
        assert line == f"move {shift:+.2f} from '{itos[a]}' to '{itos[b]}' after 'e': NLL {nll(Q):.5f}"
        assert nll(Q) > nll(MLE)
    smoothed = (N.double() + 1) / (N.double() + 1).sum(1, keepdim=True)
    assert lines[3] == f"+1 smoothing:       NLL {nll(smoothed):.5f}"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(0, 26), st.lists(st.floats(0.0, 1.0), min_size=27, max_size=27), st.floats(0.001, 1.0))
def test_any_change_to_a_row_raises_the_nll_by_its_share_times_the_kl_divergence(row, weights, mix):
    other = torch.tensor(weights, dtype=torch.float64)
    if other.sum() == 0:
        return
    Q = MLE.clone()
    Q[row] = (1 - mix) * MLE[row] + mix * other / other.sum()  # another distribution for this row
    seen = N[row] > 0
    kl = (MLE[row][seen] * (MLE[row][seen] / Q[row][seen]).log()).sum().item()
    share = N[row].sum().item() / len(XS)
    assert nll_from_counts(Q) - nll_from_counts(MLE) == pytest.approx(share * kl, rel=1e-6, abs=1e-12)
    if not torch.allclose(Q[row], MLE[row], rtol=0, atol=1e-9):
        assert kl > 0 and nll_from_counts(Q) > nll_from_counts(MLE)


def test_counting_cells_gives_the_same_nll_as_going_through_the_bigrams():
    assert nll_from_counts(MLE) == pytest.approx(nll(MLE), abs=1e-12)


@pytest.mark.parametrize("k", [0.01, 0.5, 1, 10])
def test_smoothing_counts_raise_the_training_nll(k):
    assert average_nll(probabilities(N, k), XS, YS) > average_nll(probabilities(N), XS, YS)


def test_normalised_counts_are_a_stationary_point_of_the_neural_loss():
    # In the neural parametrisation P = softmax(W), the gradient of the NLL is 0 at W = log(counts).
    W = N.double().clamp(min=1e-30).log().requires_grad_()
    (-F.log_softmax(W, dim=1)[XS, YS].mean()).backward()
    assert W.grad.abs().max() < 1e-12


def test_an_unseen_bigram_gets_probability_0_and_infinite_nll():
    xs, ys = encode(["andrej"])  # 'j.' never occurs in the census names
    assert math.isinf(average_nll(probabilities(N), xs, ys))
    assert math.isfinite(average_nll(probabilities(N, 1), xs, ys))
