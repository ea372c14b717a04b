"""tokenization pitfalls: each effect the page lists, shown on the page's tokenizer and checked."""

from __future__ import annotations

import ast
import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text

PATTERN = bpe.GPT2_SPLIT_PATTERN


def rows(stdout: str) -> dict:
    found = {}
    for line in stdout.splitlines():
        text, rest = line.rsplit(" tokens ", 1)
        found[ast.literal_eval(text.rsplit(" ", 1)[0].strip())] = ast.literal_eval(rest)
    return found


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=12))
def test_a_space_belongs_to_the_word_after_it(word):
    assert regex.findall(PATTERN, " " + word) == [" " + word]
    assert regex.findall(PATTERN, "x " + word) == ["x", " " + word]


def test_egg_four_ways_four_token_sequences(example):
    ran = example("tokenization_pitfalls")
    found = rows(ran.stdout)
    merges, table = ran.globals["merges"], ran.globals["table"]
    assert merges == bpe.train(load_text()[:50_000], 512, PATTERN)
    for text, pieces in found.items():
        ids = bpe.encode(text, merges, PATTERN)
        assert pieces == [table[i] for i in ids] and b"".join(pieces) == text.encode("utf-8")
    eggs = [tuple(found[t]) for t in ["egg", " egg", "Egg", " Egg"]]
    assert len(set(eggs)) == 4
    assert found[" egg"] != [b" "] + found["egg"]  # not a space token plus the word's tokens


def test_spelling_strawberry_hides_its_letters_in_tokens(example):
    pieces = rows(example("tokenization_pitfalls").stdout)["strawberry"]
    assert len(pieces) == 8 and b"st" in pieces and b"er" in pieces
    assert b"".join(pieces).count(b"r") == 3 and sum(p == b"r" for p in pieces) == 2  # one r is inside 'er'


def test_trailing_space_is_a_lone_space_token_and_rare_in_the_help_texts(example):
    assert rows(example("tokenization_pitfalls").stdout)["Once upon a "][-1] == b" "
    chunks = regex.findall(PATTERN, load_text())
    lone = sum(c == " " for c in chunks)
    leading = sum(len(c) > 1 and c[0] == " " and not c[1].isspace() for c in chunks)
    assert (len(chunks), lone, leading) == (103_139, 974, 60_824)


def test_unseen_script_falls_apart_into_bytes(example):
    pieces = rows(example("tokenization_pitfalls").stdout)["안녕"]
    assert pieces == [bytes([b]) for b in "안녕".encode("utf-8")] and len(pieces) == 6


def test_numbers_split_where_frequent_pairs_were_not_by_place_value(example):
    ran = example("tokenization_pitfalls", "numbers")
    merges, table = ran.globals["merges"], ran.globals["table"]
    split = {}
    for line in ran.stdout.splitlines():
        number, pieces = line[:16].strip(), ast.literal_eval(line[16:].strip())
        assert pieces == [table[i].decode() for i in bpe.encode(number, merges, PATTERN)]
        split[number] = pieces
    cuts = {n: set(itertools.accumulate(map(len, split[n]))) for n in ["12345", "23451"]}
    assert cuts["12345"] != cuts["23451"]  # same length, pieces at different places
    assert any(len(p) > 1 for p in split["12345"])  # and some pieces are several digits
