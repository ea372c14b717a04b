"""The BPE command: train a byte-level BPE tokenizer on a text file, then encode and decode a string.

    glossary bpe [FILE] [--vocab-size N] [--encode TEXT]
    python -m glossary_examples.tokenizer [FILE] ...

Without FILE, the Python help texts of `corpus.load_text()` are used. The text is cut with the
GPT-2 split pattern, as GPT-2's tokenizer does. A missing, empty or not-UTF-8 file ends with
a one-line message on stderr (line and column for a decoding error) and exit status 2.
"""

from __future__ import annotations

import argparse
import sys

from . import bpe
from .corpus import CorpusError, load_text

DEFAULT_VOCAB_SIZE = 512
DEFAULT_TEXT = "hello world!!!? (안녕하세요!) lol123 😉"  # the lecture's test string
SHIPPED = "the help texts of this Python's standard library (pydoc_data.topics)"


def show(token: bytes) -> str:
    """A token as text when its bytes are valid UTF-8, else as bytes (part of a character)."""
    try:
        return repr(token.decode("utf-8"))
    except UnicodeDecodeError:
        return repr(token)


def main(argv: list[str] | None = None, prog: str = "glossary bpe") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Train a byte-level BPE tokenizer (GPT-2 split pattern) on a text file, print its "
                    "compression ratio (UTF-8 bytes per token), then encode and decode a string.",
        epilog=f"Without FILE: {SHIPPED}. FILE must be UTF-8 text, e.g. the lecture's input.txt.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a UTF-8 text file to train on")
    parser.add_argument("--vocab-size", type=int, default=DEFAULT_VOCAB_SIZE, metavar="N",
                        help=f"256 byte tokens plus N - 256 merges (default {DEFAULT_VOCAB_SIZE})")
    parser.add_argument("--encode", default=DEFAULT_TEXT, metavar="TEXT",
                        help=f"the string to encode and decode (default {DEFAULT_TEXT!r})")
    args = parser.parse_args(argv)
    if args.vocab_size < 256:
        parser.error(f"--vocab-size must be at least 256 (one id per byte), not {args.vocab_size}")
    try:
        text = load_text(args.file)
    except CorpusError as err:
        print(f"{parser.prog}: error: {err}", file=sys.stderr)
        return 2

    from tqdm import tqdm  # imported late: --help and bad input answer at once

    source = args.file or SHIPPED
    n_bytes = len(text.encode("utf-8"))
    print(f"corpus: {source}")
    print(f"size: {len(text):,} characters, {n_bytes:,} bytes of UTF-8")
    merges = bpe.train(text, args.vocab_size, bpe.GPT2_SPLIT_PATTERN,
                       progress=lambda steps: tqdm(steps, desc="merges", unit="merge"))
    ids = bpe.encode(text, merges, bpe.GPT2_SPLIT_PATTERN)
    print(f"merges: {len(merges):,} (vocabulary size {256 + len(merges):,})")
    print(f"tokens: {len(ids):,}")
    print(f"compression ratio: {n_bytes / len(ids):.2f} bytes per token")
    vocab = bpe.vocab(merges)
    encoded = bpe.encode(args.encode, merges, bpe.GPT2_SPLIT_PATTERN)
    print(f"encode {args.encode!r}: {len(args.encode.encode('utf-8'))} bytes -> {len(encoded)} tokens")
    print("ids:", encoded)
    print("pieces:", " ".join(show(vocab[i]) for i in encoded))
    decoded = bpe.decode(encoded, merges)
    print(f"decode: {decoded!r} (round trip: {decoded == args.encode})")
    return 0
