"""What the built site promises: every example's output is what its code prints, and nothing loads from elsewhere."""

import re
import subprocess
import sys
from urllib.parse import urlparse

from bs4 import BeautifulSoup
from site_html import LOCAL_HOSTS, examples, trees

from glossary_site import portable, runner
from glossary_site.reader import tooltip
from glossary_site.testing import shared_dir


def test_every_region_of_every_term_is_on_its_page(site, terms):
    shown = {(e["term"], e["region"]) for e in examples(site)}
    expected = {(t.slug, name) for t in terms.values() for name in t.regions}
    assert expected - shown == set(), "regions missing from the site"
    assert shown - expected == set(), "examples on the site that no module has"


def test_every_copy_button_copies_the_region_and_the_page_shows_what_it_printed(site, content):
    """Read from the HTML, with no execution: the copy text and the output the build recorded for it."""
    cache = shared_dir() / "cache"
    mismatches = []
    for example in examples(site):
        term = content.terms[example["term"]]
        region = term.regions[example["region"]]
        where = f"{term.slug}:{region.name} ({example['page']})"
        if example["copy"] != portable.copy_of(term, region, content).text:
            mismatches.append(f"{where}: the copy button copies something else than the region and its helpers")
        recorded = runner.cached(term, region, cache, content.root)
        if recorded is None:
            mismatches.append(f"{where}: the build recorded no output for it")
        elif example["output"].rstrip("\n") != recorded.stdout.rstrip("\n") or example["figures"] != len(recorded.figures):
            mismatches.append(f"{where}: the page shows other output than the example printed")
    assert not mismatches, "\n".join(mismatches)


def test_first_example_of_each_section_in_a_truly_new_interpreter(site, content):
    """The copy of one example per section, run by a plain `python -c` that cannot import the project."""
    shown = {(e["term"], e["region"]): e for e in examples(site)}
    bare = "import sys; sys.modules['glossary_examples'] = None  # as in a learner's Python\n"
    running = {}
    for section in content.sections:  # all at once: each spends most of its time importing torch
        slug = min(t.slug for t in content.terms.values() if t.section == section)
        running[slug] = subprocess.Popen([sys.executable, "-c", bare + shown[slug, "example"]["copy"]],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                         env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"})
    for slug, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{slug}: {stderr}"
        assert stdout.rstrip("\n") == shown[slug, "example"]["output"].rstrip("\n"), slug


_RESOURCE_ATTRS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
                   "video": "src", "embed": "src", "object": "data", "link": "href"}


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for path, tree in trees(site):
        for node in tree.iter(*_RESOURCE_ATTRS):
            value = node.get(_RESOURCE_ATTRS[node.tag])
            if node.tag == "link" and not set((node.get("rel") or "").split()) & {
                    "stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}:
                continue
            if value and urlparse(value).hostname not in LOCAL_HOSTS | {None}:
                offenders.append(f"{path.relative_to(site)}: <{node.tag} {_RESOURCE_ATTRS[node.tag]}={value}>")
        for style in tree.xpath("//@style"):
            offenders += [f"{path.relative_to(site)}: style url {u}" for u in _remote_urls(style)]
    for css in site.rglob("*.css"):
        offenders += [f"{css.relative_to(site)}: url {u}" for u in _remote_urls(css.read_text(encoding="utf-8"))]
    assert not offenders, "\n".join(offenders)


def _remote_urls(text: str) -> list[str]:
    urls = re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", text)
    return [u for u in urls if urlparse(u if u.startswith("http") else "http:" + u).hostname not in LOCAL_HOSTS]


def test_a_to_z_lists_every_term_with_its_summary_and_every_other_name(site, terms):
    soup = BeautifulSoup((site / "a-z" / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert not article.select("table"), "one list, not a table: the index must read on a phone"
    pointing = {}  # name -> the term page its entry links
    for item in article.select("li"):
        alias = item.select_one(".glossary-alias")
        name = alias.get_text(" ", strip=True).removesuffix("→").strip() if alias else item.a.get_text()
        pointing.setdefault(name, set()).add(urlparse(item.select("a")[-1]["href"]).path.strip("./"))
        if alias is None:
            term = next(t for t in terms.values() if t.title == name)
            # compared without spaces: code in a summary renders with spaces around it
            assert "".join(tooltip(term.summary).split()[:5]) in "".join(item.get_text().split()), term.slug
    def fold(name: str) -> str:  # as a reader types a name: case, spaces, hyphens, underscores ignored
        return re.sub(r"[\s_\-`]+", "", name).lower()

    titles = {fold(t.title) for t in terms.values()}
    for term in terms.values():
        page = f"{term.section}/{term.slug}"
        assert page in pointing.get(term.title, set()), f"{term.slug} missing from the A-Z index"
        for alias in term.aliases:  # its own entry, unless a term's title is that name or starts with it
            if fold(alias) not in titles and not fold(term.title).startswith(fold(alias)):
                assert page in pointing.get(alias, set()), f"{alias!r} ({term.slug}) not in the A-Z index"


def test_the_cheat_sheets_list_every_term_with_its_summary(site, terms, content):
    """The whole sheet has every term once; each section's sheet has exactly that section's terms."""
    def entries(page: str) -> dict[str, str]:
        soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
        found = [(e.select_one("a").get_text(), "".join(e.get_text().split())) for e in soup.select(".glossary-sheet-term")]
        assert len(found) == len(dict(found)), f"{page}: a term listed twice"
        return dict(found)

    whole = entries("cheatsheet")
    assert set(whole) == {t.title for t in terms.values()}
    for term in terms.values():
        assert "".join(tooltip(term.summary).split()[:5]) in whole[term.title], term.slug
    for section in content.sections:
        members = {t.title for t in terms.values() if t.section == section}
        if members:
            assert set(entries(f"cheatsheet/{section}")) == members, section


def test_no_style_depends_on_the_mark_the_palette_script_sets_on_every_load(site):
    """The theme's palette script marks <body> with data-md-color-switching on each load and each switch; a
    rule keyed on the mark makes the browser restyle the whole page then (glossary_site.theme)."""
    sheets = {path.name: path.read_text(encoding="utf-8") for path in (site / "assets/stylesheets").glob("*.css")}
    assert [name for name, css in sheets.items() if "data-md-color-switching" in css] == []
    assert any("[data-md-color-scheme=slate]" in css for css in sheets.values()), "the dark palette is gone too"
