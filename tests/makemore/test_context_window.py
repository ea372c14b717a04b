"""context window (block_size): the page's claims, checked by slicing padded words, a second way."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import counts
from glossary_examples.makemore.data import itos, load_names, stoi
from glossary_examples.makemore.dataset import build_dataset

WORDS = load_names()


def windows(word, block_size):
    """(context, next) pairs by slicing the word padded with block_size dots."""
    padded = "." * block_size + word + "."
    return [(padded[t : t + block_size], padded[t + block_size]) for t in range(len(word) + 1)]


def test_example_prints_the_first_windows_of_the_corpus_and_counts_every_one(example):
    out = example("context_window").stdout.splitlines()
    expected = [w for word in WORDS[:2] for w in windows(word, 3)][:8]
    assert out[:8] == [f"{context} ---> {nxt}" for context, nxt in expected]
    n = sum(len(windows(w, 3)) for w in WORDS)
    assert out[8] == f"examples: {n}  characters + words: {n}" and n == 36122
    g = example("context_window").globals
    assert g["X"] == build_dataset(WORDS, 3)[0].tolist()


def test_block_sizes_region_shows_emma_for_1_3_and_8(example):
    lines = example("context_window", "block_sizes").stdout.splitlines()
    for line, block_size in zip(lines, (1, 3, 8)):
        head, rows = line.split("   ", 1)
        assert head == f"block_size {block_size}: X (5, {block_size})"
        assert rows.split("  ") == [f"{c}->{n}" for c, n in windows("emma", block_size)]


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10), min_size=1, max_size=5),
       st.integers(1, 12))
def test_a_word_of_length_l_gives_l_plus_1_examples_whatever_the_window(words, block_size):
    X, Y = build_dataset(words, block_size)
    assert len(Y) == sum(len(w) + 1 for w in words)
    rows = [("".join(itos[i] for i in x), itos[y]) for x, y in zip(X.tolist(), Y.tolist())]
    assert rows == [pair for w in words for pair in windows(w, block_size)]


def test_a_window_of_one_gives_the_bigram_pairs_of_part_1():
    X, Y = build_dataset(WORDS, block_size=1)
    xs, ys = counts.encode(WORDS)
    assert X[:, 0].tolist() == xs.tolist() and Y.tolist() == ys.tolist()


@pytest.mark.parametrize("block_size", [2, 3, 8])
def test_the_first_example_of_every_word_is_all_dots(block_size):
    X, _ = build_dataset(WORDS[:50], block_size)
    starts = [0]
    for w in WORDS[:49]:
        starts.append(starts[-1] + len(w) + 1)
    assert all(X[s].tolist() == [stoi["."]] * block_size for s in starts)


def test_the_lectures_names_txt_count_is_the_sum_of_its_printed_splits():
    assert 182441 + 22902 + 22803 == 182625 + 22655 + 22866 == 228146  # part 2 and part 5 outputs


@pytest.mark.parametrize("block_size", [1, 3, 8])
def test_the_mlp_first_layer_reads_block_size_times_n_embd_numbers(block_size):
    from glossary_examples.makemore import training

    model = training.mlp(block_size=block_size, n_embd=10, n_hidden=200)
    assert model.layers[2].weight.shape == (block_size * 10, 200)


def test_characters_further_back_than_the_window_are_invisible():
    X1, Y1 = build_dataset(["abemma"], block_size=3)
    X2, Y2 = build_dataset(["zzemma"], block_size=3)
    assert torch.equal(X1[-2:], X2[-2:]) and torch.equal(Y1[-2:], Y2[-2:])  # 'emm' -> a, 'mma' -> .
    assert not torch.equal(X1[-3], X2[-3])  # 'bem' and 'zem' still differ
