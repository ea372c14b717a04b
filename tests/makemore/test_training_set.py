"""training set: the page's claims, checked on the census split and on word lists with duplicates."""

import random

from glossary_examples.makemore.data import load_names

WORDS = load_names()


def split(words: list[str], seed: int = 42):
    words = list(words)
    random.seed(seed)
    random.shuffle(words)
    n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
    return words[:n1], words[n1:n2], words[n2:]


def test_the_example_splits_80_10_10(example):
    run = example("training_set")
    train, dev, test = run.globals["train"], run.globals["dev"], run.globals["test"]
    assert (train, dev, test) == split(WORDS)  # the same seed, the same split
    assert (len(train), len(dev), len(test)) == (4130, 516, 517)
    assert sorted(train + dev + test) == sorted(WORDS)  # a partition of the words
    lines = run.stdout.splitlines()
    assert lines[0] == "words: 5163 -> train 4130 dev 516 test 517"
    assert lines[1] == f"first training words: {train[:5]}"
    assert lines[2] == "no word in two splits: True"


def test_the_census_list_has_no_duplicates_so_no_word_is_in_two_splits():
    train, dev, test = split(WORDS)
    assert len(set(WORDS)) == len(WORDS)
    assert not (set(train) & set(dev) or set(train) & set(test) or set(dev) & set(test))


def test_a_word_listed_twice_can_land_in_two_splits():
    words = WORDS[:100] + WORDS[:100]  # every word twice
    train, dev, test = split(words)
    assert set(train) & (set(dev) | set(test))


def test_the_seed_makes_the_split_reproducible_and_another_seed_changes_it():
    assert split(WORDS, 42) == split(WORDS, 42)
    assert split(WORDS, 42)[0] != split(WORDS, 43)[0]


def test_shuffling_matters_because_the_file_lists_female_names_first():
    female = set(WORDS[:4275])  # the female list comes first and has 4,275 names
    unshuffled_test = WORDS[int(0.9 * len(WORDS)):]
    assert not any(w in female for w in unshuffled_test)  # without a shuffle, the test set is all male names
    assert sum(w in female for w in split(WORDS)[2]) > 300


def test_bigram_examples_come_only_from_training_words(example):
    run = example("training_set")
    train = run.globals["train"]
    assert run.globals["bigrams"] == [(a, b) for w in train for a, b in zip("." + w, w + ".")]
    assert len(run.globals["bigrams"]) == sum(len(w) + 1 for w in train) == 28876
