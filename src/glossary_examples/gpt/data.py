"""Text for the GPT lecture, read offline: a corpus, a character-level tokenizer, random batches.

    from glossary_examples.gpt.data import CharTokenizer, get_batch, load_text

The corpus. The lecture trains on tiny-shakespeare (`input.txt`, 1,115,394 characters, 65
distinct). No package registry ships that file, and the loaders that offer it download it
when they run, so without a file of your own the text here is running English that the
Python standard library ships: the help pages of `pydoc_data.topics`, the text that
`help("if")` or `help("assert")` prints (sections of the Python Language Reference and the
Library Reference, under the PSF License Version 2 like all of Python's documentation).
Joined in sorted topic order, Python 3.11.7's 79 topics give 465,048 characters with 103
distinct ones; another Python version ships a slightly different text. Every function that
takes a corpus takes your own text as well: `load_text("input.txt")` reads the lecture's file.

Where this differs from the lecture: the functions take what they need as arguments
(the lecture reads module globals such as `block_size` and `train_data`), and `get_batch`
draws from a `torch.Generator` you pass, so every batch can be reproduced on its own.
"""

from pathlib import Path

import torch


def stdlib_text() -> str:
    """The help texts that ship with Python (`pydoc_data.topics`), joined in sorted topic order."""
    from pydoc_data.topics import topics

    return "\n".join(topics[name] for name in sorted(topics))


def load_text(path=None) -> str:
    """The text of a UTF-8 file (e.g. the lecture's input.txt); without a path, `stdlib_text()`."""
    if path is None:
        return stdlib_text()
    return Path(path).read_text(encoding="utf-8")


class CharTokenizer:
    """Every distinct character of a text gets an integer, in sorted order: encode and decode."""

    def __init__(self, text: str):
        self.chars = sorted(set(text))  # the vocabulary
        self.stoi = {ch: i for i, ch in enumerate(self.chars)}  # string -> integer
        self.itos = dict(enumerate(self.chars))  # integer -> string

    @property
    def vocab_size(self) -> int:
        return len(self.chars)

    def encode(self, s: str) -> list[int]:
        return [self.stoi[c] for c in s]  # KeyError: a character the text never had

    def decode(self, ids) -> str:
        return "".join(self.itos[int(i)] for i in ids)  # ints, or a 1-D tensor


def train_val_split(data: torch.Tensor, fraction: float = 0.9):
    """The first `fraction` of the tokens for training, the rest for validation (not shuffled)."""
    n = int(fraction * len(data))
    return data[:n], data[n:]


def get_batch(data: torch.Tensor, block_size: int, batch_size: int, generator=None):
    """`batch_size` random windows of `block_size` tokens (x) and the same windows shifted by one (y).

    y[b, t] is the token that follows x[b, : t + 1], so one window holds `block_size` examples.
    """
    if len(data) <= block_size:
        raise ValueError(f"{len(data)} tokens make no window of {block_size} inputs and its targets")
    ix = torch.randint(len(data) - block_size, (batch_size,), generator=generator)
    x = torch.stack([data[i : i + block_size] for i in ix])
    y = torch.stack([data[i + 1 : i + block_size + 1] for i in ix])
    return x, y
