"""special tokens: one id each, cut out before anything else, ordinary text when not registered."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text

PATTERN = bpe.GPT2_SPLIT_PATTERN
MERGES = bpe.train(load_text()[:10_000], 300, PATTERN)
SPECIAL = {"<|endoftext|>": 300}
pieces = st.text(alphabet=st.sampled_from("ab <|>endoftx🙂\n") | st.characters(), max_size=30)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(pieces, min_size=1, max_size=5))
def test_the_text_is_cut_at_the_special_tokens_and_the_rest_encoded_as_usual(parts):
    parts = [p.replace("<|endoftext|>", "") for p in parts]
    text = "<|endoftext|>".join(parts)
    expected = []
    for k, part in enumerate(parts):
        if k:
            expected.append(300)
        expected += bpe.encode(part, MERGES, PATTERN)
    assert bpe.encode(text, MERGES, PATTERN, SPECIAL) == expected
    assert bpe.decode(expected, MERGES, SPECIAL) == text


def test_no_merge_can_produce_the_special_id():
    assert max(MERGES.values()) < 300  # merges take 256..vocab_size-1
    with pytest.raises(ValueError):
        bpe.vocab(MERGES, {"<|endoftext|>": 299})


def test_example_one_id_registered_eleven_ordinary_tokens_otherwise(example):
    ran = example("special_tokens")
    lines = ran.stdout.splitlines()
    text = ran.globals["text"]
    assert ran.globals["merges"] == MERGES
    ids = bpe.encode(text, MERGES, PATTERN, SPECIAL)
    assert lines[0] == f"{len(ids)} tokens: {ids}" and ids.count(300) == 1
    assert lines[1] == f"decoded: {text}"
    marker = ast.literal_eval(lines[2].split("tokens ", 1)[1])
    assert marker == bpe.encode("<|endoftext|>", MERGES, PATTERN) and 300 not in marker
    assert lines[2].startswith(f"unregistered: {len(marker)} ordinary tokens") and len(marker) > 1
    assert lines[3] == "decoded: <|endoftext|>"

