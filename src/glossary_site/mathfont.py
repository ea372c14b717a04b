"""The site's math font, cut down at build time to the characters its formulas use.

Noto Sans Math holds about 2,700 characters (270 KB as WOFF2); the glossary's formulas use about
a hundred. After the build writes every page, `subset` keeps only those, plus what a browser draws
on its own: the italic letters of single-letter identifiers (MathML's `<mi>x</mi>` is shown as
U+1D465 𝑥) and the radical sign of a square root. fontTools keeps the glyph variants and parts the
MATH table needs to stretch brackets, roots and sums.
The result is about 15 KB, so a page with math loads its font about as fast as its stylesheet.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

_MATH = re.compile(r"<math\b.*?</math>", re.S)
_TAG = re.compile(r"<[^>]+>")
# Drawn without being in the text: what MathML's automatic italic (text-transform: math-auto) turns
# single letters into (the italic Latin and Greek of the Mathematical Alphanumeric Symbols block, and
# U+210E, the italic h it lacks), and the radical sign of <msqrt> and <mroot>.
_DRAWN = "".join(map(chr, [*range(0x1D434, 0x1D468), *range(0x1D6A4, 0x1D6A6), *range(0x1D6E2, 0x1D71C)])) + "\u210e√"


def characters(site_dir: Path) -> set[str]:
    """Every character inside a <math> element on any page of the built site."""
    used: set[str] = set()
    for page in site_dir.rglob("*.html"):
        for formula in _MATH.findall(page.read_text(encoding="utf-8")):
            used |= set(html.unescape(_TAG.sub("", formula)))
    return used - {"\n", "\t", "\r"}


def subset(font: Path, site_dir: Path) -> tuple[int, int]:
    """Rewrite `font` (WOFF2, inside the built site) to the math of the site's pages; (bytes before, after).

    The same pages give the same bytes (no timestamp is written).
    """
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    before = font.stat().st_size
    options = ft_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep every feature: ssty (script sizes), dtls, flac, ...
    options.name_IDs = ["*"]  # the licence and the font's names stay in it
    parsed = TTFont(str(font), recalcTimestamp=False)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters(site_dir))) + _DRAWN)
    subsetter.subset(parsed)
    parsed.recalcTimestamp = False
    parsed.save(str(font))
    return before, font.stat().st_size
