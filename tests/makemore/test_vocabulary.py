"""vocabulary: the page's claims, checked."""

import pytest
import torch

from glossary_examples.makemore import data
from glossary_examples.makemore.counts import count_matrix

WORDS = data.load_names()


def test_vocabulary_built_from_the_data_is_the_shared_one(example):
    run = example("vocabulary")
    assert run.globals["stoi"] == data.stoi and run.globals["itos"] == data.itos
    assert set("".join(WORDS)) == set(data.LETTERS)  # every letter occurs, nothing else does
    assert len(data.stoi) == 27 and data.itos[0] == "." and data.stoi["z"] == 26
    lines = run.stdout.splitlines()
    assert lines[:2] == ["vocabulary size: 27", "itos: ." + data.LETTERS]
    assert lines[2:] == [f"encode .emma. -> {[data.stoi[c] for c in '.emma.']}", "decode back   -> .emma."]


def test_stoi_and_itos_are_inverse_and_round_trip_every_name():
    assert all(data.itos[data.stoi[s]] == s for s in data.stoi)
    assert all(data.stoi[data.itos[i]] == i for i in data.itos)
    for w in WORDS:
        assert "".join(data.itos[data.stoi[ch]] for ch in w) == w


def test_boundary_never_occurs_inside_a_name():
    assert not any("." in w for w in WORDS)


def test_separate_start_and_end_tokens_only_add_an_empty_row_and_column():
    symbols = ["<S>", *data.LETTERS, "<E>"]
    index = {s: i for i, s in enumerate(symbols)}
    N28 = torch.zeros((28, 28), dtype=torch.int32)
    for w in WORDS:
        chs = ["<S>", *w, "<E>"]
        for a, b in zip(chs, chs[1:]):
            N28[index[a], index[b]] += 1
    assert N28[index["<E>"]].sum() == 0  # nothing follows the end
    assert N28[:, index["<S>"]].sum() == 0  # nothing leads to the start
    N27 = count_matrix(WORDS)
    assert torch.equal(N27[0, 1:], N28[index["<S>"], 1:27])  # '.' as current symbol = <S>
    assert torch.equal(N27[1:, 0], N28[1:27, index["<E>"]])  # '.' as next symbol = <E>
    assert torch.equal(N27[1:, 1:], N28[1:27, 1:27])


@pytest.mark.parametrize("word, bad", [("mary-jane", "-"), ("Zoe", "Z"), ("zoë", "ë")])
def test_characters_outside_the_vocabulary_raise_key_error(word, bad):
    with pytest.raises(KeyError) as err:
        [data.stoi[ch] for ch in word]
    assert err.value.args == (bad,)


def test_pitfall_region_shows_the_error_and_the_fix(example):
    lines = example("vocabulary", "pitfall").stdout.splitlines()
    assert lines[0] == f"emma -> {[data.stoi[c] for c in 'emma']}"
    assert [line.split(" -> KeyError: ")[1] for line in lines[1:3]] == [
        "'-' is not in the vocabulary", "'Z' is not in the vocabulary"]
    assert lines[3] == f"zoe -> {[data.stoi[c] for c in 'zoe']}"
