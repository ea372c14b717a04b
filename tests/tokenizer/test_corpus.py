"""The offline corpus: Python's own help texts, and a learner's file with clear errors."""

from __future__ import annotations

import platform

import pytest

from glossary_examples.tokenizer.corpus import CorpusError, load_text


def test_the_shipped_text_is_the_help_topics_with_the_size_the_docs_give():
    from pydoc_data.topics import topics

    text = load_text()
    assert text == "\n\n".join(topics.values())
    assert platform.python_version() == "3.11.7", "the sizes below are Python 3.11.7's: update the docs"
    assert (len(topics), len(text), len(text.encode("utf-8"))) == (79, 465_126, 466_273)
    assert "The \"if\" statement" in text  # what help("if") shows


def test_a_file_is_read_as_utf_8(tmp_path):
    path = tmp_path / "input.txt"
    path.write_bytes("First Citizen:\nBefore we proceed, é 🙂\n".encode("utf-8"))
    assert load_text(path) == "First Citizen:\nBefore we proceed, é 🙂\n"
    assert load_text(str(path)) == load_text(path)


@pytest.mark.parametrize("data, line, column, byte", [
    (b"\xff", 1, 1, 0xFF),
    (b"ok\n\xff\n", 2, 1, 0xFF),
    ("abc\nd\u00e9f ".encode("utf-8") + b"\xe2\x82\n", 2, 5, 0xE2),  # é: 2 bytes, 1 column
    ("\U0001f642\U0001f642".encode("utf-8") + b"\x80", 1, 3, 0x80),  # after two 4-byte emoji
])
def test_not_utf_8_names_file_line_and_column_in_characters(tmp_path, data, line, column, byte):
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    with pytest.raises(CorpusError) as caught:
        load_text(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}:{column}: not UTF-8 (byte 0x{byte:02x}")
    assert "\n" not in message


def test_latin_1_text_is_refused_at_its_first_accent(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("na\u00efve caf\u00e9\n".encode("latin-1"))
    with pytest.raises(CorpusError, match=r":1:3: not UTF-8 \(byte 0xef"):
        load_text(path)


def test_missing_empty_and_directory_are_one_line_each(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    for path, reason in [(tmp_path / "missing.txt", "no such file"), (tmp_path / "empty.txt", "the file is empty"),
                         (tmp_path, "is a directory")]:
        with pytest.raises(CorpusError) as caught:
            load_text(path)
        assert str(caught.value).startswith(f"{path}: {reason}")


@pytest.mark.parametrize("error, reason", [(PermissionError, "permission denied"),
                                           (OSError(5, "Input/output error"), "cannot read: Input/output error")])
def test_unreadable_file(tmp_path, monkeypatch, error, reason):
    path = tmp_path / "secret.txt"
    path.write_text("x")

    def refuse(self):
        raise error

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(CorpusError) as caught:
        load_text(path)
    assert str(caught.value) == f"{path}: {reason}"
