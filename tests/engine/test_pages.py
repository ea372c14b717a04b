"""What a reader finds on the pages the engine writes, read from one build of the fixture project."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest

from glossary_site import registry, runner


@pytest.fixture(scope="session")
def tiny(built) -> registry.Content:
    """The fixture project's content."""
    project, _ = built
    return registry.discover(project.content)


def page_of(built, url: str):
    """The built page at a site-relative URL ('alpha/mean/'), and its path."""
    project, site = built
    return project.page(site, url.rstrip("/") + "/index.md" if url.strip("/") else "index.md")


def target(page_url: str, href: str) -> str:
    """The site-relative URL a link on the page at `page_url` goes to."""
    return urljoin("http://site/" + page_url, href).removeprefix("http://site/").split("#")[0]


def url_of(term: registry.Term) -> str:
    return term.page.removesuffix(".md") + "/"


def without_content_imports(code: str, package: str) -> list[str]:
    """The lines of an example a reader sees whatever happens to imports of the glossary's own helpers."""
    return [line for line in code.splitlines() if package not in line]


def test_every_region_shows_its_code_and_what_it_printed(built, tiny, execute, isolated_imports):
    runner.use_content(tiny.root)
    for term in tiny.terms.values():
        page = page_of(built, url_of(term))
        boxes = {box["data-region"]: box for box in page.select(f'div.glossary-example[data-term="{term.slug}"]')}
        assert list(boxes) == list(term.regions), f"{term.slug}: every region, once, in the module's order"
        for name, region in term.regions.items():
            box, ran = boxes[name], execute(term, region, tiny)
            blocks = [c for c in box.select("div.highlight code") if not c.find_parent(class_="glossary-output")]
            code = blocks[-1].get_text()  # the region's own block comes last (after any helper code)
            assert without_content_imports(code, tiny.package) == \
                without_content_imports(region.code, tiny.package)
            shown = box.select_one("div.glossary-output code")
            assert (shown.get_text() if shown else "") == ran.stdout
            assert len(box.select("div.glossary-figure > svg")) == len(ran.figures)


def test_a_term_page_reads_title_summary_names_definition_docs_and_claims(built, tiny):
    term = tiny.terms["mean"]
    article = page_of(built, url_of(term)).select_one("article")
    assert article.h1.get_text().rstrip("¶") == term.title
    paragraphs = [p.get_text(" ", strip=True) for p in article.find_all("p", recursive=False)]
    assert paragraphs[0] == term.summary
    assert all(alias in paragraphs[1] for alias in term.aliases), "the other names are on the page"
    assert term.definition in paragraphs
    assert [a["href"] for a in article.select(f'a[href="{term.docs}"]')] == [term.docs]
    claims = [pre.get_text() for pre in article.select("pre") if ">>>" in pre.get_text()]
    assert claims == [term.doctest + "\n"]


def test_see_also_links_both_ways_to_the_right_pages(built, tiny):
    for term in tiny.terms.values():
        expected = [*term.see_also, *(t.slug for t in tiny.terms.values()
                                      if term.slug in t.see_also and t.slug not in term.see_also)]
        page = page_of(built, url_of(term))
        heading = page.find("h2", id="see-also")
        listed = [target(url_of(term), li.a["href"]) for li in heading.find_next("ul").find_all("li")] \
            if heading else []
        assert listed == [url_of(tiny.terms[slug]) for slug in expected], term.slug


def test_math_is_mathml_and_a_mention_links_to_its_term_with_the_summary(built, tiny):
    page = page_of(built, "alpha/variance/")
    article = page.select_one("article")
    assert article.select('math[display="block"]') and article.select('math[display="inline"]')
    assert "$" not in article.get_text() and "\\frac" not in article.get_text()
    mean = tiny.terms["mean"]
    prose = [a for a in article.select("p a") if target("alpha/variance/", a["href"]) == url_of(mean)]
    assert prose and prose[0]["title"] == mean.summary


def test_a_heading_with_math_is_mathml_in_the_page_and_its_table_of_contents_never_tex(built):
    page = page_of(built, "beta/dot_product/")
    heading = next(h for h in page.select("article h2[id]") if h.find("math"))
    entries = page.select(f'nav.md-nav--secondary a[href="#{heading["id"]}"]')
    assert entries and all(entry.find("math") for entry in entries)
    text = " ".join(entry.get_text(" ") for entry in entries) + heading.get_text(" ")
    assert "\\" not in text and "$" not in text and "∑" in text


def test_figures_are_inline_svg_drawn_in_the_text_colour(built):
    figures = page_of(built, "alpha/variance/").select("div.glossary-figure > svg")
    assert len(figures) == 1
    svg = str(figures[0])
    assert "currentColor" in svg and "#000000" not in svg and "<metadata" not in svg


def test_a_hand_written_page_puts_its_regions_where_it_says(built):
    tabs = page_of(built, "beta/dot_product/").select(".tabbed-set .tabbed-block")
    assert [[box["data-region"] for box in tab.select("div.glossary-example")] for tab in tabs] == [["example"], ["loop"]]


def test_sections_indexes_and_navigation_follow_the_content(built, tiny):
    home = page_of(built, "")
    nav = [a.get_text(strip=True) for a in home.select("nav.md-nav--primary .md-nav__container > a")]
    # the course, then the sections' titles in SECTIONS order, then the cheat sheets (site pages come after)
    assert nav == ["Course", *(section.title for section in tiny.sections.values()), "Cheat sheet"]
    for section in tiny.sections.values():
        index = page_of(built, f"{section.name}/")
        linked = {target(f"{section.name}/", a["href"]) for a in index.select("article li a")}
        assert linked == {url_of(t) for t in tiny.terms.values() if t.section == section.name}
    a_to_z = {target("a-z/", a["href"]) for a in page_of(built, "a-z/").select("article li a")}
    assert a_to_z == {url_of(t) for t in tiny.terms.values()}


def neighbours(built, url: str) -> dict:
    """The page's footer links: {"previous": url, "next": url}."""
    footer = page_of(built, url).select("a.md-footer__link")
    return {("next" if "md-footer__link--next" in a["class"] else "previous"): target(url, a["href"]) for a in footer}


def test_next_and_previous_follow_the_course_then_the_sections(built, tiny):
    """Home, the course overview, each lecture's page and its terms in the lecture's order; a term in no
    lecture stays with its section index."""
    path = ["", "course/"]
    for lecture in tiny.lectures.values():
        path += [lecture.page.removesuffix(".md") + "/", *(url_of(tiny.terms[slug]) for slug in lecture.terms)]
    assert path == ["", "course/", "course/first/", "alpha/variance/", "alpha/mean/", "course/second/"]
    for before, here, after in zip([None, *path], path, [*path[1:], None]):
        assert neighbours(built, here) == {k: v for k, v in (("previous", before), ("next", after)) if v is not None}, here
    assert neighbours(built, "beta/dot_product/") == {"previous": "beta/"}  # in no lecture
    assert neighbours(built, "beta/") == {"next": "beta/dot_product/"}


def test_the_provenance_links_show_the_module_and_its_tests(built, tiny):
    project, _ = built
    linked = 0
    for term in tiny.terms.values():
        note = page_of(built, url_of(term)).select_one(".glossary-provenance")
        shown = {}
        for link in note.select("a:not([download])"):  # the downloads are not source pages
            source = page_of(built, target(url_of(term), link["href"]))
            shown[link.get_text()] = source.select_one("article td.code pre").get_text()
        tests = project.root / "tests" / term.section / f"test_{term.slug}.py"
        files = [term.path] + ([tests] if tests.is_file() else [])
        assert shown == {path.relative_to(project.root).as_posix(): Path(path).read_text(encoding="utf-8")
                         for path in files}
        linked += len(shown)
    assert linked == len(tiny.terms) + 1  # the one test file of the fixture was linked too
