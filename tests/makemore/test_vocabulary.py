"""vocabulary: the page's claims, checked."""

import pytest
import torch

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore import data
from glossary_examples.makemore.counts import count_matrix

WORDS = data.load_names()


def run_region(name: str) -> dict:
    return region_globals("vocabulary", name)


def test_vocabulary_built_from_the_data_is_the_shared_one():
    ns = run_region("example")
    assert ns["stoi"] == data.stoi and ns["itos"] == data.itos
    assert len(data.stoi) == 27 and data.itos[0] == "." and data.stoi["z"] == 26
    assert ns["ix"] == [0, 5, 13, 13, 1, 0]


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


def test_pitfall_region_shows_the_error_and_the_fix(capsys):
    run_region("pitfall")
    out = capsys.readouterr().out
    assert "emma -> [5, 13, 13, 1]" in out
    assert "mary-jane -> KeyError: '-' is not in the vocabulary" in out
    assert "Zoe -> KeyError: 'Z' is not in the vocabulary" in out
    assert "zoe -> [26, 15, 5]" in out
