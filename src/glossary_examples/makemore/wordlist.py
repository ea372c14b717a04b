"""The word-list command: fit the bigram count model to any word list of letters a-z.

    glossary bigram [FILE]        (or: python -m glossary_examples.makemore [FILE])

With the lecture's names.txt, its output can be set beside the lecture's numbers: the
lecture sums the log-probabilities one at a time into a float32 tensor, so the command
prints that value too, next to the accurate average. Without FILE, the census names of
`data.load_names()` are used. Bad input ends with one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glossary_examples.makemore.data import LETTERS

ALLOWED = set(LETTERS + LETTERS.upper())  # ASCII letters only: case is ignored
SEED = 2147483647
CENSUS = "1990 US census first names from the `names` package (lower-cased, de-duplicated)"


class WordListError(Exception):
    """The word list cannot be used; the message names the file (and line and column).
    """


def read_words(path: Path) -> list[str]:
    """One word per line (ended by '\\n', '\\r\\n' or '\\r'), stripped and lower-cased;
    blank lines are skipped.

    A UTF-8 byte order mark at the start is ignored. Anything but a-z and A-Z inside a
    word, or bytes that are not UTF-8, raise WordListError naming the file, line and
    column (columns count characters, from 1).
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WordListError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WordListError(f"{path}: is a directory, not a word list") from None
    except PermissionError:
        raise WordListError(f"{path}: permission denied") from None
    except OSError as err:
        raise WordListError(f"{path}: cannot read: {err.strerror or err}") from None
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark
    try:
        text = _lines(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        before = _lines(raw[: err.start].decode("utf-8"))  # all valid up to the bad byte
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        raise WordListError(f"{path}:{line}:{column}: not UTF-8 text (byte 0x{raw[err.start]:02x})") from None
    words = []
    # split("\n"), not splitlines(): editors' line numbers ('\x85' ends no line for them)
    for number, line in enumerate(text.split("\n"), start=1):
        word = line.strip()
        indent = len(line) - len(line.lstrip())
        for column, ch in enumerate(word, start=indent + 1):
            if ch not in ALLOWED:
                raise WordListError(f"{path}:{number}:{column}: character {ch!r} is not a letter a-z; "
                                    "the bigram model's vocabulary is '.' and a-z")
        if word:
            words.append(word.lower())
    if not words:
        raise WordListError(f"{path}: no words (the file is empty or blank)")
    return words


def load_words(path: Path | None) -> tuple[list[str], str]:
    """(words, where they come from): the file's (see read_words), or without a path the census names."""
    if path is None:
        from glossary_examples.makemore.data import load_names

        return load_names(), CENSUS
    return read_words(path), str(path)


def _lines(text: str) -> str:
    """Line ends '\r\n' and '\r' as '\n', as Python's text files read them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main(argv: list[str] | None = None,
         prog: str = "python -m glossary_examples.makemore") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Fit the bigram count model (makemore, part 1) to a word list and print the number of "
                    "words and bigrams, the average negative log likelihood without and with +1 smoothing "
                    "(accurate, and as the lecture's float32 loop computes it), and five names sampled with "
                    f"torch.Generator().manual_seed({SEED}).",
        epilog=f"Without FILE: the {CENSUS}. A FILE holds one word per line, letters a-z only "
               "(case is ignored, blank lines are skipped), e.g. the lecture's names.txt.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path,
                        help="word list, one word per line")
    args = parser.parse_args(argv)
    try:
        words, source = load_words(args.file)
    except WordListError as err:
        print(f"{parser.prog}: error: {err}", file=sys.stderr)
        return 2

    import torch  # imported late: --help and bad input answer at once

    from glossary_examples.makemore import counts

    xs, ys = counts.encode(words)
    N = counts.count_matrix(words)
    print(f"corpus: {source}")
    print(f"words: {len(words)}")
    print(f"bigrams: {len(xs)}")
    for label, k in (("without smoothing", 0), ("with +1 smoothing", 1)):
        P = counts.probabilities(N, k)
        print(f"average NLL {label}: {counts.average_nll(P, xs, ys):.4f}"
              f" (the lecture's loop: {counts.lecture_loop_nll(P, xs, ys):.4f})")
    print(f"note: the first value is accurate to the digits shown (summed in float64); the lecture's loop adds "
          f"the {len(xs)} log-probabilities one at a time to a float32 tensor, and every addition rounds")
    print(f"five samples (+1 smoothing, torch.Generator().manual_seed({SEED})):")
    P = counts.probabilities(N, k=1)
    g = torch.Generator().manual_seed(SEED)
    for _ in range(5):
        print(counts.sample(P, g))
    return 0
