"""GPT-2 split pattern: chunks cover the text, never mix kinds, and no token crosses them."""

from __future__ import annotations

import ast
import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe

GPT2, GPT4 = bpe.GPT2_SPLIT_PATTERN, bpe.GPT4_SPLIT_PATTERN
KINDS = [r"'(?:[sdmt]|ll|ve|re)", r" ?\p{L}+", r" ?\p{N}+", r" ?[^\s\p{L}\p{N}]+", r"\s+"]  # the page's list
many = settings(max_examples=300, deadline=None, derandomize=True)
tricky = st.text(alphabet=st.sampled_from("aZé안 1²½'s’!?.\n\t\r🙂") | st.characters(), max_size=40)


@many
@given(tricky)
@example("")
@example("Hello've world123 how's are you!!!?")
def test_chunks_join_back_into_the_whole_text(text):
    assert "".join(regex.findall(GPT2, text)) == text
    assert "".join(regex.findall(GPT4, text)) == text


@many
@given(tricky)
def test_every_gpt2_chunk_is_one_kind_so_letters_and_digits_never_share_one(text):
    for chunk in regex.findall(GPT2, text):
        assert any(regex.fullmatch(kind, chunk) for kind in KINDS), chunk
        assert not (regex.search(r"\p{L}", chunk) and regex.search(r"\p{N}", chunk))


@pytest.mark.parametrize("n", [2, 3, 8])
@pytest.mark.parametrize("word", ["x", "1", "(", "안"])
def test_a_run_of_spaces_leaves_its_last_space_to_the_next_word(n, word):
    assert regex.findall(GPT2, " " * n + word) == [" " * (n - 1), " " + word]


def test_numbers_include_other_digits_and_fractions():
    assert regex.findall(GPT2, "x ½²٣") == ["x", " ½²٣"]


def test_contractions_only_in_lower_case_and_gpt4_ignores_case():
    for contraction in ["'s", "'t", "'re", "'ve", "'m", "'ll", "'d"]:
        assert regex.findall(GPT2, "it" + contraction) == ["it", contraction]
        upper = contraction.upper()
        assert regex.findall(GPT2, "IT" + upper) == ["IT", "'", upper[1:]]
        assert regex.findall(GPT4, "IT" + upper) == ["IT", upper]


@many
@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_gpt2_keeps_a_digit_run_whole_gpt4_cuts_it_into_threes(digits):
    assert regex.findall(GPT2, digits) == [digits]
    groups = regex.findall(GPT4, digits)
    assert "".join(groups) == digits and all(len(g) == 3 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 3


def test_the_re_module_cannot_compile_it():
    with pytest.raises(re.error, match=r"bad escape \\p"):
        re.compile(GPT2)


@many
@given(st.text(alphabet="ab .,!\n1é", max_size=60), st.text(alphabet="ab .,!\n1é", max_size=30))
def test_no_token_crosses_a_chunk_boundary(training, text):
    merges = bpe.train(training, 280, GPT2)
    table = bpe.vocab(merges)
    for token in (table[idx] for idx in merges.values()):
        assert not regex.search(r"\p{L} ", token.decode("utf-8", errors="replace"))  # never one token
    cuts, at = set(), 0
    for chunk in regex.findall(GPT2, text):
        at += len(chunk.encode("utf-8"))
        cuts.add(at)
    ends, at = set(), 0
    for idx in bpe.encode(text, merges, GPT2):
        at += len(table[idx])
        ends.add(at)
    assert cuts <= ends  # every chunk boundary is a token boundary


def test_example_region_uses_the_gpt2_pattern(example):
    ran = example("gpt2_split_pattern")
    assert ran.globals["pat"] == GPT2
    strings = ["Hello've world123 how's are you!!!?", "    for i in range(10):\n        print(i)",
               "안녕하세요 👋 (hello)"]
    assert [ast.literal_eval(line) for line in ran.stdout.splitlines()] == [regex.findall(GPT2, s) for s in strings]


def test_tokens_region_letter_then_space_only_without_the_split(example):
    lines = example("gpt2_split_pattern", "tokens").stdout.splitlines()
    raw = ast.literal_eval(lines[1].split(": ", 1)[1])
    split = ast.literal_eval(lines[3].split(": ", 1)[1])
    assert raw and all(regex.search(r"\p{L} ", t) for t in raw) and split == []
    assert "e " in raw and " the " in raw  # the tokens the definition names


def test_pitfall_region(example):
    rows = {}
    for line in example("gpt2_split_pattern", "pitfall").stdout.splitlines():
        text, rest = line.split(" GPT-2 ")
        gpt2, gpt4 = rest.split("  GPT-4 ")
        rows[ast.literal_eval(text.strip())] = (ast.literal_eval(gpt2), ast.literal_eval(gpt4))
    assert rows == {t: (regex.findall(GPT2, t), regex.findall(GPT4, t)) for t in rows}
    assert rows["HOW'S"] == (["HOW", "'", "S"], ["HOW", "'S"])
    assert rows["1234567"] == (["1234567"], ["123", "456", "7"])
