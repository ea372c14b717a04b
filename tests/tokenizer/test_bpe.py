"""The byte-level BPE support module: round trips, shrinking, determinism, the known examples."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text

CORPUS = load_text()
SAMPLE = CORPUS[:10_000]
PATTERNS = [None, bpe.GPT2_SPLIT_PATTERN, bpe.GPT4_SPLIT_PATTERN]
MERGES = {pattern: bpe.train(SAMPLE, 300, pattern) for pattern in PATTERNS}
SPECIAL = {"<|endoftext|>": 300, "<|fim|>": 301}
fast = settings(max_examples=150, deadline=None, derandomize=True)


def lecture_train(text, vocab_size, pattern=None):
    """The lecture's training loop, written independently: recount every pair at every step."""
    chunks = [list(c.encode("utf-8")) for c in (regex.findall(pattern, text) if pattern else [text])]
    merges = {}
    for idx in range(256, vocab_size):
        stats = Counter(pair for ids in chunks for pair in zip(ids, ids[1:]))
        if not stats:
            break
        pair = min(stats, key=lambda p: (-stats[p], p))  # the module's documented tie rule
        merges[pair] = idx
        new_chunks = []
        for ids in chunks:
            out = []
            for symbol in ids:
                if out and out[-1] == pair[0] and symbol == pair[1]:
                    out[-1] = idx
                else:
                    out.append(symbol)
            new_chunks.append(out)
        chunks = new_chunks
    return merges


def replace_pairs(ids, pair, idx):
    """Left-to-right, non-overlapping replacement, via strings: each id becomes one character."""
    as_text = "".join(chr(0x1000 + i) for i in ids)
    replaced = as_text.replace(chr(0x1000 + pair[0]) + chr(0x1000 + pair[1]), chr(0x1000 + idx))
    return [ord(ch) - 0x1000 for ch in replaced]


# --- get_stats and merge --------------------------------------------------------------

def test_one_merge_on_wikipedias_example():
    ids = list("aaabdaaabac")
    stats = bpe.get_stats(ids)
    assert stats[("a", "a")] == 4 and max(stats, key=stats.get) == ("a", "a")
    assert "".join(bpe.merge(ids, ("a", "a"), "Z")) == "ZabdZabac"


def test_training_reproduces_wikipedias_example_to_the_end():
    merges = bpe.train("aaabdaaabac", 259)
    assert merges == {(97, 97): 256, (97, 98): 257, (256, 257): 258}  # Z = aa, Y = ab, X = ZY
    assert bpe.encode("aaabdaaabac", merges) == [258, ord("d"), 258, ord("a"), ord("c")]  # XdXac


@fast
@given(st.lists(st.integers(0, 4), max_size=40), st.integers(0, 4), st.integers(0, 4))
def test_merge_is_left_to_right_non_overlapping_replacement(ids, a, b):
    merged = bpe.merge(ids, (a, b), 99)
    assert merged == replace_pairs(ids, (a, b), 99)  # str.replace: the same rule
    assert len(merged) <= len(ids)


@fast
@given(st.lists(st.integers(0, 4), max_size=40))
def test_get_stats_counts_every_neighbour_pair(ids):
    stats = bpe.get_stats(ids)
    assert stats == Counter(zip(ids, ids[1:]))
    assert sum(stats.values()) == max(len(ids) - 1, 0)
    again = bpe.get_stats(ids, dict(stats))  # adds into the dict it is given
    assert again == {pair: 2 * n for pair, n in stats.items()}


# --- round trips ----------------------------------------------------------------------

@pytest.mark.parametrize("pattern", PATTERNS, ids=["bytes", "gpt2", "gpt4"])
@fast
@given(text=st.text())  # any string of code points, surrogates excluded
@example(text="")
@example(text="🙂👍🏽🇫🇷 안녕하세요 e\u0301 \U0010ffff \x00\r\n\t  ")
@example(text="<|endoftext|><|fim|>")
def test_decode_of_encode_is_the_text(pattern, text):
    merges = MERGES[pattern]
    assert bpe.decode(bpe.encode(text, merges, pattern), merges) == text
    ids = bpe.encode(text, merges, pattern, SPECIAL)
    assert bpe.decode(ids, merges, SPECIAL) == text


@pytest.mark.parametrize("pattern", PATTERNS, ids=["bytes", "gpt2", "gpt4"])
def test_the_training_text_round_trips_and_emoji_survive_a_tokenizer_that_never_saw_them(pattern):
    merges = MERGES[pattern]
    assert bpe.decode(bpe.encode(SAMPLE, merges, pattern), merges) == SAMPLE
    assert "🙂" not in SAMPLE and bpe.decode(bpe.encode("🙂", merges, pattern), merges) == "🙂"


def test_surrogates_cannot_be_encoded():
    with pytest.raises(UnicodeEncodeError):
        bpe.encode("\ud800", MERGES[None])


# --- merges shorten ---------------------------------------------------------------------

@pytest.mark.parametrize("pattern", PATTERNS, ids=["bytes", "gpt2", "gpt4"])
@fast
@given(text=st.text(max_size=60))
@example(text=SAMPLE[:2000])
def test_each_merge_never_lengthens_and_encode_applies_them_in_order(pattern, text):
    merges = MERGES[pattern]
    chunks = [list(c.encode("utf-8")) for c in bpe.split(text, pattern)]
    lengths = [sum(map(len, chunks))]
    for pair, idx in merges.items():
        chunks = [bpe.merge(ids, pair, idx) for ids in chunks]
        lengths.append(sum(map(len, chunks)))
    assert all(later <= earlier for earlier, later in zip(lengths, lengths[1:]))
    assert bpe.encode(text, merges, pattern) == [i for ids in chunks for i in ids]


@pytest.mark.parametrize("pattern", PATTERNS, ids=["bytes", "gpt2", "gpt4"])
def test_on_its_training_text_every_merge_strictly_shortens(pattern):
    chunks = [list(c.encode("utf-8")) for c in bpe.split(SAMPLE, pattern)]
    length = sum(map(len, chunks))
    for pair, idx in MERGES[pattern].items():
        chunks = [bpe.merge(ids, pair, idx) for ids in chunks]
        assert sum(map(len, chunks)) < length, (pair, idx)
        length = sum(map(len, chunks))


def test_compression_ratio_on_the_shipped_text_is_above_one():
    merges = bpe.train(CORPUS, 512, bpe.GPT2_SPLIT_PATTERN)
    ids = bpe.encode(CORPUS, merges, bpe.GPT2_SPLIT_PATTERN)
    ratio = len(CORPUS.encode("utf-8")) / len(ids)
    assert len(merges) == 256
    assert ratio > 2  # 2.15 with Python 3.11.7's help texts
    assert bpe.decode(ids, merges) == CORPUS


# --- training -----------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", PATTERNS, ids=["bytes", "gpt2", "gpt4"])
def test_training_learns_what_the_lectures_loop_learns(pattern):
    assert bpe.train(SAMPLE[:3000], 300, pattern) == lecture_train(SAMPLE[:3000], 300, pattern)


@fast
@given(text=st.text(alphabet="ab c\n1é🙂", max_size=80), size=st.integers(256, 290))
def test_training_matches_the_lectures_loop_on_any_text(text, size):
    for pattern in (None, bpe.GPT2_SPLIT_PATTERN):
        assert bpe.train(text, size, pattern) == lecture_train(text, size, pattern)


def test_training_is_deterministic_even_across_hash_seeds():
    code = ("from glossary_examples.tokenizer import bpe;"
            "print(bpe.train(open(0).read(), 300, bpe.GPT2_SPLIT_PATTERN))")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run([sys.executable, "-c", code], input=SAMPLE[:3000], capture_output=True,
                              text=True, env=env, timeout=120, check=True)
        outputs.add(done.stdout)
    assert outputs == {str(bpe.train(SAMPLE[:3000], 300, bpe.GPT2_SPLIT_PATTERN)) + "\n"}


def test_new_ids_are_consecutive_and_vocab_concatenates_the_pair():
    merges = MERGES[bpe.GPT2_SPLIT_PATTERN]
    assert list(merges.values()) == list(range(256, 300))
    table = bpe.vocab(merges)
    assert len(table) == 300
    for (a, b), idx in merges.items():
        assert a < idx and b < idx and table[idx] == table[a] + table[b]


@pytest.mark.parametrize("text, expected", [("", 0), ("a", 0), ("ab", 1), ("abab", 2), ("aaaa", 2)])
def test_training_stops_early_when_no_pair_is_left(text, expected):
    assert len(bpe.train(text, 1000)) == expected


def test_vocab_size_below_256_is_refused():
    with pytest.raises(ValueError, match="at least 256"):
        bpe.train("abc", 255)
    assert bpe.train("abc", 256) == {}


def test_progress_wraps_the_loop_over_new_ids():
    seen = []

    def progress(steps):
        seen.append(steps)
        return steps

    bpe.train("aaabdaaabac", 259, progress=progress)
    assert seen == [range(256, 259)]


# --- special tokens -----------------------------------------------------------------------

@fast
@given(st.lists(st.sampled_from(["<|endoftext|>", "<|fim|>", "a b", "<|", "|>", " ", "🙂"]), max_size=12))
def test_each_registered_special_token_is_one_id(parts):
    text = "".join(parts)
    merges = MERGES[bpe.GPT2_SPLIT_PATTERN]
    ids = bpe.encode(text, merges, bpe.GPT2_SPLIT_PATTERN, SPECIAL)
    assert ids.count(300) == text.count("<|endoftext|>") and ids.count(301) == text.count("<|fim|>")
    plain = bpe.encode(text, merges, bpe.GPT2_SPLIT_PATTERN)
    assert 300 not in plain and 301 not in plain  # unregistered: ordinary text


def test_the_longer_of_two_overlapping_special_tokens_wins():
    special = {"<|a|>": 256, "<|a|>b": 257}
    assert bpe.encode("x<|a|>by", {}, special=special) == [ord("x"), 257, ord("y")]


def test_a_special_token_cannot_take_a_merges_id():
    with pytest.raises(ValueError, match="already taken"):
        bpe.vocab({(97, 97): 256}, {"<|endoftext|>": 256})


def test_the_module_is_about_160_lines_as_the_walkthrough_says():
    from pathlib import Path

    lines = Path(bpe.__file__).read_text(encoding="utf-8").splitlines()
    assert 150 <= len(lines) <= 170
