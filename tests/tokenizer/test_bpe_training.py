"""BPE training: the page's merges, token count and compression ratio, computed a second way."""

from __future__ import annotations

import ast

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text

TEXT = load_text()[:10_000]


def ratio(text: str, merges: dict) -> float:
    return len(text.encode("utf-8")) / len(bpe.encode(text, merges))


def test_example_merges_are_the_trained_ones_shown_as_bytes(example):
    ran = example("bpe_training")
    merges = ran.globals["merges"]
    assert ran.globals["text"] == TEXT
    assert merges == bpe.train(TEXT, 276) and len(merges) == 20
    table = bpe.vocab(merges)
    lines = ran.stdout.splitlines()
    for line, ((a, b), idx) in zip(lines[:6], merges.items()):
        number, rest = line.split(": ", 1)
        left, right = rest.split(" -> ")
        assert int(number) == idx
        assert [ast.literal_eval(part) for part in left.split(" + ")] == [table[a], table[b]]
        assert ast.literal_eval(right) == table[a] + table[b] == table[idx]


def test_example_token_count_and_ratio_agree_with_encode(example):
    ran = example("bpe_training")
    lines = ran.stdout.splitlines()
    n_bytes = len(TEXT.encode("utf-8"))
    tokens = bpe.encode(TEXT, ran.globals["merges"])  # the lecture's encode loop, not the replay
    assert ran.globals["ids"] == tokens
    assert lines[6] == f"{n_bytes} bytes"
    assert lines[7] == f"{len(tokens)} tokens after 20 merges"
    assert lines[8] == f"compression ratio: {n_bytes / len(tokens):.2f}"
    assert bpe.decode(tokens, ran.globals["merges"]) == TEXT


def test_every_merge_shortens_the_training_text_so_the_ratio_grows():
    merges = bpe.train(TEXT, 276)
    ids, lengths = list(TEXT.encode("utf-8")), []
    for pair, idx in merges.items():
        before = len(ids)
        count = bpe.get_stats(ids)[pair]
        ids = bpe.merge(ids, pair, idx)
        assert 0 < before - len(ids) <= count  # shorter by the replacements made
        lengths.append(len(ids))
    assert lengths == sorted(lengths, reverse=True) and len(set(lengths)) == len(lengths)


def test_the_ratio_is_lower_on_text_the_tokenizer_was_not_trained_on():
    merges = bpe.train(TEXT, 276)
    trained_on = ratio(TEXT, merges)
    held_out = ratio(load_text()[10_000:20_000], merges)  # more help text, not seen in training
    korean = ratio("안녕하세요, 만나서 반갑습니다. " * 20, merges)  # another language
    assert (round(trained_on, 2), round(held_out, 2), korean) == (1.31, 1.23, 1.0)  # as the page says


def test_roundtrip_region_decodes_to_the_text_it_encoded(example):
    ran = example("bpe_training", "roundtrip")
    lines = ran.stdout.splitlines()
    merges = ran.globals["merges"]
    assert merges == bpe.train(TEXT, 276)
    ids = ast.literal_eval(lines[0])
    assert ids == bpe.encode("The return statement", merges)
    assert b"".join(ast.literal_eval(lines[1])) == b"The return statement"
    assert lines[2] == "'The return statement'"


def test_new_text_made_of_frequent_pieces_compresses_better_than_the_training_text():
    merges = bpe.train(TEXT, 276)
    unseen = "the " * 50
    assert unseen not in TEXT
    assert ratio(unseen, merges) == 2.0 > ratio(TEXT, merges)  # "usually lower", not always
