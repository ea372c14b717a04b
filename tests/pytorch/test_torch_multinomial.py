"""torch.multinomial: the page's claims, checked."""

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=50, deadline=None, derandomize=True)
SEED = 2147483647
# The lecture notebook's output of `torch.multinomial(p, num_samples=100, replacement=True, generator=g)`
# (makemore part 1, after g = torch.Generator().manual_seed(2147483647) and p = torch.rand(3, generator=g) / sum).
LECTURE_100 = [
    1, 1, 2, 0, 0, 2, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 2, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0,
    0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0,
    0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 1, 0, 0, 1, 1, 1,
]
weight_lists = st.lists(st.sampled_from([0.0, 0.5, 1.0, 3.0, 10.0]), min_size=2, max_size=8).filter(any)


def lecture_p(g):
    p = torch.rand(3, generator=g)
    return p / p.sum()


def counts_of(draws, size):
    return torch.bincount(draws.flatten(), minlength=size).double() / draws.numel()


def test_pytorch_2_13_reproduces_the_lectures_100_draws_exactly():
    g = torch.Generator().manual_seed(SEED)
    p = lecture_p(g)
    assert torch.multinomial(p, num_samples=100, replacement=True, generator=g).tolist() == LECTURE_100


def test_the_example_prints_the_first_20_of_the_lectures_draws_as_int64_indices(example):
    ran = example("torch_multinomial")
    ix, p = ran.globals["ix"], ran.globals["p"]
    assert ix.tolist() == LECTURE_100[:20] and ix.dtype == torch.int64  # positions, not values of p
    assert torch.bincount(ix, minlength=3).tolist() == [ix.tolist().count(i) for i in range(3)]
    assert p.tolist() == pytest.approx([0.6064, 0.3033, 0.0903], abs=5e-5)  # the lecture's p
    assert ran.stdout.splitlines()[3] == "times 0, 1, 2 came up: tensor([9, 9, 2])"


def test_the_indices_depend_on_torch_rand_having_used_g_first():
    g = torch.Generator().manual_seed(SEED)
    p = lecture_p(g)
    after_rand = torch.multinomial(p, 20, replacement=True, generator=g)
    from_the_seed = torch.multinomial(p, 20, replacement=True, generator=torch.Generator().manual_seed(SEED))
    assert not torch.equal(after_rand, from_the_seed)


@pytest.mark.parametrize("num_samples", [1, 5, 20])
def test_frequencies_are_proportional_to_the_weights_even_unnormalised(num_samples):
    weights = torch.tensor([1.0, 10.0, 3.0, 0.0])
    g = torch.Generator().manual_seed(1)
    draws = torch.multinomial(weights.repeat(60_000 // num_samples, 1), num_samples, replacement=True, generator=g)
    freq = counts_of(draws, 4)
    assert torch.allclose(freq, (weights / weights.sum()).double(), atol=0.01)  # index 1: 10/14
    assert freq[3] == 0  # weight 0: never picked


@FAST
@given(weight_lists, st.integers(0, 2**32))
def test_a_zero_weight_is_never_drawn_with_replacement(weights, seed):
    w = torch.tensor(weights)
    draws = torch.multinomial(w, 2000, replacement=True, generator=torch.Generator().manual_seed(seed))
    assert (w[draws] > 0).all()


def test_a_zero_weight_is_never_drawn_one_at_a_time_either():
    w = torch.tensor([0.33, 0.34, 0.0, 0.33])
    rows = w.repeat(200_000, 1)  # 200,000 independent single draws, one per row
    draws = torch.multinomial(rows, 1, generator=torch.Generator().manual_seed(0))
    assert (draws != 2).all()
    q = torch.empty(10**6).exponential_(1, generator=torch.Generator().manual_seed(0))
    assert (q > 0).all()  # a zero-weight index would need q == 0 to win (0 / 0 is nan)


def test_scaling_the_weights_changes_nothing():
    weights = torch.tensor([1.0, 10.0, 3.0, 0.0])
    for n in (1, 50):
        a = torch.multinomial(weights, n, replacement=True, generator=torch.Generator().manual_seed(5))
        b = torch.multinomial(weights * 7, n, replacement=True, generator=torch.Generator().manual_seed(5))
        assert torch.equal(a, b)


@FAST
@given(st.integers(2, 10), st.data())
def test_without_replacement_each_index_at_most_once(n, data):
    k = data.draw(st.integers(1, n))
    seed = data.draw(st.integers(0, 2**32))
    draws = torch.multinomial(torch.rand(n, generator=torch.Generator().manual_seed(seed)) + 0.01, k,
                              generator=torch.Generator().manual_seed(seed))
    assert len(set(draws.tolist())) == k


def test_the_default_is_without_replacement():
    for seed in range(20):
        default = torch.multinomial(torch.ones(5), 5, generator=torch.Generator().manual_seed(seed))
        assert sorted(default.tolist()) == [0, 1, 2, 3, 4]  # every index once, never twice


def test_with_replacement_indices_repeat_and_num_samples_is_unbounded():
    ix = torch.multinomial(torch.ones(3), 10_000, replacement=True, generator=torch.Generator().manual_seed(0))
    assert len(ix) == 10_000 and set(ix.tolist()) == {0, 1, 2}


def test_more_samples_than_weights_without_replacement_raises():
    with pytest.raises(RuntimeError, match="cannot sample n_sample > prob_dist.size"):
        torch.multinomial(torch.tensor([1.0, 10.0, 3.0, 0.0]), 5)


@FAST
@given(weight_lists, st.integers(0, 2**32))
def test_beyond_the_non_zero_weights_it_returns_those_first_then_zero_weight_ones(weights, seed):
    w = torch.tensor(weights)
    nonzero = int((w > 0).sum())
    draws = torch.multinomial(w, len(weights), generator=torch.Generator().manual_seed(seed))  # no error
    assert (w[draws[:nonzero]] > 0).all() and (w[draws[nonzero:]] == 0).all()


@pytest.mark.parametrize("bad", [[0.0, 0.0, 0.0], [1.0, -1.0, 2.0], [1.0, math.inf, 2.0], [1.0, math.nan, 2.0]])
@pytest.mark.parametrize("num_samples, replacement", [(1, True), (1, False), (2, True), (2, False)])
def test_weights_must_be_finite_non_negative_and_not_all_zero(bad, num_samples, replacement):
    with pytest.raises(RuntimeError, match="multinomial|probability"):  # the wording differs by path
        torch.multinomial(torch.tensor(bad), num_samples, replacement=replacement)


def test_the_weights_example(example):
    printed = example("torch_multinomial", "weights").stdout.splitlines()
    assert printed[0] == "2 draws, no replacement: tensor([1, 2])"  # the two non-zero weights, once each
    twelve = [int(v) for v in printed[1].split("[")[1].strip("])").split(",")]
    assert len(twelve) == 12 and len(set(twelve)) < 12 and 3 not in twelve
    rows = example("torch_multinomial", "weights").globals["rows"]
    assert rows.shape == (2, 3) and printed[4] == "        [2, 2, 2, 2]])"  # row 2: only index 2 has weight
    assert printed[5].startswith("4 draws, no replacement:") and printed[5].endswith(", 3])")  # zero weights last
    assert printed[6].startswith("RuntimeError: cannot sample n_sample > prob_dist.size(-1)")


def test_two_d_input_samples_each_row_separately():
    rows = torch.tensor([[1.0, 1.0, 1.0], [0.0, 0.0, 5.0], [9.0, 0.0, 1.0]])
    ix = torch.multinomial(rows, 7, replacement=True, generator=torch.Generator().manual_seed(0))
    assert ix.shape == (3, 7) and (ix[1] == 2).all() and (ix[2] != 1).all()


def test_one_call_of_20_is_not_20_calls_of_1_from_the_same_state(example):
    ran = example("torch_multinomial", "one_at_a_time")
    together, one_by_one = ran.globals["together"].tolist(), ran.globals["one_by_one"]
    assert together == LECTURE_100[:20] and one_by_one != together
    printed = ran.stdout.splitlines()
    assert printed[1] == f"20 calls, 1 sample:   {one_by_one}"


@FAST
@given(weight_lists, st.integers(0, 2**32))
def test_a_single_draw_is_the_largest_weight_over_an_exponential_number(weights, seed):
    w = torch.tensor(weights)
    single = torch.multinomial(w, 1, replacement=True, generator=torch.Generator().manual_seed(seed)).item()
    q = torch.empty(len(weights)).exponential_(1, generator=torch.Generator().manual_seed(seed))
    assert single == (w / q).argmax().item()


def test_the_example_shows_that_rule_on_the_lectures_p(example):
    ran = example("torch_multinomial", "one_at_a_time")
    p, q = ran.globals["p"], ran.globals["q"]
    assert ran.stdout.splitlines()[2] == f"argmax of p / q: {(p / q).argmax().item()} | first single: {ran.globals['one_by_one'][0]}"
    assert (p / q).argmax().item() == ran.globals["one_by_one"][0]


def test_the_figure_frequencies_approach_p(example):
    figure = example("torch_multinomial", "figure")
    assert torch.allclose(figure.globals["freq"], figure.globals["p"], atol=0.01)
    assert len(figure.figures) == 1


@FAST
@given(weight_lists, st.integers(0, 2**32), st.data())
def test_without_replacement_every_num_samples_takes_the_largest_weights_over_exponentials(weights, seed, data):
    # the exponential race is not special to num_samples=1: without replacement it is the only method
    w = torch.tensor(weights)
    k = data.draw(st.integers(1, int((w > 0).sum())))
    drawn = torch.multinomial(w, k, generator=torch.Generator().manual_seed(seed))
    q = torch.empty(len(weights)).exponential_(1, generator=torch.Generator().manual_seed(seed))
    assert drawn.tolist() == (w / q).topk(k).indices.tolist()
    single = torch.multinomial(w, 1, generator=torch.Generator().manual_seed(seed))
    assert single.item() == drawn[0].item()  # one draw without replacement = the first of k

