"""sampling: the page's claims, checked."""

import torch

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore.counts import count_matrix, probabilities, sample
from glossary_examples.makemore.data import LETTERS, load_names

P = probabilities(count_matrix(load_names()), k=1)
SEED = 2147483647


def run_region(name: str) -> dict:
    return region_globals("sampling", name)


def draw(P, seed, n=5):
    g = torch.Generator().manual_seed(seed)
    return [sample(P, g) for _ in range(n)]


def test_example_prints_what_the_helper_samples(capsys):
    run_region("example")
    assert capsys.readouterr().out.split() == draw(P, SEED) == ["cexze.", "loma.", "mikica.", "karha.", "vinimitta."]


def test_seeded_sampling_is_reproducible_and_another_seed_differs():
    assert draw(P, SEED) == draw(P, SEED)
    assert draw(P, 42) != draw(P, SEED)


def test_every_sample_is_letters_then_one_boundary():
    for word in draw(P, SEED, n=200):
        assert word.endswith(".") and word.count(".") == 1
        assert set(word[:-1]) <= set(LETTERS)


def test_draws_follow_the_probabilities():
    g = torch.Generator().manual_seed(SEED)
    firsts = torch.multinomial(P[0], num_samples=100_000, replacement=True, generator=g)
    frequencies = torch.bincount(firsts, minlength=27) / 100_000
    assert (frequencies - P[0]).abs().max() < 0.005  # e.g. 'a' starts 7.6% of names, and of draws


def test_uniform_model_samples_random_strings(capsys):
    run_region("uniform")
    uniform = torch.ones((27, 27)) / 27
    assert capsys.readouterr().out.strip() == str(draw(uniform, SEED))
    lengths = [len(w) for w in draw(uniform, SEED, n=2000)]
    assert abs(sum(lengths) / len(lengths) - 27) < 1.5  # '.' has chance 1/27 per draw: mean length 27


def test_greedy_decoding_gives_the_same_word_every_time(capsys):
    run_region("pitfall")
    assert capsys.readouterr().out.strip() == "greedy: ['ma.', 'ma.', 'ma.', 'ma.', 'ma.']"
    assert P[0].argmax() == 13 and P[13].argmax() == 1 and P[1].argmax() == 0  # '.'->'m'->'a'->'.'
    assert len(set(draw(P, SEED, n=20))) > 1  # sampling varies


def test_census_samples_are_mostly_not_census_names():
    names = set(load_names())
    drawn = [w[:-1] for w in draw(P, SEED, n=1000)]
    assert sum(w in names for w in drawn) / len(drawn) < 0.2  # 8.1% with this seed
