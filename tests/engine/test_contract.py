"""Every registered term has every part: summary, example, doctest, page, test file, valid links."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from glossary_examples import _registry

TERMS = _registry.discover()


@pytest.mark.parametrize("slug", sorted(TERMS))
def test_term_has_every_part(slug):
    term = TERMS[slug]
    assert re.fullmatch(r"[^\n]+[.!?]", term.summary) and not re.search(r"[.!?] [A-Z]", term.summary), \
        f"{term.path.name}: the summary must be one sentence: {term.summary!r}"
    assert term.doctest, f"{term.path.name}: no doctest (>>> lines) in the docstring"
    assert (ROOT / "tests" / f"test_{slug}.py").is_file(), f"{slug}: no tests/test_{slug}.py"
    assert "example" in term.regions
    unknown = [s for s in term.see_also if s not in TERMS]
    assert not unknown, f"{term.path.name}: SEE_ALSO names unknown term(s) {unknown}"
    assert term.docs == "" or term.docs.startswith("https://"), f"{term.path.name}: DOCS must be an https URL"
    page = ROOT / "docs" / term.page
    if page.is_file():  # a hand-written page must show every region; a missing page is generated
        text = page.read_text(encoding="utf-8")
        for name in term.regions:
            fence = "```example" if name == "example" else f"```example {name}"
            assert re.search(rf"^\s*{re.escape(fence)}\s*$", text, re.M), f"docs/{term.page} does not show region {name}"


def test_no_two_terms_share_a_name():
    seen = {}
    for term in TERMS.values():
        for name in term.names:
            folded = _registry._fold(name)
            assert seen.setdefault(folded, term.slug) == term.slug, f"{name!r} names {seen[folded]} and {term.slug}"
