"""Unicode code point: the page's claims, checked over every code point where they say "every"."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe

ALL = range(0x110000)


def utf32_code_points(text: str) -> list[int]:
    """Code points read a second way: the 4-byte groups of UTF-32 (surrogates pass with surrogatepass)."""
    data = text.encode("utf-32-le", "surrogatepass")
    return [int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data), 4)]


def test_chr_and_ord_are_inverse_on_every_code_point_and_nowhere_else():
    assert all(ord(chr(cp)) == cp for cp in ALL)
    for outside in (-1, 0x110000, 2**31):
        with pytest.raises((ValueError, OverflowError)):
            chr(outside)
    with pytest.raises(TypeError):
        ord("ab")  # one character only


def test_the_surrogates_are_code_points_chr_accepts():
    surrogates = [chr(cp) for cp in range(0xD800, 0xE000)]
    assert len(surrogates) == 2048 and all(unicodedata.category(s) == "Cs" for s in surrogates)


def test_the_numbers_the_definition_gives():
    assert [ord(ch) for ch in "aé🙂"] == [0x61, 0xE9, 0x1F642] == [97, 233, 128_578]
    assert 0x10FFFF == 1_114_111


def test_unicode_14_assigns_144_697_characters():
    # graphic and format characters: every category except unassigned, surrogate, private use, control
    assert unicodedata.unidata_version == "14.0.0"
    counts = {}
    for cp in ALL:
        category = unicodedata.category(chr(cp))
        counts[category] = counts.get(category, 0) + 1
    assert sum(n for c, n in counts.items() if c not in ("Cn", "Cs", "Co", "Cc")) == 144_697
    assert counts["Cc"] == 65 and counts["Cs"] == 2048


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text())
@example("")
@example("e\u0301👍🏽🇫🇷")
def test_len_counts_code_points(text):
    assert len(text) == len(utf32_code_points(text)) == len(text.encode("utf-32-le")) // 4


def test_example_prints_each_code_point_and_gets_the_text_back(example):
    ran = example("unicode_code_point")
    rows = dict(line.split(":", 1) for line in ran.stdout.splitlines())
    text = ran.globals["text"]
    assert rows["code points"].strip() == str(utf32_code_points(text))
    assert rows["as U+ hex"].strip() == str([f"U+{cp:04X}" for cp in utf32_code_points(text)])
    assert rows["back with chr"].strip() == text.strip()
    assert rows["len"].strip() == f"{len(utf32_code_points(text))} code points"
    assert rows["the largest"].strip() == "0x10ffff"
    assert "not in range(0x110000)" in rows["chr(0x110000)"]


def test_pitfall_one_visible_character_can_be_several_code_points(example):
    lines = example("unicode_code_point", "pitfall").stdout.splitlines()
    lengths = [int(line.split(" len ")[1].split()[0]) for line in lines[:4]]
    assert lengths == [len(utf32_code_points(s)) for s in ["é", "e\u0301", "👍🏽", "🇫🇷"]] == [1, 2, 2, 2]
    assert unicodedata.normalize("NFC", "e\u0301") == "\u00e9"  # composed where a single code point exists
    assert unicodedata.normalize("NFD", "\u00e9") == "e\u0301"
    assert unicodedata.normalize("NFC", "👍🏽") == "👍🏽"  # no single code point for it: stays 2
    assert lines[-1] == "NFC: 1 code point, U+00E9"
    assert "e\u0301" != "\u00e9"  # the two spellings are different strings ...
    assert bpe.encode("e\u0301", {}) != bpe.encode("\u00e9", {})  # ... and different tokens


def test_nfc_does_not_compose_every_pair_that_has_a_single_code_point():
    import unicodedata

    qa = "\u0958"  # DEVANAGARI LETTER QA: canonically the two code points below
    assert unicodedata.decomposition(qa) == "0915 093C"
    assert unicodedata.normalize("NFC", "\u0915\u093c") == "\u0915\u093c"  # not composed
    assert unicodedata.normalize("NFC", qa) == "\u0915\u093c"  # and the single one is split
    assert unicodedata.normalize("NFC", "e\u0301") == "\u00e9"  # the usual case is composed
