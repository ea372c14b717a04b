"""Engine behaviours that mutation testing (scripts/mutation.py --engine) found unchecked."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import MKDOCS_ENV, ROOT
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


def test_the_summary_is_the_second_docstring_paragraph_on_one_line(terms):
    for term in terms.values():
        paragraphs = ast.get_docstring(ast.parse(term.path.read_text(encoding="utf-8"))).split("\n\n")
        assert term.summary == " ".join(paragraphs[1].split())


def test_printed_output_ends_with_its_last_line():
    term = _registry.parse(_registry.PACKAGE_DIR / "softmax.py")
    block = _pages.example(term, term.regions["example"], _runner.Result("a\nb\n\n", [], 0.0), [])
    assert '{ .text .no-copy title="Output" }\na\nb\n```\n' in block


def test_a_build_without_execution_has_an_empty_timings_table():
    assert _pages._timing({}, {}, {}).rstrip("\n").endswith("| N/A | | |")


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


def check_term_pages(site: Path, terms: dict[str, _registry.Term]) -> None:
    """Each term page ends with its checked claims (the doctests) and, if any, its see-also links both ways."""
    for term in terms.values():
        soup = soup_of(site / term.page.removesuffix(".md") / "index.html")
        headings = [h.get_text().rstrip("¶") for h in soup.select("article h2")]
        summary = soup.select_one("article h1").find_next_sibling()
        assert summary.get_text() == term.summary, f"{term.slug}: the summary must follow the title"
        assert not str(summary.next_sibling or "").strip(), f"{term.slug}: stray text after the summary"
        first_word = (term.definition.split() or [""])[0]
        if re.fullmatch(r"[A-Za-z][\w'-]*[,.;:]?", first_word):  # plain text (not math or markup) to compare
            after = summary.find_next_sibling()
            if "glossary-aliases" in (after.get("class") or []):  # the "Also called" line comes first
                after = after.find_next_sibling()
            assert after.get_text().split()[0] == first_word, f"{term.slug}: definition start"
        if term.doctest:
            claims = soup.find("h2", id="checked-claims")
            assert claims.find_next_sibling().get_text() == ("These lines are doctests: python -m doctest -v on "
                                                             "the module (or make test) re-checks them.")
            assert claims.find_next("pre").get_text().strip() == term.doctest.strip()
        related = [terms[s] for s in term.see_also]
        related += [t for t in terms.values() if term.slug in t.see_also and t not in related]  # once each
        assert ("See also" in headings) == bool(related), (term.slug, headings)
        if related:
            items = soup.find("h2", id="see-also").find_next("ul").find_all("li", recursive=False)
            assert [" ".join(li.get_text().split()) for li in items] == [f"{t.title} — {t.summary}" for t in related]


def check_nav(site: Path, terms: dict[str, _registry.Term]) -> None:
    """Each section with terms is in the navigation under its name, linking its index page."""
    soup = soup_of(site / "index.html")
    labels = {a.get_text(strip=True): a["href"] for a in soup.select("nav.md-nav--primary .md-nav__container > a")}
    for section, title in _registry.SECTIONS.items():
        if any(t.section == section for t in terms.values()):
            assert labels.get(title) == f"{section}/", f"nav: section {title} should link its index page"


def test_term_pages_end_with_claims_and_see_also(site, terms):
    check_term_pages(site, terms)


def test_nav_sections_use_the_section_names_and_link_their_index(site, terms):
    check_nav(site, terms)


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


def test_sections_are_named_as_their_projects_write_them():
    assert _registry.SECTIONS == {"numpy": "NumPy", "pytorch": "PyTorch", "micrograd": "Micrograd",
                                  "makemore": "Makemore"}


def test_examples_run_as_main_like_a_fresh_python(tmp_path):
    path = tmp_path / "probe_main.py"
    path.write_text(PROBE.replace("print(NUMBER)", "print(__name__)"))
    term = _registry.parse(path)
    assert _runner.execute(term, term.regions["example"]).stdout == "__main__\n"


def test_output_containing_a_fence_gets_a_longer_fence(terms):
    term = terms["softmax"]
    block = _pages.example(term, term.regions["example"], _runner.Result("```\n", [], 0.0), [])
    assert '\n````{ .text .no-copy title="Output" }\n```\n````\n' in block


def test_the_timings_page_states_the_versions(site):
    soup = soup_of(site / "timing" / "index.html")
    versions = ", ".join(f"{k} {v}" for k, v in _runner.library_versions().items())
    assert f"Versions: {versions}." in [p.get_text() for p in soup.select("article p")]


def test_a_rebuild_forgets_imported_term_modules_but_keeps_the_engine():
    """`mkdocs serve` rebuilds in one process: edited examples and helpers must be imported afresh."""
    import glossary_examples.micrograd  # noqa: F401
    import glossary_examples.softmax  # noqa: F401

    saved = {name: module for name, module in sys.modules.items() if name.startswith("glossary_examples.")}
    try:
        plugin = _mkdocs_plugin.GlossaryPlugin()
        plugin.load_config({})
        plugin.on_config(None)
        assert "glossary_examples.softmax" not in sys.modules and "glossary_examples.micrograd" not in sys.modules
        assert "glossary_examples._runner" in sys.modules and set(plugin.terms) == set(_registry.discover())
    finally:
        sys.modules.update(saved)


def test_a_broken_term_module_fails_the_build_in_one_line(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", ".git", "site", ".cache", "node_modules"))
    (project / "src/glossary_examples/half_typed.py").write_text(PROBE.replace("print(NUMBER)", "print((1)"))
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "out")],
                          cwd=project, capture_output=True, text=True, timeout=600,
                          env={**MKDOCS_ENV, "PYTHONPATH": str(project / "src")})
    assert done.returncode != 0
    assert re.search(r"glossary: half_typed.py:\d+: syntax error", done.stderr), done.stderr
    assert "Traceback" not in done.stderr
