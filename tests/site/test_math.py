"""No raw TeX reaches a reader: not in the text, headings, table of contents, page titles, hover summaries
or search index. Math is MathML (drawn with the site's own math font, checked in test_browser.py) or,
where markup cannot go, plain Unicode text."""

import json
import re

from bs4 import BeautifulSoup
from site_html import trees

# What TeX leaves behind: arithmatex's \( \) \[ \] markers, $...$ around a command or a script, a command.
TEX = re.compile(r"\\[()\[\]]|\$[^$\s][^$]*?(?:\\[a-zA-Z]|[_^]\{)[^$]*\$|\\(?:[a-zA-Z]{2,})\b")
CODE = ["code", "pre", "script", "style", "svg", "math", "kbd", "samp"]
ATTRIBUTES = ["title", "aria-label", "alt", "content", "data-md-tooltip"]


def raw_tex(text: str) -> list[str]:
    return [text[max(0, m.start() - 20) : m.end() + 20] for m in TEX.finditer(text)]


def test_the_pattern_finds_what_tex_leaves_and_not_prose():
    assert raw_tex(r"its \(-\log p\)") and raw_tex(r"the $-\log p$") and raw_tex(r"an $x_{ij}$")
    assert raw_tex(r"\frac{1}{2}") and raw_tex(r"\[ x \]")
    assert not raw_tex("costs $5 and $6; a path C:/x; −log p; e^x in words")


def test_no_page_shows_raw_tex_in_its_text_titles_or_attributes(site):
    found = []
    for path, tree in trees(site, source_pages=False):  # not the term modules' own source, shown as code
        name = path.relative_to(site).as_posix()
        for node in list(tree.iter(*CODE)):
            node.drop_tree()  # keeps the text after it
        found += [f"{name}: text: {hit!r}" for hit in raw_tex(" ".join(tree.itertext()))]
        for node in tree.xpath("//*[" + " or ".join(f"@{a}" for a in ATTRIBUTES) + "]"):
            for attribute in ATTRIBUTES:
                found += [f"{name}: {node.tag}[{attribute}]: {hit!r}" for hit in raw_tex(node.get(attribute) or "")]
    assert not found, "\n".join(found)


def test_the_search_index_holds_no_raw_tex(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = []
    for doc in index["docs"]:
        text = BeautifulSoup(doc["title"] + " " + doc["text"], "html.parser")
        for node in text.find_all(CODE):
            node.decompose()
        found += [f"{doc['location']}: {hit!r}" for hit in raw_tex(text.get_text(" "))]
    assert not found, "\n".join(found)



def test_the_served_math_font_keeps_every_character_the_formulas_use_and_is_small(site, pytestconfig):
    from fontTools.ttLib import TTFont

    from glossary_site import mathfont

    served = site / "assets" / "fonts" / "noto-sans-math.woff2"
    whole = TTFont(str(pytestconfig.rootpath / "docs" / "assets" / "fonts" / "noto-sans-math.woff2")).getBestCmap()
    kept = TTFont(str(served)).getBestCmap()
    dropped = {c for c in mathfont.characters(site) if ord(c) in whole and ord(c) not in kept}
    assert not dropped, f"the cut font lost characters the formulas use: {sorted(dropped)}"
    assert served.stat().st_size < 40_000  # the whole font is 270 KB
