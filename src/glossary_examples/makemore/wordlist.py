"""The word-list command: fit the bigram count model to any word list and report how it does.

    python -m glossary_examples.makemore [FILE]

With the lecture's names.txt the numbers can be compared with the lecture's. Without FILE,
the census names of `data.load_names()` are used. Bad input ends with a one-line message
on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data import LETTERS

ALLOWED = set(LETTERS)  # after lower-casing
SEED = 2147483647
CENSUS = "1990 US census first names from the `names` package (lower-cased, de-duplicated)"


class WordListError(Exception):
    """The word list cannot be used; the message names the file (and line)."""


def read_words(path: Path) -> list[str]:
    """One word per line, stripped and lower-cased; blank lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WordListError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WordListError(f"{path}: is a directory, not a word list") from None
    except PermissionError:
        raise WordListError(f"{path}: permission denied") from None
    except UnicodeDecodeError as err:
        raise WordListError(f"{path}: not UTF-8 text (byte {err.start})") from None
    except OSError as err:
        raise WordListError(f"{path}: cannot read: {err.strerror or err}") from None
    words = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip())
        word = line.strip()
        for column, ch in enumerate(word, start=indent + 1):
            if ch.lower() not in ALLOWED:
                raise WordListError(f"{path}:{number}: character {ch!r} (column {column}) is not a letter "
                                    f"a-z; the bigram model's vocabulary is '.' and a-z")
        if word:
            words.append(word.lower())
    if not words:
        raise WordListError(f"{path}: no words (the file is empty or blank)")
    return words


def main(argv: list[str] | None = None, prog: str = "python -m glossary_examples.makemore") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Fit the bigram count model (makemore, part 1) to a word list and print the number of "
                    "words and bigrams, the average negative log likelihood without and with +1 smoothing, "
                    f"and five names sampled with torch.Generator().manual_seed({SEED}).",
        epilog=f"Without FILE: the {CENSUS}. A FILE holds one word per line, letters a-z only "
               "(case is ignored, blank lines are skipped), e.g. the lecture's names.txt.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path, help="word list, one word per line")
    args = parser.parse_args(argv)
    if args.file is None:
        from .data import load_names

        words, source = load_names(), CENSUS
    else:
        try:
            words, source = read_words(args.file), str(args.file)
        except WordListError as err:
            print(f"{parser.prog}: error: {err}", file=sys.stderr)
            return 2

    import torch  # imported late: --help and bad input answer at once

    from . import counts

    xs, ys = counts.encode(words)
    N = counts.count_matrix(words)
    P = counts.probabilities(N, k=1)
    print(f"corpus: {source}")
    print(f"words: {len(words)}")
    print(f"bigrams: {len(xs)}")
    print(f"average NLL without smoothing: {counts.average_nll(counts.probabilities(N), xs, ys):.4f}")
    print(f"average NLL with +1 smoothing: {counts.average_nll(P, xs, ys):.4f}")
    print(f"five samples (+1 smoothing, torch.Generator().manual_seed({SEED})):")
    g = torch.Generator().manual_seed(SEED)
    for _ in range(5):
        print(counts.sample(P, g))
    return 0
