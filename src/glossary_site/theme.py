"""Changes to the theme's own built files, for speed.

Material's palette script marks `<body>` with `data-md-color-switching` whenever it applies a colour
scheme, including once on every page load, and its stylesheet turns transitions off for every element
under that mark. The mark therefore makes the browser recompute the style of the whole page, then
lay it out again, twice per load (Lighthouse on the A-Z index: 220 ms of blocking time with the
rule, 100 ms without). Without the rule the mark changes nothing; switching dark mode then fades
the few elements that have colour transitions instead of switching them at once.
"""

from __future__ import annotations

import re
from pathlib import Path

SWITCHING_RULE = re.compile(r"\[data-md-color-switching\][^{}]*\{[^{}]*\}")


def drop_switching_rule(site_dir: Path) -> None:
    """Remove the rule from the theme's built stylesheets (tests/site/test_site.py checks it is gone)."""
    for sheet in (site_dir / "assets" / "stylesheets").glob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        kept = SWITCHING_RULE.sub("", text)
        if kept != text:
            sheet.write_text(kept, encoding="utf-8")
