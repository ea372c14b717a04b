"""Engine behaviours that mutation testing (scripts/mutation.py --engine) found unchecked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from glossary_examples import _mkdocs_plugin, _pages, _reader, _registry, _runner
from test_site import pages


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


PROBE = '''"""probe NUMBER

A probe is a throwaway term.

>>> 1
1
"""
SECTION = "numpy"
ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
print(NUMBER)
# --8<-- [end:example]
'''


def test_a_syntax_error_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "half_typed.py"
    path.write_text(PROBE.replace("print(NUMBER)", "print((1)"))
    with pytest.raises(_registry.TermError, match=r"^half_typed.py:\d+: syntax error: "):
        _registry.parse(path)


def test_at_most_five_suggestions(tmp_path):
    for number in range(8):
        (tmp_path / f"probe_{number}.py").write_text(PROBE.replace("NUMBER", str(number)))
    terms = _registry.discover(tmp_path)
    with pytest.raises(LookupError) as caught:
        _registry.resolve("probe_", terms)
    suggested = caught.value.args[0].split("did you mean ")[1].rstrip("?").split(", ")
    assert len(suggested) == 5 and set(suggested) <= set(terms)


def test_display_math_becomes_block_mathml():
    html = '<div class="arithmatex">\\[e^{z}\\]</div> and <span class="arithmatex">\\(z\\)</span>'
    converted = _mkdocs_plugin._MATH.sub(lambda m: _reader.mathml(m[2], display=m[1] == "div"), html)
    assert re.search(r'<math [^>]*display="block"', converted) and re.search(r'<math [^>]*display="inline"', converted)


def test_an_example_not_executed_says_so(terms):
    term = terms["softmax"]
    block = _pages.example(term, term.regions["example"], None, [])
    assert '<div class="glossary-output" markdown>\n\n*(not executed in this build)*\n\n</div>' in block


def test_the_provenance_note_names_real_versions_and_files(site, terms):
    versions = _runner.library_versions()
    for term in terms.values():
        path = site / term.page.removesuffix(".md") / "index.html"
        note = soup_of(path).select_one(".glossary-provenance").get_text()
        assert note.strip() == (
            f"Outputs on this page were produced while the site was built, with Python {versions['python']}, "
            f"torch {versions['torch']} and numpy {versions['numpy']}. "
            f"Example source: src/glossary_examples/{term.slug}.py; claims proven by tests/test_{term.slug}.py.")
        assert (ROOT / "src/glossary_examples" / f"{term.slug}.py").is_file()
        assert (ROOT / "tests" / f"test_{term.slug}.py").is_file()


def test_section_pages_exist_only_for_sections_with_terms_and_list_them(site, terms):
    for section in _registry.SECTIONS:
        members = {t.title for t in terms.values() if t.section == section}
        index = site / section / "index.html"
        if not members:
            assert not index.exists(), f"{section}: an index page for a section without terms"
            continue
        soup = soup_of(index)
        assert {a.get_text() for a in soup.select("article td:first-child a")} == members


def test_a_to_z_opens_with_the_term_count(site, terms):
    soup = soup_of(site / "a-z" / "index.html")
    assert soup.select_one("article p").get_text() == f"All {len(terms)} terms, alphabetically."


def test_figures_are_inline_svg_in_the_text_colour_without_metadata(site):
    figures = [svg for _, soup in pages(site) for svg in soup.select("div.glossary-figure > svg")]
    assert figures, "no figure on the site"
    for svg in figures:
        text = str(svg)
        assert "<metadata" not in text and "#000000" not in text  # black was turned into the text colour
        assert not [t for t in svg.find_all(string=True, recursive=False) if t.strip()], "stray text in an svg"


def test_figures_are_closed_after_each_region(terms):
    plt = pytest.importorskip("matplotlib.pyplot")
    _runner.configure_matplotlib()
    term = terms["softmax"]
    assert len(_runner.execute(term, term.regions["figure"]).figures) == 1
    assert plt.get_fignums() == []
    assert len(_runner.execute(term, term.regions["figure"]).figures) == 1, "a figure leaked into the next run"


def test_inline_svg_has_no_metadata():
    svg = '<?xml version="1.0"?>\n<svg fill="#000000"><metadata>\n<rdf/>\n</metadata>\n<g/></svg>'
    assert _runner._inline(svg) == '<svg fill="currentColor"><g/></svg>'
