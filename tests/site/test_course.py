"""The course as a path through the glossary, and the pages around it, read from the content and the built HTML.

(Previous/Next along the path: test_reader.py; the same pages in a browser: test_browser.py.)
"""

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlparse

import yaml
from site_html import has_class, soup_of, tree_of, trees

from glossary_site import reader

ROOT = Path(__file__).resolve().parents[2]


def target(page_url: str, href: str) -> str:
    """The site-relative URL a link on the page at `page_url` goes to (no fragment)."""
    return urljoin("http://site/" + page_url, href).removeprefix("http://site/").split("#")[0]


def page_url(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix().removesuffix("index.html")


def mkdocs_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV values are not needed here
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


# --- the content ---------------------------------------------------------------------------------------


def test_every_term_is_in_exactly_one_lecture(content):
    listed = Counter(slug for lecture in content.lectures.values() for slug in lecture.terms)
    assert not [slug for slug in content.terms if listed[slug] != 1], "terms in no lecture (or in several)"
    assert set(listed) == set(content.terms)


def test_the_course_starts_with_micrograd_then_makemore(content):
    keys = list(content.lectures)
    assert keys[:2] == ["micrograd", "makemore-1"]
    for lecture in content.lectures.values():
        assert urlparse(lecture.url).netloc == "www.youtube.com", lecture.key


# --- the pages ---------------------------------------------------------------------------------------


def test_each_lecture_page_lists_its_terms_in_order_and_links_the_video_and_its_walkthroughs(site, content):
    for lecture in content.lectures.values():
        here = lecture.page.removesuffix(".md") + "/"
        article = soup_of(site / here / "index.html").select_one("article")
        items = article.select("ol.glossary-course-terms > li")
        assert [li["id"] for li in items] == list(lecture.terms), here
        for item, slug in zip(items, lecture.terms):
            term = content.terms[slug]
            assert target(here, item.a["href"]) == f"{term.section}/{slug}/"
            assert "".join(reader.tooltip(term.summary).split()[:4]) in "".join(item.get_text().split())
        assert article.select(f'a[href="{lecture.url}"]'), f"{here}: no link to the video"
        linked = {target(here, a["href"]) for a in article.select("a")}
        assert {f"walkthroughs/{name}/" for name in lecture.walkthroughs} <= linked, here


def test_each_term_page_links_its_place_in_its_lecture(site, content):
    for term in content.terms.values():
        here = f"{term.section}/{term.slug}/"
        line = tree_of(site / here / "index.html").xpath(f"//article//*[{has_class('glossary-lecture')}]")[0]
        href = line.xpath(".//a/@href")[0]
        lecture, number = content.place(term.slug)
        assert target(here, href) == lecture.page.removesuffix(".md") + "/", here
        assert urlparse(href).fragment == term.slug
        assert re.search(rf"\b{number} of {len(lecture.terms)}\b", line.text_content()), here


def test_the_home_page_starts_the_course_and_links_walkthroughs_sections_and_the_index(site, content):
    linked = {target("", a["href"]) for a in soup_of(site / "index.html").select("article a")}
    first = next(iter(content.lectures.values()))
    assert {"course/", first.page.removesuffix(".md") + "/", "a-z/", "run-it-yourself/"} <= linked
    assert {lecture.page.removesuffix(".md") + "/" for lecture in content.lectures.values()} <= linked
    assert {f"{name}/" for name in content.sections} <= linked
    walkthroughs = {page_url(site, p) for p in (site / "walkthroughs").glob("*/index.html")}
    assert walkthroughs and walkthroughs <= linked


def test_site_pages_sit_apart_under_about_this_site_and_out_of_search(site, content):
    about = ["timing/", *(p.removesuffix(".md") + "/" for p in next(
        c["glossary"] for c in mkdocs_config()["plugins"] if isinstance(c, dict) and "glossary" in c)["about"])]
    nav = soup_of(site / "index.html").select_one("nav.md-nav--primary")
    label = next(l for l in nav.select("label.md-nav__link") if l.get_text(strip=True) == "About this site")
    assert [target("", a["href"]) for a in label.find_parent("li").select("a.md-nav__link")] == about
    top_level = [target("", a["href"]) for a in nav.select(":scope > ul > li > a.md-nav__link")]
    assert not set(about) & set(top_level), "site pages are not among the learner's pages"
    indexed = {e["location"].split("#")[0] for e in
               json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    assert not set(about) & indexed, "site pages are left out of search"
    assert {f"{t.section}/{t.slug}/" for t in content.terms.values()} <= indexed


def test_every_page_has_a_meta_description_and_a_term_page_its_summary(site, content):
    missing = [page_url(site, path) for path, tree in trees(site)
               if not "".join(tree.xpath('//meta[@name="description"]/@content')).strip()]
    assert not missing, f"pages without a description: {missing}"
    for term in content.terms.values():
        tree = tree_of(site / term.section / term.slug / "index.html")
        assert tree.xpath('//meta[@name="description"]/@content') == [" ".join(reader.tooltip(term.summary).split())], \
            term.slug


def test_the_header_links_the_run_it_yourself_page_from_every_page(site, site_url):
    for path, tree in trees(site):
        links = {a.get("title"): a.get("href") for a in tree.xpath(f"//header//a[{has_class('glossary-header-link')}]")}
        # a path from the site's root: right on every page, and after instant navigation too
        assert links.get("Run it yourself") == urlparse(site_url).path + "run-it-yourself/", page_url(site, path)
        assert urlparse(links.get("Source code", "")).scheme == "https", page_url(site, path)
        source_widget = tree.xpath(f"//*[{has_class('md-header__source')}]")
        assert not source_widget, "repo_url makes every page call the code host's API"


def test_the_run_it_yourself_page_lists_every_content_command_and_walkthrough_download(site, content):
    article = soup_of(site / "run-it-yourself" / "index.html").select_one("article")
    shown = {code.get_text() for code in article.select("li > code")}
    commands = {f"glossary {name}" for section in content.sections.values() for name in section.commands}
    assert commands and commands <= shown
    downloads = {target("run-it-yourself/", a["href"]) for a in article.select("a[download]")}
    for notebook in (site / "walkthroughs").glob("*.ipynb"):
        assert {f"walkthroughs/{notebook.name}", f"walkthroughs/{notebook.stem}.py"} <= downloads
        assert (site / "walkthroughs" / f"{notebook.stem}.py").is_file()


def test_the_404_page_offers_search_and_the_a_to_z_index(site):
    soup = soup_of(site / "404.html")
    form = soup.select_one("article form[role=search]")
    assert form.select_one("input[name=q]") is not None  # Material opens its search with ?q=
    assert (site / form["action"].lstrip("/") / "index.html").is_file()
    assert "/a-z/" in {a["href"] for a in soup.select("article a")}
