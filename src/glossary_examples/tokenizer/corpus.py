"""Running text for the tokenizer pages, offline: help texts that Python itself ships.

`help("if")`, `help("for")`, ... print the topics of `pydoc_data.topics`, a module of
every CPython installation: English prose about the language, with code samples.
Python 3.11.7 ships 79 topics, 465,126 characters (466,273 bytes of UTF-8); other Python
versions ship other texts, so their numbers differ. The lecture trains on other text:
pass your own file, `load_text("input.txt")`, to use it instead. (Pyodide ships
`pydoc_data` as a separate package: `await pyodide.loadPackage("pydoc_data")`.)
"""

from pathlib import Path


class CorpusError(Exception):
    """The file cannot be a corpus; the message names it (and the line and column)."""


def load_text(path=None):
    """The text of the UTF-8 file `path`; without a path, the Python help topics."""
    if path is None:
        from pydoc_data.topics import topics

        return "\n\n".join(topics.values())  # the topics, a blank line apart
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a directory, not a text file") from None
    except PermissionError:
        raise CorpusError(f"{path}: permission denied") from None
    except OSError as err:
        raise CorpusError(f"{path}: cannot read: {err.strerror or err}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        start = data.rfind(b"\n", 0, err.start) + 1
        column = len(data[start : err.start].decode("utf-8")) + 1  # in characters
        raise CorpusError(f"{path}:{line}:{column}: not UTF-8 "
                          f"(byte 0x{data[err.start]:02x}: {err.reason})") from None
    if not text:
        raise CorpusError(f"{path}: the file is empty")
    return text
