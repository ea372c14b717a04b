"""torch.multinomial: the page's claims, checked."""

import pytest
import torch

from glossary_examples import torch_multinomial  # noqa: F401  (imports run the examples, as the page did)


def lecture_p(g):
    p = torch.rand(3, generator=g)
    return p / p.sum()


def test_lecture_sequence_is_reproducible_indices():
    for _ in range(2):  # same seed, same calls: same indices every time
        g = torch.Generator().manual_seed(2147483647)
        p = lecture_p(g)
        ix = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
        assert ix.tolist() == [1, 1, 2, 0, 0, 2, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]
        assert ix.dtype == torch.int64  # indices, not values of p
        assert torch.bincount(ix, minlength=3).tolist() == [9, 9, 2]


def test_the_generator_stream_continues_after_rand():
    """The 20 indices depend on torch.rand having used g first."""
    g = torch.Generator().manual_seed(2147483647)
    p = lecture_p(g)
    fresh = torch.Generator().manual_seed(2147483647)
    after_rand = torch.multinomial(p, 20, replacement=True, generator=g)
    from_the_seed = torch.multinomial(p, 20, replacement=True, generator=fresh)
    assert not torch.equal(after_rand, from_the_seed)


def test_frequencies_approach_the_weights():
    g = torch.Generator().manual_seed(2147483647)
    p = lecture_p(g)
    ix = torch.multinomial(p, num_samples=100_000, replacement=True, generator=g)
    freq = torch.bincount(ix, minlength=3) / len(ix)
    assert torch.allclose(freq, p, atol=0.01)


def test_weights_need_not_sum_to_one():
    weights = torch.tensor([1.0, 10.0, 3.0, 0.0])
    g = torch.Generator().manual_seed(1)
    ix = torch.multinomial(weights, 100_000, replacement=True, generator=g)
    freq = torch.bincount(ix, minlength=4) / len(ix)
    assert torch.allclose(freq, weights / weights.sum(), atol=0.01)
    assert freq[3] == 0  # a zero weight is never drawn with replacement
    # scaling the weights changes nothing: same seed, same draws
    a = torch.multinomial(weights, 50, replacement=True, generator=torch.Generator().manual_seed(5))
    b = torch.multinomial(weights * 7, 50, replacement=True, generator=torch.Generator().manual_seed(5))
    assert torch.equal(a, b)


def test_default_is_without_replacement():
    repeats_without, repeats_with = 0, 0
    for seed in range(20):
        default = torch.multinomial(torch.ones(5), 4, generator=torch.Generator().manual_seed(seed))
        put_back = torch.multinomial(torch.ones(5), 4, replacement=True, generator=torch.Generator().manual_seed(seed))
        repeats_without += len(set(default.tolist())) < 4
        repeats_with += len(set(put_back.tolist())) < 4
    assert repeats_without == 0  # no index ever twice in one call by default
    assert repeats_with > 0  # with replacement=True, 4 draws from 5 usually repeat one


def test_with_replacement_indices_repeat_and_num_samples_is_unbounded():
    g = torch.Generator().manual_seed(0)
    ix = torch.multinomial(torch.tensor([1.0, 10.0, 3.0, 0.0]), 12, replacement=True, generator=g)
    assert len(ix) == 12 and len(set(ix.tolist())) < 12


def test_more_samples_than_weights_without_replacement_raises():
    with pytest.raises(RuntimeError, match="cannot sample n_sample > prob_dist.size"):
        torch.multinomial(torch.tensor([1.0, 10.0, 3.0, 0.0]), 5)


@pytest.mark.parametrize("bad, message", [
    ([0.0, 0.0, 0.0], "sum of probabilities"),
    ([1.0, -1.0, 2.0], "element < 0"),
    ([1.0, float("inf"), 2.0], "inf"),
])
def test_weights_must_be_non_negative_finite_and_not_all_zero(bad, message):
    with pytest.raises(RuntimeError, match=message):
        torch.multinomial(torch.tensor(bad), 1, replacement=True)


def test_two_d_input_samples_each_row_separately():
    g = torch.Generator().manual_seed(0)
    rows = torch.tensor([[1.0, 1.0, 1.0], [0.0, 0.0, 5.0]])
    ix = torch.multinomial(rows, 4, replacement=True, generator=g)
    assert ix.shape == (2, 4)
    assert (ix[1] == 2).all()  # the second row has weight only on index 2
