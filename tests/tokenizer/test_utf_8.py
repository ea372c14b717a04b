"""UTF-8: the byte counts, checked over every code point, and the page's outputs."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

SURROGATES = range(0xD800, 0xE000)
ENCODABLE = [cp for cp in range(0x110000) if cp not in SURROGATES]


def table_length(cp: int) -> int:
    """The page's table."""
    return 1 if cp <= 0x7F else 2 if cp <= 0x7FF else 3 if cp <= 0xFFFF else 4


def test_every_code_point_takes_the_bytes_the_table_says_and_decodes_back():
    for cp in ENCODABLE:
        data = chr(cp).encode("utf-8")
        assert len(data) == table_length(cp), hex(cp)
        assert data.decode("utf-8") == chr(cp)


@pytest.mark.parametrize("cp, n", [(0x7F, 1), (0x80, 2), (0x7FF, 2), (0x800, 3), (0xD7FF, 3), (0xE000, 3),
                                   (0xFFFF, 3), (0x10000, 4), (0x10FFFF, 4)])
def test_the_boundaries(cp, n):
    assert len(chr(cp).encode("utf-8")) == n


def test_surrogates_cannot_be_encoded():
    for cp in SURROGATES:
        with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
            chr(cp).encode("utf-8")


def test_first_byte_tells_the_length_and_every_further_byte_is_10xxxxxx():
    prefix = {1: 0b0, 2: 0b110, 3: 0b1110, 4: 0b11110}
    for cp in ENCODABLE:
        data = chr(cp).encode("utf-8")
        n = len(data)
        assert data[0] >> (7 - (n > 1) * n) == prefix[n], hex(cp)
        assert all(b >> 6 == 0b10 for b in data[1:]), hex(cp)


def test_ascii_is_the_same_bytes():
    assert all(chr(cp).encode("utf-8") == bytes([cp]) for cp in range(128))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text())
@example("")
@example("\U0010ffff\x00")
def test_never_fewer_bytes_than_code_points(text):
    data = text.encode("utf-8")
    assert len(data) >= len(text)
    assert len(data) == sum(table_length(ord(ch)) for ch in text)
    assert (len(data) == len(text)) == text.isascii()


def test_example_prints_the_bytes_of_each_string(example):
    lines = example("utf_8").stdout.splitlines()
    for text, line in zip(["hello", "é", "€", "🙂", "안녕"], lines):
        data = text.encode("utf-8")
        assert line == f"{text!r}: {len(text)} code points -> {len(data)} bytes {list(data)}"
    assert lines[-1] == "decoded: 🙂"


def test_boundaries_region_shows_each_length_and_the_surrogate_error(example):
    lines = example("utf_8", "boundaries").stdout.splitlines()
    for line in lines[:-1]:
        cp = int(line.split(":")[0].removeprefix("U+"), 16)
        n = int(line.split(": ")[1].split()[0])
        bits = line.split("  ")[-1].split()
        assert n == table_length(cp) == len(bits)
        assert bytes(int(b, 2) for b in bits) == chr(cp).encode("utf-8")
    assert "surrogates not allowed" in lines[-1]


def test_utf16_and_utf32_use_more_bytes_mostly_zeros_for_english(example):
    lines = example("utf_8", "utf16").stdout.splitlines()
    text = example("utf_8", "utf16").globals["text"]
    sizes = {line.split()[0]: int(line.split()[1]) for line in lines}
    assert sizes == {e: len(text.encode(e)) for e in ("utf-8", "utf-16-le", "utf-32-le")}
    english = "the quick brown fox"
    assert len(english.encode("utf-16-le")) == 2 * len(english) and english.encode("utf-16-le").count(0) == len(english)
    assert len(english.encode("utf-32-le")) == 4 * len(english) and english.encode("utf-32-le").count(0) == 3 * len(english)
    utf16 = {len(chr(cp).encode("utf-16-le")) for cp in ENCODABLE}
    utf32 = {len(chr(cp).encode("utf-32-le")) for cp in ENCODABLE}
    assert utf16 == {2, 4} and utf32 == {4}
    assert len("a".encode("utf-16")) == 2 + 2 and len("a".encode("utf-32")) == 4 + 4  # the byte order mark


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(st.characters(min_codepoint=1, max_codepoint=0x7F), min_size=1))
def test_ascii_text_is_half_zeros_in_utf16_and_three_quarters_in_utf32(text):
    utf16, utf32 = text.encode("utf-16-le"), text.encode("utf-32-le")
    assert utf16.count(0) * 2 == len(utf16)  # half, not most
    assert utf32.count(0) * 4 == 3 * len(utf32)
    assert text.encode("utf-8").count(0) == 0
