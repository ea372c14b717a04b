"""add-one smoothing: the page's claims, checked."""

import pytest
import torch

from glossary_examples import add_one_smoothing  # noqa: F401  (imports run the examples, as the page did)

N = torch.tensor([[0, 5, 5], [4, 0, 1]], dtype=torch.int32)


def smoothed(counts, k):
    counts = counts.float() + k
    return counts / counts.sum(1, keepdim=True)


def average_nll(counts, probs):
    """Average -log p over the bigrams counted in `counts` (0 * log 0 taken as 0)."""
    counts = counts.float()
    return (-torch.special.xlogy(counts, probs).sum() / counts.sum()).item()


def test_raw_counts_give_zero_probability_and_infinite_nll():
    raw = smoothed(N, 0)
    assert raw[0, 0].item() == 0.0
    assert -raw[0, 0].log().item() == float("inf")


def test_add_one_has_no_zero_and_matches_the_formula():
    P = (N + 1).float()
    P = P / P.sum(1, keepdim=True)
    assert (P > 0).all() and torch.isfinite(-P.log()).all()
    assert torch.allclose(P.sum(1), torch.ones(2))
    V = N.shape[1]
    by_formula = (N + 1) / (N.sum(1, keepdim=True) + V)  # (N_ij + 1) / (row total + V)
    assert torch.allclose(P, by_formula)
    assert torch.allclose(P[0], torch.tensor([1 / 13, 6 / 13, 6 / 13]))


def test_n_plus_one_stays_int32_and_float_converts_after():
    assert (N + 1).dtype == torch.int32
    assert torch.equal((N + 1).float(), N.float() + 1)


def test_k_zero_is_the_raw_estimate():
    assert torch.equal(smoothed(N, 0), N.float() / N.float().sum(1, keepdim=True))


def test_larger_pseudocounts_move_toward_uniform():
    counts = torch.tensor([[0.0, 5.0, 5.0, 20.0]])
    distance = [(smoothed(counts, k) - 0.25).abs().max().item() for k in [0, 1, 10, 100, 1_000_000]]
    assert distance == sorted(distance, reverse=True) and len(set(distance)) == len(distance)
    assert distance[-1] < 1e-5
    # the ranking of the next characters never changes, only how peaked it is
    assert smoothed(counts, 100).argmax().item() == counts.argmax().item() == 3


@pytest.mark.parametrize("seed", range(5))
def test_smoothing_raises_the_training_nll_but_keeps_it_finite_on_unseen_bigrams(seed):
    counts = torch.randint(0, 4, (27, 27), generator=torch.Generator().manual_seed(seed))
    counts[:, 0] += 1  # every row has at least one count
    nll_raw = average_nll(counts, smoothed(counts, 0))
    nll_add_one = average_nll(counts, smoothed(counts, 1))
    assert nll_raw < nll_add_one  # raw counts fit the training data best
    unseen = (counts == 0).nonzero()[0]
    assert smoothed(counts, 0)[tuple(unseen)] == 0
    assert torch.isfinite(-smoothed(counts, 1)[tuple(unseen)].log())
