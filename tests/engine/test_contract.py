"""The parts of the term contract the build does not enforce, checked on the real content.

The build already fails on a missing part, an unknown SEE_ALSO slug, a region that never ends or does
not compile alone, a page in the wrong folder or one that leaves out a region (tests/engine/test_engine.py).
"""

from __future__ import annotations

import re

import pytest

from glossary_site import registry


def test_every_term_has_a_one_sentence_summary_claims_tests_and_official_docs(pytestconfig, terms):
    project = pytestconfig.rootpath
    problems = []
    for slug, term in sorted(terms.items()):
        if not re.fullmatch(r"[^\n]+[.!?]", term.summary) or re.search(r"[.!?] [A-Z]", term.summary):
            problems.append(f"{term.path}: the summary is not one sentence: {term.summary!r}")
        if not term.doctest:
            problems.append(f"{term.path}: no doctest (>>> lines) in the docstring")
        if not (project / "tests" / term.section / f"test_{slug}.py").is_file():
            problems.append(f"{term.path}: no tests/{term.section}/test_{slug}.py")
        if term.docs and not term.docs.startswith("https://"):
            problems.append(f"{term.path}: DOCS is not an https URL: {term.docs}")
    assert not problems, "\n".join(problems)


def test_no_two_terms_answer_to_one_name(terms):
    """`glossary show NAME` and search must find one term for each name a reader types."""
    owners: dict[str, set[str]] = {}
    for term in terms.values():
        for name in term.names:
            owners.setdefault(name, set()).add(term.slug)
    for name, slugs in owners.items():
        if len(slugs) == 1:
            assert registry.resolve(name, terms).slug in slugs, name
        else:
            pytest.fail(f"{name!r} names {sorted(slugs)}")


def test_every_region_is_read_by_a_test_through_the_example_fixture(pytestconfig, terms):
    """So each region also runs again on several torch threads, and its output is checked against its page."""
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (pytestconfig.rootpath / "tests").rglob("test_*.py"))
    unread = []
    for term in terms.values():
        for name in term.regions:
            default = r'(?:\s*,\s*"example")?' if name == "example" else rf'\s*,\s*"{name}"'
            if not re.search(rf'\bexample\(\s*"{term.slug}"{default}\s*\)', tests):
                unread.append(f"{term.slug}:{name}")
    assert not unread, f"regions no test reads with example(...): {unread}"
