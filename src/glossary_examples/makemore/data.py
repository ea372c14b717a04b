"""The names corpus, read offline from the installed `names` package, and the 27-symbol
vocabulary.

Provenance: the `names` package (PyPI, version 0.3.0) ships the first-name frequency
lists of the 1990 US Census (`dist.female.first`, 4,275 names; `dist.male.first`, 1,219
names). We take the first column of both, lower-case it and drop duplicates (names on
both lists).
"""

from importlib.resources import files

BOUNDARY = "."  # marks both the start and the end of a word
LETTERS = "abcdefghijklmnopqrstuvwxyz"
itos = dict(enumerate(BOUNDARY + LETTERS))  # index -> symbol, '.' is 0
stoi = {s: i for i, s in itos.items()}  # symbol -> index


def load_names() -> list[str]:
    """The census first names: lower-case, unique, in the lists' order (female list
    first)."""
    words = []
    for list_name in ("dist.female.first", "dist.male.first"):
        text = files("names").joinpath(list_name).read_text(encoding="ascii")
        words += [line.split()[0].lower() for line in text.splitlines() if line.strip()]
    return list(dict.fromkeys(words))
