"""byte-pair encoding: the page's get_stats and merge, one step and Wikipedia's whole example."""

from __future__ import annotations

import ast
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe

symbols = st.lists(st.sampled_from("abcZ"), max_size=40)
fast = settings(max_examples=200, deadline=None, derandomize=True)


@fast
@given(symbols, st.sampled_from("abcZ"), st.sampled_from("abcZ"))
def test_the_pages_functions_agree_with_the_support_module(example, ids, a, b):
    page = example("byte_pair_encoding").globals
    assert page["get_stats"](ids) == bpe.get_stats(ids) == Counter(zip(ids, ids[1:]))
    assert page["merge"](ids, (a, b), "X") == bpe.merge(ids, (a, b), "X")


@fast
@given(symbols, st.sampled_from("abc"), st.sampled_from("abc"))
def test_length_drops_by_the_replacements_made_not_by_the_pair_count(ids, a, b):
    text = "".join(ids)
    merged = bpe.merge(ids, (a, b), "X")
    assert "".join(merged) == text.replace(a + b, "X")  # left to right, never overlapping
    assert len(merged) == len(ids) - text.count(a + b)
    assert text.count(a + b) <= bpe.get_stats(ids).get((a, b), 0)


def test_aaa_becomes_Za_not_ZZ():
    assert bpe.merge(list("aaa"), ("a", "a"), "Z") == ["Z", "a"]
    assert bpe.get_stats(list("aaa"))[("a", "a")] == 2  # counted twice, replaced once


def test_example_prints_the_counts_the_winner_and_the_merged_text(example):
    lines = example("byte_pair_encoding").stdout.splitlines()
    assert ast.literal_eval(lines[0]) == Counter(zip("aaabdaaabac", "aaabdaaabac"[1:]))
    assert lines[1] == "most frequent: ('a', 'a') 4 times"
    assert lines[2] == "ZabdZabac - 9 symbols instead of 11"


def test_bytes_region_is_wikipedias_example_with_ids(example):
    ran = example("byte_pair_encoding", "bytes")
    lines = ran.stdout.splitlines()
    assert ast.literal_eval(lines[0]) == list(b"aaabdaaabac")
    steps = [line.split(" -> ") for line in lines[1:]]
    assert [ast.literal_eval(pair) for pair, _ in steps] == [(97, 97), (97, 98), (256, 257)]  # aa, ab, ZY
    assert ran.globals["ids"] == [258, ord("d"), 258, ord("a"), ord("c")]  # XdXac
    assert bpe.train("aaabdaaabac", 259) == {(97, 97): 256, (97, 98): 257, (256, 257): 258}
    undone = ran.globals["ids"]
    for (a, b), idx in reversed(list(bpe.train("aaabdaaabac", 259).items())):
        undone = [x for i in undone for x in ((a, b) if i == idx else (i,))]
    assert bytes(undone) == b"aaabdaaabac"


def test_tie_region_two_choices_different_merges_same_length(example):
    lines = example("byte_pair_encoding", "tie").stdout.splitlines()
    assert lines[0] == "tied: [('Z', 'a'), ('a', 'b')]"
    assert lines[1] == "the lecture's max() takes ('Z', 'a')"
    stats = bpe.get_stats(list("ZabdZabac"))
    assert stats[("Z", "a")] == stats[("a", "b")] == max(stats.values()) == 2
    finals = [line.rsplit(" -> ", 1)[1] for line in lines[2:]]
    assert finals == ["XdXac", "XdXac"]
    middles = [line.split(" -> ")[1].split(" then ")[0] for line in lines[2:]]
    assert middles == ["YbdYbac", "ZYdZYac"]  # different second merges
