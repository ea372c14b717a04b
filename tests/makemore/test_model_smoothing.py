"""model smoothing: the page's claims, checked in float64 and over the k that break them."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import neural
from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities, sample
from glossary_examples.makemore.data import load_names

WORDS = load_names()
N = count_matrix(WORDS)
XS, YS = encode(WORDS)


def closed_form(counts: torch.Tensor, k: float) -> torch.Tensor:
    """P_k(j | i) = (N_ij + k) / (sum_j' N_ij' + 27 k), in float64."""
    counts = counts.double()
    return (counts + k) / (counts.sum(1, keepdim=True) + 27 * k)


def nll_from_counts(counts: torch.Tensor, table: torch.Tensor) -> float:
    """Average NLL of the counted bigrams under a table, from the counts (unseen cells add 0)."""
    return -torch.where(counts > 0, counts.double() * table.log(), 0.0).sum().item() / counts.sum().item()


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.floats(0, 1e6))
def test_the_helper_is_the_closed_form(k):
    assert torch.allclose(probabilities(N, k).double(), closed_form(N, k), rtol=1e-6, atol=1e-12)


def test_the_example_prints_closed_form_losses_and_the_seeded_samples(example):
    lines = example("model_smoothing").stdout.splitlines()
    for k, (head, samples) in zip((0, 1, 100, 10_000), zip(lines[0::2], lines[1::2]), strict=True):
        P = closed_form(N, k)
        assert head == f"k = {k}: training NLL {nll_from_counts(N, P):.4f}, smallest p {P.min().item():.5f}"
        g = torch.Generator().manual_seed(2147483647)
        assert samples.split() == ["samples:"] + [sample(probabilities(N, k), g) for _ in range(3)]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.floats(1e-40, 1e9))
def test_no_zero_probability_for_k_above_the_float32_floor(k):
    assert probabilities(N, k).min() > 0
    assert closed_form(N, k).min() > 0


def test_below_the_floor_the_zeros_come_back_in_float32():
    assert probabilities(N, 0).min() == 0
    assert probabilities(N, 1e-42).min() == 0  # k / row sum underflows float32
    assert closed_form(N, 1e-42).min() > 0  # float64 still has it


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.floats(0, 1e4), min_size=2, max_size=2, unique=True).map(sorted))
def test_the_training_nll_never_falls_as_k_grows(ks):
    small, large = ks  # k a hair apart can round to the same float64 loss: no more than that
    assert nll_from_counts(N, closed_form(N, small)) <= nll_from_counts(N, closed_form(N, large)) + 1e-12


def test_the_training_nll_rises_strictly_from_k_0():
    ks = [0] + [0.001 * 2**i for i in range(27)]
    losses = [nll_from_counts(N, closed_form(N, k)) for k in ks]
    assert all(a < b for a, b in zip(losses, losses[1:]))


def test_as_k_grows_every_row_approaches_uniform():
    gaps = [(closed_form(N, k) - 1 / 27).abs().max().item() for k in (1, 100, 1e4, 1e6)]
    assert all(a > b for a, b in zip(gaps, gaps[1:])) and gaps[-1] < 1e-4


def test_the_figure_held_out_nll_is_lowest_at_a_small_k_and_rises_on_both_sides(example):
    run = example("model_smoothing", "figure")
    ks, train_nll, held_out_nll, best = (run.globals[name] for name in ("ks", "train_nll", "held_out_nll", "best"))
    assert ks[best] == pytest.approx(0.128)
    assert all(a > b for a, b in zip(held_out_nll[:best], held_out_nll[1:best + 1]))  # falls to the minimum
    assert all(a < b for a, b in zip(held_out_nll[best:], held_out_nll[best + 1:]))  # rises after it
    assert all(a < b for a, b in zip(train_nll, train_nll[1:]))
    assert held_out_nll[-1] == pytest.approx(math.log(27), abs=0.01)
    lines = run.globals["ax"].get_lines()
    assert list(lines[1].get_ydata()) == held_out_nll


def test_the_held_out_nll_is_infinite_at_k_0_because_of_unseen_bigrams():
    counted = count_matrix([w for i, w in enumerate(WORDS) if i % 10])
    xs, ys = encode(WORDS[::10])
    assert int((counted[xs, ys] == 0).sum()) == 2  # "two of its bigrams were never counted"
    assert math.isinf(average_nll(probabilities(counted, 0), xs, ys))


def test_zero_weights_give_uniform_rows(example):
    run = example("model_smoothing", "neural")
    assert torch.equal(F.softmax(run.globals["W"], dim=1), torch.full((27, 27), 1 / 27))


def test_a_stronger_l2_penalty_flattens_the_neural_table_like_a_larger_k():
    words = ["emma", "olivia", "ava", "isabella", "sophia"]
    xs, ys = encode(words)
    tables = [F.softmax(neural.train(xs, ys, steps=300, lr=1.0, reg=reg)[0], 1) for reg in (0.01, 1, 10, 100)]
    rows = xs.unique()  # the rows the data touches
    peaks = [t[rows].max(1).values.mean().item() for t in tables]  # how peaked the rows are
    assert peaks[0] > peaks[1] > peaks[2] > peaks[3] > 1 / 27
    toy = count_matrix(words)
    assert closed_form(toy, 0)[rows].max(1).values.mean() > closed_form(toy, 10)[rows].max(1).values.mean()
