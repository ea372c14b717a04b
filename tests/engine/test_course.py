"""The course: lectures read from the content (never imported), in COURSE order, as pages and a path.

On the fixture project (conftest.py): lecture "first" (root __init__.py) introduces variance then mean;
lecture "second" (beta/__init__.py) none yet; dot_product is in no lecture.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from glossary_site import pages, reader, registry

ROOT = "src/{package}/__init__.py"
BETA = "src/{package}/beta/__init__.py"


@pytest.fixture(scope="session")
def tiny(built) -> registry.Content:
    project, _ = built
    return registry.discover(project.content)


def page_of(built, url: str) -> BeautifulSoup:
    """The built page at a site-relative URL ('alpha/mean/')."""
    project, site = built
    return project.page(site, url.rstrip("/") + "/index.md" if url.strip("/") else "index.md")


def target(page_url: str, href: str) -> str:
    """The site-relative URL a link on the page at `page_url` goes to."""
    return urljoin("http://site/" + page_url, href).removeprefix("http://site/").split("#")[0]


def url_of(term: registry.Term) -> str:
    return term.page.removesuffix(".md") + "/"


# --- the registry ------------------------------------------------------------------------------------


def test_lectures_come_in_course_order_from_every_declaring_file(tiny):
    assert list(tiny.lectures) == ["first", "second"]
    first, second = tiny.lectures.values()
    assert (first.number, first.terms, first.path.name) == (1, ("variance", "mean"), "__init__.py")
    assert (second.number, second.terms, second.path.parent.name) == (2, (), "beta")
    assert tiny.place("mean") == (first, 2) and tiny.place("dot_product") is None
    assert [t.slug for t in tiny.course()] == ["variance", "mean"]


def test_course_order_is_course_not_declaration_order(make_project):
    project = make_project()
    project.edit(ROOT, 'COURSE = ("first", "second")', 'COURSE = ("second", "first")')
    content = registry.discover(project.content)
    assert [(lecture.key, lecture.number) for lecture in content.lectures.values()] == [("second", 1), ("first", 2)]


def test_content_without_lectures_has_no_course(make_project):
    project = make_project()
    project.edit(ROOT, 'COURSE = ("first", "second")', "")
    project.edit(ROOT, "LECTURES = {", "NOT_LECTURES = {")
    project.edit(BETA, "LECTURES = {", "NOT_LECTURES = {")
    site = project.build()
    assert registry.discover(project.content).lectures == {}
    assert not (site / "course").exists()
    assert project.page(site, "alpha/mean.md").select_one(".glossary-lecture") is None


# --- bad input: one line naming the file and the line ------------------------------------------------


def unknown_slug(p):
    p.edit(ROOT, '"terms": ("variance", "mean")', '"terms": ("variance", "maen")')
    return ROOT, p.line_of(ROOT, '"maen"'), "'maen'; did you mean mean?"


def slug_in_two_lectures(p):
    p.edit(BETA, '"terms": ()', '"terms": ("dot_product",\n                     "mean")')
    return BETA, p.line_of(BETA, '"mean")'), "'first'"


def slug_twice_in_one_lecture(p):
    p.edit(ROOT, '"terms": ("variance", "mean")', '"terms": ("variance", "mean",\n                  "variance")')
    return ROOT, p.line_of(ROOT, '"variance")'), "twice"


def lecture_not_in_course(p):
    p.edit(ROOT, 'COURSE = ("first", "second")', 'COURSE = ("first",)')
    return BETA, p.line_of(BETA, '"second":'), "'second' is not in COURSE"


def no_course_at_all(p):
    p.edit(ROOT, 'COURSE = ("first", "second")', "")
    return ROOT, p.line_of(ROOT, '"first":'), "COURSE = (...)"


def course_names_an_undeclared_lecture(p):
    p.edit(ROOT, 'COURSE = ("first", "second")', 'COURSE = ("first",\n          "third", "second")')
    return ROOT, p.line_of(ROOT, '"third"'), "'third'"


def lecture_declared_twice(p):
    p.edit(BETA, '"second": {', '"first": {')
    p.edit(ROOT, 'COURSE = ("first", "second")', 'COURSE = ("first",)')
    return BETA, p.line_of(BETA, '"first": {'), "declared in"


def lecture_without_url(p):
    p.edit(ROOT, '"url": "https://www.youtube.com/watch?v=first",\n', "")
    return ROOT, p.line_of(ROOT, '"first": {'), "url"


def lecture_with_a_misspelt_field(p):
    p.edit(ROOT, '"terms": ("variance", "mean")', '"term": ("variance", "mean")')
    return ROOT, p.line_of(ROOT, '"first": {'), "'term'"


def lecture_naming_a_missing_walkthrough(p):
    p.edit(ROOT, '"terms": ("variance", "mean"),', '"terms": ("variance", "mean"),\n'
                                                   '                "walkthroughs": ("tour",),')
    return ROOT, p.line_of(ROOT, '"tour"'), "walkthroughs/tour.py"


def about_names_a_missing_page(p):
    p.edit("mkdocs.yml", "      workers: 1\n", "      workers: 1\n      about: [report.md]\n")
    return "mkdocs.yml", p.line_of("mkdocs.yml", "about:"), "report.md"


BAD_INPUT = [unknown_slug, slug_in_two_lectures, slug_twice_in_one_lecture, lecture_not_in_course, no_course_at_all,
             course_names_an_undeclared_lecture, lecture_declared_twice, lecture_without_url,
             lecture_with_a_misspelt_field, lecture_naming_a_missing_walkthrough, about_names_a_missing_page]


@pytest.mark.parametrize("breakage", BAD_INPUT, ids=lambda f: f.__name__)
def test_bad_course_input_fails_the_build_in_one_line_naming_file_and_line(make_project, breakage, executions):
    project = make_project()
    file, line, detail = breakage(project)
    error = project.build_error()
    assert "\n" not in error and error.startswith("glossary: "), error
    assert f"{project.path(file)}:{line}:" in error, error
    assert detail in error, error
    assert executions() == [], "a broken course is reported before any example runs"


# --- the pages -----------------------------------------------------------------------------------------


def test_each_lecture_page_lists_its_terms_in_its_order_with_summaries_and_links_the_video(built, tiny):
    for lecture in tiny.lectures.values():
        here = lecture.page.removesuffix(".md") + "/"
        article = page_of(built, here).select_one("article")
        items = article.select("ol.glossary-course-terms > li")
        assert [li["id"] for li in items] == list(lecture.terms)
        for item, slug in zip(items, lecture.terms):
            assert target(here, item.a["href"]) == url_of(tiny.terms[slug])
            assert tiny.terms[slug].summary in item.get_text(" ", strip=True)
        assert [a["href"] for a in article.select(f'a[href="{lecture.url}"]')] == [lecture.url]


def test_the_course_overview_and_the_home_page_list_the_lectures_in_order(built, tiny):
    lecture_pages = [lecture.page.removesuffix(".md") + "/" for lecture in tiny.lectures.values()]
    for here in ("course/", ""):
        links = [target(here, a["href"]) for a in page_of(built, here).select("article ol > li > strong > a")]
        assert links == lecture_pages, here
    sections = [target("", a["href"]) for a in page_of(built, "").select("article ul > li > a")]
    assert sections == [f"{name}/" for name in tiny.sections]  # the sections marker, in SECTIONS order


def test_a_term_page_names_its_lecture_and_its_place_there(built, tiny):
    for term in tiny.terms.values():
        line = page_of(built, url_of(term)).select_one("article .glossary-lecture")
        place = tiny.place(term.slug)
        if place is None:
            assert line is None, term.slug
            continue
        lecture, number = place
        link = urlparse(line.a["href"])
        assert target(url_of(term), line.a["href"]) == lecture.page.removesuffix(".md") + "/"
        assert link.fragment == term.slug  # lands on the term's line in the lecture's list
        assert re.search(rf"\b{number}\b.*\b{len(lecture.terms)}\b", line.get_text()), line.get_text()


def test_the_a_to_z_index_is_one_list_with_a_letter_bar_and_every_other_name(built, tiny):
    article = page_of(built, "a-z/").select_one("article")
    assert not article.select("table"), "no table: the index must read on a phone"
    headings = {h["id"] for h in article.select("h2")}
    letters = [a["href"] for a in article.select("nav.glossary-letters a")]
    assert letters and {href.removeprefix("#") for href in letters} == headings
    entries = {}
    for item in article.select("li"):
        alias = item.select_one(".glossary-alias")
        name = alias.get_text(" ", strip=True).rstrip(" →") if alias else item.a.get_text()
        entries[name] = target("a-z/", item.select("a")[-1]["href"])
    for term in tiny.terms.values():
        assert entries[term.title] == url_of(term)
    assert entries["average"] == url_of(tiny.terms["mean"])  # an alias points at its term
    assert "np.mean" in entries


def test_site_pages_are_apart_from_the_subject_and_out_of_search(built):
    project, site = built
    home = page_of(built, "")
    labels = [label.get_text(" ", strip=True) for label in home.select("nav.md-nav--primary label.md-nav__link")]
    assert "About this site" in labels
    about = next(label for label in home.select("nav.md-nav--primary label.md-nav__link")
                 if label.get_text(strip=True) == "About this site").find_parent("li")
    assert [target("", a["href"]) for a in about.select("a.md-nav__link")] == ["timing/"]
    indexed = {entry["location"].split("#")[0] for entry in
               json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    assert "timing/" not in indexed and "a-z/" not in indexed
    assert {"alpha/mean/", "course/first/"} <= indexed


def test_a_terms_search_boost_weighs_its_page_in_the_search_index(make_project):
    project = make_project()
    project.edit("src/{package}/alpha/mean.py", 'SEE_ALSO = ("dot_product",)', 'SEE_ALSO = ("dot_product",)\nSEARCH_BOOST = 2')
    site = project.build()
    boosts = {entry["location"].split("#")[0]: entry.get("boost") for entry in
              json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    assert boosts["alpha/mean/"] == 2 and boosts["alpha/variance/"] is None  # only the term that asks


def test_every_page_has_a_description_and_a_term_page_its_summary(built, tiny):
    project, site = built
    for path in site.rglob("index.html"):  # every page the engine sees (the theme makes 404.html)
        described = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one('meta[name="description"]')
        assert described is not None and described["content"].strip(), path
    for term in tiny.terms.values():
        described = page_of(built, url_of(term)).select_one('meta[name="description"]')["content"]
        assert described == reader.tooltip(term.summary)
    own = [pages.descriptions(tiny)[page] for page in ("a-z.md", "course/index.md", tiny.lectures["first"].page)]
    assert len(set(own)) == len(own), "each generated page describes itself"
