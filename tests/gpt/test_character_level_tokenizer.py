"""character-level tokenizer: the page's claims, checked."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.data import CharTokenizer, stdlib_text

TEXT = "to be, or not to be"


def test_the_example_prints_the_sorted_vocabulary_its_codes_and_the_round_trip(example):
    lines = example("character_level_tokenizer").stdout.splitlines()
    chars = sorted(set(TEXT))
    assert lines[0] == f"vocabulary: {chars} size {len(chars)}"
    assert lines[1] == f"encode('to be'): {[chars.index(c) for c in 'to be']}"  # index in the sorted list
    assert lines[2] == "decode(encode('not to be')): 'not to be'"
    assert lines[3] == "KeyError: 's' is not in the vocabulary"  # the first character 'to see' lacks


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.text(alphabet=sorted(set(TEXT))))
def test_decode_inverts_encode_for_any_string_of_the_vocabulary(example, s):
    region = example("character_level_tokenizer").globals
    ids = region["encode"](s)
    assert region["decode"](ids) == s
    assert len(ids) == len(s)  # one token per character


def test_codes_follow_the_sorted_order_of_the_characters(example):
    stoi = example("character_level_tokenizer").globals["stoi"]
    assert sorted(stoi, key=stoi.get) == sorted(stoi)
    assert sorted(stoi.values()) == list(range(len(stoi)))


def test_every_character_outside_the_text_raises_key_error():
    tok = CharTokenizer(stdlib_text())
    for ch in "éü中😀\t":  # accents, CJK, emoji, a tab: none occurs in the help pages
        try:
            tok.encode("a" + ch)
        except KeyError as err:
            assert err.args == (ch,)
        else:
            raise AssertionError(f"{ch!r} was encoded")


def test_the_corpus_region_reports_the_shipped_text(example):
    lines = example("character_level_tokenizer", "corpus").stdout.splitlines()
    text = stdlib_text()
    chars = sorted(set(text))
    assert lines[0] == f"{len(text):,} characters, {len(chars)} distinct:"
    assert lines[1] == repr("".join(chars))
    assert lines[2] == str([chars.index(c) for c in "hii there"])
    assert lines[3] == "'hii there'"


def test_merging_a_frequent_pair_shortens_the_text_and_grows_the_vocabulary():
    # one byte-pair-encoding step on the characters: the trade-off the definition describes
    tok = CharTokenizer(stdlib_text())
    ids = tok.encode(stdlib_text())
    pair, count = Counter(zip(ids, ids[1:])).most_common(1)[0]
    new, merged, i = tok.vocab_size, [], 0
    while i < len(ids):
        if tuple(ids[i : i + 2]) == pair:
            merged.append(new)
            i += 2
        else:
            merged.append(ids[i])
            i += 1
    assert max(merged) == tok.vocab_size  # one token more in the vocabulary ...
    assert len(merged) < len(ids)  # ... and a shorter text
    assert len(ids) - len(merged) <= count  # overlapping pairs (e.g. "  " in "   ") merge only once


def test_a_merge_leaves_a_text_without_the_pair_as_long_as_it_was():
    from glossary_examples.tokenizer.bpe import encode, train

    merges = train(stdlib_text()[:5_000], 280)
    for text in ["안녕하세요", "zzz", "xq"]:  # none of the learned pairs occur
        assert len(encode(text, merges)) == len(text.encode("utf-8"))
    assert len(encode("the the", merges)) < len("the the".encode("utf-8"))
