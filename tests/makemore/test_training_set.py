"""training set: the page's claims, checked."""

import random

from glossary_examples import training_set  # noqa: F401  (imports run the example, as the page did)
from glossary_examples.makemore.data import load_names


def split(seed: int = 42):
    words = load_names()
    random.seed(seed)
    random.shuffle(words)
    n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
    return words[:n1], words[n1:n2], words[n2:]


def test_sizes_are_80_10_10_of_the_census_names():
    train, dev, test = split()
    assert (len(train), len(dev), len(test)) == (4130, 516, 517)
    assert len(train) + len(dev) + len(test) == len(load_names()) == 5163


def test_the_splits_partition_the_words():
    train, dev, test = split()
    assert not (set(train) & set(dev)) and not (set(train) & set(test)) and not (set(dev) & set(test))
    assert sorted(train + dev + test) == sorted(load_names())


def test_the_seed_makes_the_split_reproducible_and_another_seed_changes_it():
    assert split(42) == split(42)
    assert split(42)[0] != split(43)[0]
    assert split(42)[0][:5] == ["ellamae", "estefana", "taren", "sixta", "deadra"]


def test_shuffling_matters_because_the_file_lists_female_names_first():
    words = load_names()
    unshuffled_test = words[int(0.9 * len(words)):]
    female = set(load_names()[:4275])  # the female list comes first and has 4,275 names
    assert not any(w in female for w in unshuffled_test)  # without a shuffle, the test set is all male names
    _, _, test = split()
    assert sum(w in female for w in test) > 300


def test_bigram_examples_come_only_from_training_words():
    train, _, _ = split()
    bigrams = [(a, b) for w in train for a, b in zip("." + w, w + ".")]
    assert len(bigrams) == sum(len(w) + 1 for w in train) == 28876
    assert bigrams[:3] == [(".", "e"), ("e", "l"), ("l", "l")]
