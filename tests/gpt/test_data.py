"""The GPT corpus, tokenizer and batches: what data.py's docstring and the pages say about them."""

import sys

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.data import CharTokenizer, get_batch, load_text, stdlib_text, train_val_split


def test_the_stdlib_text_is_the_pydoc_topics_joined_in_sorted_order():
    from pydoc_data.topics import topics

    text = stdlib_text()
    assert text == "\n".join(topics[name] for name in sorted(topics))
    assert text == stdlib_text() == load_text()  # the same on every call, and the default corpus
    assert text.startswith('The "assert" statement')


@pytest.mark.skipif(sys.version_info[:3] != (3, 11, 7), reason="the sizes quoted are Python 3.11.7's")
def test_the_sizes_the_docstring_quotes_for_python_3_11_7():
    from pydoc_data.topics import topics

    text = stdlib_text()
    assert (len(topics), len(text), len(set(text))) == (79, 465_048, 103)


def test_the_stdlib_text_is_mostly_english_prose_on_any_python():
    text = stdlib_text()
    assert len(text) > 300_000
    letters_and_spaces = sum(c.isalpha() or c.isspace() for c in text)
    assert letters_and_spaces / len(text) > 0.8
    assert {"the", "and", "statement", "object"} <= set(text.split())


def test_load_text_reads_a_learners_utf8_file(tmp_path):
    path = tmp_path / "input.txt"
    path.write_text("First Citizen:\nBefore we proceed any further, hear me speak. é ✓\n", encoding="utf-8")
    assert load_text(path) == path.read_text(encoding="utf-8")
    assert load_text(str(path)) == load_text(path)


def test_vocabulary_is_the_sorted_distinct_characters():
    tok = CharTokenizer("hello world")
    assert tok.chars == [" ", "d", "e", "h", "l", "o", "r", "w"]
    assert tok.vocab_size == 8
    assert tok.stoi == {c: i for i, c in enumerate(tok.chars)} and tok.itos == dict(enumerate(tok.chars))
    assert tok.encode("hello") == [3, 2, 4, 4, 5]


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.text(min_size=1), st.data())
def test_decode_inverts_encode_for_any_string_over_the_vocabulary(text, data):
    tok = CharTokenizer(text)
    s = data.draw(st.text(alphabet=sorted(set(text))))  # empty strings and repeats included
    ids = tok.encode(s)
    assert tok.decode(ids) == s
    assert tok.decode(torch.tensor(ids, dtype=torch.long)) == s  # a tensor of ids decodes too
    assert all(0 <= i < tok.vocab_size for i in ids)
    assert tok.encode(tok.decode(range(tok.vocab_size))) == list(range(tok.vocab_size))


def test_a_character_the_text_never_had_cannot_be_encoded():
    tok = CharTokenizer(stdlib_text())
    with pytest.raises(KeyError):
        tok.encode("café")


def test_train_val_split_keeps_the_order_and_every_token():
    data = torch.arange(1000)
    train, val = train_val_split(data)
    assert (len(train), len(val)) == (900, 100)
    assert torch.equal(torch.cat([train, val]), data)


DATA = torch.arange(50, 90)  # every token different, so a window's position can be read off its values


@pytest.mark.parametrize("block_size, batch_size", [(8, 4), (1, 1), (39, 3)])
def test_targets_are_the_inputs_shifted_by_one_from_contiguous_windows(block_size, batch_size):
    x, y = get_batch(DATA, block_size, batch_size, torch.Generator().manual_seed(1337))
    assert x.shape == y.shape == (batch_size, block_size) and x.dtype == DATA.dtype
    for row_x, row_y in zip(x, y):
        i = int(row_x[0]) - 50
        assert torch.equal(row_x, DATA[i : i + block_size])
        assert torch.equal(row_y, DATA[i + 1 : i + block_size + 1])
    assert torch.equal(y[:, :-1], x[:, 1:])


def test_same_generator_seed_same_batch_and_every_window_is_drawn():
    first = get_batch(DATA, 8, 4, torch.Generator().manual_seed(1))
    again = get_batch(DATA, 8, 4, torch.Generator().manual_seed(1))
    assert all(torch.equal(a, b) for a, b in zip(first, again))
    g = torch.Generator().manual_seed(2)
    starts = {int(v) - 50 for _ in range(100) for v in get_batch(DATA, 8, 16, g)[0][:, 0]}
    assert starts == set(range(len(DATA) - 8))  # the last window's last target is the last token


def test_data_too_short_for_one_window_is_refused_with_a_clear_message():
    assert get_batch(DATA[:9], 8, 2)[0].shape == (2, 8)  # block_size + 1 tokens: exactly one window
    with pytest.raises(ValueError, match="no window"):
        get_batch(DATA[:8], 8, 2)
