"""invalid UTF-8: what is invalid, what errors="replace" does, and decoding token by token."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe

many = settings(max_examples=400, deadline=None, derandomize=True)
REPLACEMENT = "\ufffd"


def is_valid(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@many
@given(st.binary(max_size=64))
@example(b"\xf0\x9f")
def test_replace_never_raises(data):
    data.decode("utf-8", errors="replace")


@many
@given(st.binary(max_size=64))
def test_invalid_bytes_give_at_least_one_replacement_character(data):
    assume(not is_valid(data))
    assert REPLACEMENT in data.decode("utf-8", errors="replace")


@many
@given(st.text(), st.text(), st.sampled_from([b"\x80", b"\xff", b"\xc0", b"\xf0\x9f", b"\xed\xa0\x80"]))
def test_valid_text_around_an_invalid_part_comes_out_unchanged(before, after, bad):
    decoded = (before.encode("utf-8") + bad + after.encode("utf-8")).decode("utf-8", errors="replace")
    assert decoded.startswith(before) and decoded.endswith(after)
    assert set(decoded[len(before) : len(decoded) - len(after)]) == {REPLACEMENT}


@many
@given(st.text())
def test_valid_utf_8_is_decoded_the_same_either_way(text):
    data = text.encode("utf-8")
    assert data.decode("utf-8", errors="replace") == data.decode("utf-8") == text


def test_thirteen_byte_values_never_occur_in_utf_8():
    seen = set()
    for cp in range(0x110000):
        if not 0xD800 <= cp < 0xE000:
            seen.update(chr(cp).encode("utf-8"))
    assert set(range(256)) - seen == {0xC0, 0xC1, *range(0xF5, 0x100)}
    assert len(set(range(256)) - seen) == 13


@pytest.mark.parametrize("data", [
    b"\x80",              # a continuation byte without a first byte
    b"\xe2\x82",          # a first byte without enough continuation bytes
    b"\xc0\xaf",          # '/' in two bytes instead of one (overlong)
    b"\xe0\x80\xaf",      # '/' in three bytes
    b"\xed\xa0\x80",      # a surrogate, U+D800
    b"\xf4\x90\x80\x80",  # U+110000, above U+10FFFF
    b"\xc1\xbf", b"\xf5\x80\x80\x80", b"\xff",
])
def test_each_kind_of_invalid_sequence_the_page_lists(data):
    assert not is_valid(data)
    assert REPLACEMENT in data.decode("utf-8", errors="replace")


def test_example_shows_strict_errors_and_the_replacement(example):
    lines = example("invalid_utf_8").stdout.splitlines()
    assert lines[0] == "b'\\xf0\\x9f\\x99\\x82' -> 🙂" and lines[1].endswith("-> 🙂")
    for strict, replaced in zip(lines[2::2], lines[3::2]):
        assert "-> UnicodeDecodeError:" in strict
        assert replaced.endswith(f"-> {REPLACEMENT}")


def test_tokens_region_decodes_with_the_module_and_replaces_the_cut_emoji(example):
    assert example("invalid_utf_8", "tokens").stdout.splitlines() == ["hi🙂", f"hi{REPLACEMENT}", REPLACEMENT]
    with pytest.raises(UnicodeDecodeError):
        bpe.decode([240, 159], {}, errors="strict")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text())
@example("hé🙂")
def test_joined_and_incremental_decoding_get_the_text_back_token_by_token_may_not(text):
    ids = list(text.encode("utf-8"))
    assert bytes(ids).decode("utf-8") == text
    step = codecs.getincrementaldecoder("utf-8")()
    assert "".join(step.decode(bytes([i])) for i in ids) + step.decode(b"", final=True) == text
    alone = "".join(bytes([i]).decode("utf-8", errors="replace") for i in ids)
    assert (alone == text) == text.isascii()  # one byte at a time breaks every multi-byte character


def test_pitfall_output(example):
    lines = example("invalid_utf_8", "pitfall").stdout.splitlines()
    assert lines[2] == "all joined: hé🙂"
    assert lines[3] == "incremental: ['h', '', 'é', '', '', '', '🙂']"
    assert lines[1].count(REPLACEMENT) == 6  # é's two bytes and 🙂's four
