"""The cheat sheet: every term with its summary and key line, per section and whole; its PDFs made offline."""

import os
import textwrap
from pathlib import Path
from urllib.parse import urljoin

import pytest

from glossary_site import cheatsheet
from glossary_site.registry import Region, Term


def term(example: str, title="softmax", slug="softmax", aliases=()) -> Term:
    code = textwrap.dedent(example).strip("\n") + "\n"
    return Term(slug=slug, title=title, summary="A summary.", definition="", doctest="", section="s",
                aliases=tuple(aliases), see_also=(), docs="", path=Path(f"/p/src/c/s/{slug}.py"),
                regions={"example": Region("example", code, 10)})


def test_the_key_line_is_the_first_line_naming_the_term_in_code():
    found = term("""
        import torch.nn.functional as F
        logits = torch.tensor([1.0, 2.0])
        print("softmax:", logits)  # a mention in a string or a comment does not count: softmax
        probs = F.softmax(logits, dim=0)  # the line
        again = F.softmax(logits, 0)
    """, aliases=("F.softmax",))
    assert cheatsheet.key_line(found) == "probs = F.softmax(logits, dim=0)  # the line"


@pytest.mark.parametrize("title, aliases, line", [
    ("sum with keepdim", ("keepdim",), "row = P.sum(1, keepdim=True)"),
    ("backward()", ("Tensor.backward",), "c.backward()"),
    ("log likelihood", (), "log_likelihood = p.log().sum()"),
    ("MLP", (), "model = MLP(3, [4, 4, 1])"),
])
def test_a_name_matches_as_an_identifier_an_attribute_or_a_call(title, aliases, line):
    example = f"import torch\nP = torch.ones(2, 2)\nprint('x')\n{line}\n"
    assert cheatsheet.key_line(term(example, title=title, slug="x_y", aliases=aliases)) == line


def test_a_name_inside_a_longer_identifier_does_not_count():
    example = "import torch\ntanhx = 1\ny = tanhx + 1\n"
    assert cheatsheet.key_line(term(example, title="tanh", slug="tanh_fn")) == "y = tanhx + 1"  # the fallback


def test_without_a_naming_line_the_first_line_computing_from_the_example_s_own_data():
    found = term("""
        import random
        import torch
        words = ["emma", "olivia"]
        random.seed(42)
        random.shuffle(words)
        g = torch.Generator().manual_seed(1)
        print(len(words))
        n = len(words)
        split = words[: n // 2]
    """, title="training set", slug="training_set")
    assert cheatsheet.key_line(found) == "n = len(words)"


def test_no_key_line_when_nothing_qualifies():
    assert cheatsheet.key_line(term("import math\nprint(math.pi)\n", title="pi", slug="pi")) == ""
    assert cheatsheet.key_line(term("x = [\n    1,\n]\nprint(x)\n", title="list", slug="lst")) == ""


def test_the_pdf_step_fixes_dates_and_document_id_without_moving_a_byte():
    pdf = (b"%PDF-1.4\n<< /CreationDate (D:20261129101010+00'00') /ModDate (D:20261129101011+00'00') >>\n"
           b"trailer << /ID [<0A1B2C3D4E5F60718293A4B5C6D7E8F9> <0A1B2C3D4E5F60718293A4B5C6D7E8F9>] >>\n")
    other = pdf.replace(b"101010", b"235959").replace(b"0A1B2C", b"FFFFFF")
    fixed = cheatsheet._fixed(pdf)
    assert fixed == cheatsheet._fixed(other) and len(fixed) == len(pdf)
    assert b"20261129" not in fixed


def test_the_cheat_sheets_list_every_term_with_its_summary_and_key_line(built):
    project, site = built
    from glossary_site import registry

    content = registry.discover(project.content)
    whole = project.page(site, "cheatsheet/index.md")
    entries = {e.select_one("a").get_text(): e for e in whole.select(".glossary-sheet-term")}
    assert set(entries) == {t.title for t in content.terms.values()}
    for found in content.terms.values():
        entry = entries[found.title]
        assert " ".join(found.summary.split()[:5]) in " ".join(entry.get_text(" ").split())
        code = entry.select_one("pre code")
        assert (code.get_text().strip() if code else "") == cheatsheet.key_line(found)
        section = project.page(site, f"cheatsheet/{found.section}.md")
        assert found.title in [a.get_text() for a in section.select(".glossary-sheet-term a")]
    assert not whole.select('a[href$=".pdf"]'), "a PDF link in a build that made no PDF"


@pytest.mark.browser
def test_a_build_with_pdfs_links_each_sheet_s_pdf_and_prints_it_the_same_twice(make_project):
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        pytest.fail(f"no Chromium at {chromium}: run `make browser` or set CHROMIUM=/path/to/chromium")
    project = make_project()
    project.edit("mkdocs.yml", "      workers: 1\n", "      workers: 1\n      cheatsheet_pdf: true\n")
    site = project.build()
    pdfs = sorted(site.glob("cheatsheet/*.pdf"))
    linked = set()
    for url in ("cheatsheet/", "cheatsheet/alpha/", "cheatsheet/beta/"):
        for link in project.page(site, url + "index.md").select('a[href$=".pdf"]'):
            linked.add((site / urljoin(url, link["href"])).resolve())
    assert linked == {p.resolve() for p in pdfs} and len(pdfs) == 3
    first = {p.name: p.read_bytes() for p in pdfs}
    assert all(data.startswith(b"%PDF-") and b"/CreationDate (D:2000" in data for data in first.values())
    assert b"/URI (http://127.0.0.1:8000/alpha/mean/)" in first["glossary-cheat-sheet.pdf"]  # links go to the site
    from glossary_site import registry

    cheatsheet.write_pdfs(site, registry.discover(project.content), chromium, "http://127.0.0.1:8000/")
    assert {p.name: p.read_bytes() for p in pdfs} == first
