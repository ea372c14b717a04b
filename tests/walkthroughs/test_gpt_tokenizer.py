"""The tokenizer walkthrough: imports the glossary's BPE instead of copying it, links real terms."""

from __future__ import annotations

import re
from pathlib import Path

import jupytext

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "walkthroughs" / "gpt_tokenizer.py"
LINK = re.compile(r"\]\(\.\./\.\./(?P<section>[a-z_]+)/(?P<slug>[a-z0-9_]+)/\)")


def cells(kind: str) -> list[str]:
    return [c.source for c in jupytext.read(NOTEBOOK).cells if c.cell_type == kind]


def test_titled_and_imports_the_glossary_code_instead_of_copying_it():
    assert cells("markdown")[0].startswith("# The GPT tokenizer")
    code = "\n".join(cells("code"))
    assert "from glossary_examples.tokenizer.bpe import" in code
    assert "from glossary_examples.tokenizer.corpus import load_text" in code
    assert not re.search(r"^\s*(def|class) ", code, re.M)
    assert not re.search(r"^\s*import (torch|numpy)", code, re.M)  # pure Python, as the intro says


def test_every_term_link_is_a_term_of_that_section(terms):
    links = [m.groupdict() for m in LINK.finditer("\n".join(cells("markdown")))]
    for link in links:
        assert link["slug"] in terms and terms[link["slug"]].section == link["section"], link
    assert {link["slug"] for link in links} == {slug for slug, t in terms.items() if t.section == "tokenizer"}


def test_no_tex_in_the_notebook_text():
    assert "$" not in "\n".join(cells("markdown"))
