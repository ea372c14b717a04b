"""tokenization: a character vocabulary fails on new characters, bytes never do; the BPE region."""

from __future__ import annotations

import ast

import pytest

from hypothesis import example as hypothesis_example
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text


def test_character_tokenizer_round_trips_its_own_text_and_nothing_else(example):
    ran = example("tokenization")
    stoi, itos, text = ran.globals["stoi"], ran.globals["itos"], ran.globals["text"]
    assert sorted(stoi) == sorted(set(text)) and len(stoi) == 8
    assert all(itos[stoi[ch]] == ch for ch in stoi)
    lines = ran.stdout.splitlines()
    assert lines[1] == f"encode: {[sorted(set(text)).index(ch) for ch in text]}"
    assert lines[2] == f"decode: {text}"
    assert lines[3] == "cannot encode ','"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text())
@hypothesis_example("hello, world")
def test_utf_8_bytes_encode_every_text_with_ids_0_to_255(text):
    ids = list(text.encode("utf-8"))
    assert all(0 <= i <= 255 for i in ids) and bytes(ids).decode("utf-8") == text


def test_example_prints_the_bytes(example):
    line = example("tokenization").stdout.splitlines()[-1]
    assert ast.literal_eval(line.split(": ", 1)[1]) == list(b"hello, world")


def test_bpe_region_fewer_tokens_than_characters_and_round_trip(example):
    ran = example("tokenization", "bpe")
    lines = ran.stdout.splitlines()
    merges, text = ran.globals["merges"], ran.globals["text"]
    assert merges == bpe.train(load_text()[:50_000], 512, bpe.GPT2_SPLIT_PATTERN)
    ids = bpe.encode(text, merges, bpe.GPT2_SPLIT_PATTERN)
    assert lines[0] == f"{len(text)} characters -> {len(ids)} tokens" == "53 characters -> 16 tokens"  # as the page says
    assert ast.literal_eval(lines[1]) == ids
    assert "".join(ast.literal_eval(lines[2])) == text
    assert lines[3] == "True"


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.text(max_size=10), st.integers(0xD800, 0xDFFF), st.text(max_size=10))
def test_a_string_with_a_surrogate_has_no_utf_8_bytes(before, surrogate, after):
    with pytest.raises(UnicodeEncodeError):
        (before + chr(surrogate) + after).encode("utf-8")
