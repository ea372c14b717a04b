"""sampling: the page's claims, checked against the shared sampler and the table's probabilities."""

import torch

from glossary_examples.makemore.counts import count_matrix, probabilities, sample
from glossary_examples.makemore.data import LETTERS, itos, load_names

P = probabilities(count_matrix(load_names()), k=1)
SEED = 2147483647


def draw(table, seed, n=5):
    g = torch.Generator().manual_seed(seed)
    return [sample(table, g) for _ in range(n)]


def test_the_example_prints_what_the_shared_sampler_draws(example):
    assert example("sampling").stdout.split() == draw(P, SEED)


def test_seeded_sampling_repeats_and_another_seed_differs():
    assert draw(P, SEED) == draw(P, SEED)  # calling twice: the same words
    assert draw(P, 42) != draw(P, SEED)
    g = torch.Generator().manual_seed(SEED)
    assert len({sample(P, g) for _ in range(20)}) > 1  # one generator, many words: they vary


def test_every_sample_is_letters_then_one_boundary():
    for word in draw(P, SEED, n=200):
        assert word.endswith(".") and word.count(".") == 1
        assert set(word[:-1]) <= set(LETTERS)


def test_draws_follow_the_probabilities():
    g = torch.Generator().manual_seed(SEED)
    firsts = torch.multinomial(P[0], num_samples=100_000, replacement=True, generator=g)
    frequencies = torch.bincount(firsts, minlength=27) / 100_000
    assert (frequencies - P[0]).abs().max() < 0.005  # e.g. 'a' starts 7.6% of names, and of draws


def test_a_uniform_model_samples_random_strings(example):
    uniform = torch.ones((27, 27)) / 27
    assert example("sampling", "uniform").stdout.strip() == str(draw(uniform, SEED))
    lengths = [len(w) for w in draw(uniform, SEED, n=2000)]
    assert abs(sum(lengths) / len(lengths) - 27) < 1.5  # '.' has chance 1/27 per draw: mean length 27


def test_greedy_decoding_gives_ma_every_time(example):
    assert example("sampling", "pitfall").stdout.strip() == "greedy: ['ma.', 'ma.', 'ma.', 'ma.', 'ma.']"
    chain, ix = [], 0
    for _ in range(3):  # '.' -> 'm' -> 'a' -> '.', from the table itself
        ix = P[ix].argmax().item()
        chain.append(itos[ix])
    assert "".join(chain) == "ma."
    assert torch.equal(probabilities(count_matrix(load_names()))[[0, 13, 1]].argmax(1), P[[0, 13, 1]].argmax(1))


def test_greedy_decoding_can_loop_forever_on_another_table():
    loop = torch.full((27, 27), 0.01)
    loop[0, 1] = loop[1, 2] = loop[2, 1] = 1.0  # '.' -> 'a' -> 'b' -> 'a' -> ...
    ix, seen = 0, []
    for _ in range(50):
        ix = loop[ix].argmax().item()
        seen.append(ix)
    assert 0 not in seen  # '.' never comes: the greedy loop would not stop


def test_census_samples_are_mostly_not_census_names():
    names = set(load_names())
    drawn = [w[:-1] for w in draw(P, SEED, n=1000)]
    assert sum(w in names for w in drawn) / len(drawn) < 0.2  # 8.1% with this seed
