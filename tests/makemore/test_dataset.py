"""build_dataset and split_words: the lecture's context windows and its seeded 80/10/10 split."""

import random

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import itos, load_names, stoi
from glossary_examples.makemore.dataset import build_dataset, split_words


def test_emma_gives_the_lectures_five_rows():
    X, Y = build_dataset(["emma"], block_size=3)
    rows = ["".join(itos[i] for i in x) + " -> " + itos[y] for x, y in zip(X.tolist(), Y.tolist())]
    assert rows == ["... -> e", "..e -> m", ".em -> m", "emm -> a", "mma -> ."]
    assert X.dtype == Y.dtype == torch.long


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), max_size=6),
       st.integers(1, 10))
def test_one_row_per_character_and_end_and_the_window_is_the_previous_block_size_characters(words, block_size):
    X, Y = build_dataset(words, block_size)
    assert X.shape == (sum(len(w) + 1 for w in words), block_size) and Y.shape == (X.shape[0],)
    row = 0
    for w in words:
        padded = "." * block_size + w + "."
        for t in range(len(w) + 1):  # a second, independent way: slice the padded word
            assert X[row].tolist() == [stoi[c] for c in padded[t : t + block_size]]
            assert itos[Y[row].item()] == padded[t + block_size]
            row += 1


def test_no_words_give_empty_tensors_of_the_right_width():
    X, Y = build_dataset([], block_size=3)
    assert X.shape == (0, 3) and Y.shape == (0,)


def test_a_character_outside_the_vocabulary_is_refused():
    with pytest.raises(KeyError):
        build_dataset(["Emma"])


def test_split_is_the_lectures_seeded_shuffle_cut_at_80_and_90_percent():
    words = load_names()
    lecture = list(words)
    random.seed(42)
    random.shuffle(lecture)  # what the lecture runs
    n1, n2 = int(0.8 * len(lecture)), int(0.9 * len(lecture))
    assert split_words(words) == (lecture[:n1], lecture[n1:n2], lecture[n2:])
    assert tuple(map(len, split_words(words))) == (4130, 516, 517)


def test_split_leaves_the_callers_list_and_the_global_random_state_alone():
    words = load_names()
    before = list(words)
    random.seed(7)
    expected = random.random()
    random.seed(7)
    split_words(words)
    assert words == before
    assert random.random() == expected


@pytest.mark.parametrize("n", [0, 1, 2, 9, 10, 11, 32033])
def test_split_keeps_every_word_exactly_once(n):
    words = [f"w{i}" for i in range(n)]
    train, dev, test = split_words(words)
    assert sorted(train + dev + test) == sorted(words)
    assert len(train) == int(0.8 * n) and len(train) + len(dev) == int(0.9 * n)


def test_lecture_sizes_for_32033_words():
    train, dev, test = split_words(range(32033))
    assert (len(train), len(dev), len(test)) == (25626, 3203, 3204)  # the lecture's names.txt split
