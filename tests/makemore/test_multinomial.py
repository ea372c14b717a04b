"""multinomial distribution: the page's claims, checked."""

import itertools
import math

import pytest
import torch
from torch.distributions import Binomial, Categorical, Multinomial

from hypothesis import given, settings
from hypothesis import strategies as st

P = torch.tensor([0.6, 0.3, 0.1], dtype=torch.float64)


def formula(counts, probs) -> float:
    n = sum(counts)
    orders = math.factorial(n) / math.prod(math.factorial(x) for x in counts)
    return orders * math.prod(p**x for p, x in zip(probs, counts))


def count_vectors(n, k):
    return [c for c in itertools.product(range(n + 1), repeat=k) if sum(c) == n]


@pytest.mark.parametrize("n", [1, 4, 10])
def test_log_prob_is_the_formula_and_all_count_vectors_sum_to_one(n):
    dist = Multinomial(n, probs=P)
    total = 0.0
    for counts in count_vectors(n, 3):
        prob = dist.log_prob(torch.tensor(counts, dtype=torch.float64)).exp().item()
        assert math.isclose(prob, formula(counts, P.tolist()), rel_tol=1e-9)
        total += prob
    assert math.isclose(total, 1.0, rel_tol=1e-9)


@pytest.mark.parametrize("heads", range(6))
def test_two_categories_is_the_binomial_closed_form(heads):
    two = Multinomial(5, probs=torch.tensor([0.3, 0.7], dtype=torch.float64))
    prob = two.log_prob(torch.tensor([heads, 5 - heads], dtype=torch.float64)).exp().item()
    closed_form = math.comb(5, heads) * 0.3**heads * 0.7 ** (5 - heads)
    assert math.isclose(prob, closed_form, rel_tol=1e-9)
    binomial = Binomial(5, probs=torch.tensor(0.3, dtype=torch.float64))
    assert math.isclose(binomial.log_prob(torch.tensor(float(heads), dtype=torch.float64)).exp().item(),
                        closed_form, rel_tol=1e-9)


def test_one_draw_is_the_categorical_distribution_with_one_hot_counts():
    one = Multinomial(1, probs=P)
    for i in range(3):
        onehot = torch.nn.functional.one_hot(torch.tensor(i), 3).double()
        assert math.isclose(one.log_prob(onehot).exp().item(), P[i].item(), rel_tol=1e-12)
        assert math.isclose(Categorical(probs=P).log_prob(torch.tensor(i)).exp().item(), P[i].item(), rel_tol=1e-12)
    torch.manual_seed(0)
    samples = one.sample((100,))
    assert (samples.sum(1) == 1).all() and set(samples.unique().tolist()) == {0.0, 1.0}


def test_the_example_indices_and_their_counts(example):
    run = example("multinomial")
    draws = run.globals["draws"]
    assert draws.dtype == torch.int64 and draws.shape == (10,) and ((0 <= draws) & (draws < 3)).all()
    by_hand = [int((draws == i).sum()) for i in range(3)]
    assert torch.bincount(draws, minlength=3).tolist() == by_hand
    assert run.stdout.splitlines()[1].endswith(str(torch.tensor(by_hand)))


def test_the_example_count_vector_and_its_probability(example):
    run = example("multinomial")
    counts = run.globals["counts"]
    assert counts.dtype == torch.float32 and counts.sum().item() == 10.0  # a float count vector summing to n
    assert run.globals["prob"] == pytest.approx(formula([int(c) for c in counts.tolist()], P.tolist()), rel=1e-5)
    assert counts.tolist() == [3.0, 5.0, 2.0]  # the counts the region's closed form is written for
    last = run.stdout.splitlines()[-1]
    assert last == f"P(counts = 3, 5, 2): {round(run.globals['prob'], 5)}  by the formula: {round(formula([3, 5, 2], P.tolist()), 5)}"


def test_the_special_cases_region(example):
    lines = example("multinomial", "special_cases").stdout.splitlines()
    closed = round(math.comb(5, 2) * 0.3**2 * 0.7**3, 4)
    assert [float(line.rsplit(":", 1)[1]) for line in lines[:3]] == [closed] * 3
    one_hot_rows = torch.tensor([[float(x) for x in row.strip(" []tensor(),").split(",")] for row in lines[3:]])
    assert one_hot_rows.shape == (4, 3) and (one_hot_rows.sum(1) == 1).all()
    assert set(one_hot_rows.unique().tolist()) == {0.0, 1.0}


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(0, 1e6, width=32), min_size=1, max_size=6).filter(lambda w: torch.tensor(w).sum() > 0))
def test_any_non_negative_finite_weights_with_a_positive_sum_are_accepted(weights):
    draws = torch.multinomial(torch.tensor(weights), 50, replacement=True, generator=torch.Generator().manual_seed(0))
    assert all(weights[i] > 0 for i in draws.tolist())  # a weight of 0 is never drawn


@pytest.mark.parametrize("weights", [[0.0, 0.0], [1.0, -0.5], [1.0, math.inf], [1.0, math.nan]])
def test_other_weights_are_refused(weights):
    with pytest.raises(RuntimeError):
        torch.multinomial(torch.tensor(weights), 1, generator=torch.Generator().manual_seed(0))


def test_index_frequencies_approach_p_and_weights_need_not_be_normalized():
    g = torch.Generator().manual_seed(1)
    for weights in (P.float(), 10 * P.float()):
        draws = torch.multinomial(weights, num_samples=200_000, replacement=True, generator=g)
        freq = torch.bincount(draws, minlength=3) / 200_000
        assert torch.allclose(freq, P.float(), atol=0.005)


def test_default_is_without_replacement_so_no_index_repeats():
    g = torch.Generator().manual_seed(2147483647)
    draws = torch.multinomial(P.float(), num_samples=3, generator=g)
    assert sorted(draws.tolist()) == [0, 1, 2]
    with pytest.raises(RuntimeError):
        torch.multinomial(P.float(), num_samples=4, generator=g)


def test_multinomial_sample_takes_no_generator():
    with pytest.raises(TypeError):
        Multinomial(10, probs=P).sample(generator=torch.Generator())
