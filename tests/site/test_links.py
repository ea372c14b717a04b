"""Every link in the built site works: internal links and anchors resolve, external ones go to official docs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from site_html import LOCAL_HOSTS, trees

# External links may go only here (host, path prefix): the official docs the terms cite, the
# lecture code, and the theme's footer credit. Anything else is a typo or an unvetted source.
ALLOWED = [
    ("docs.pytorch.org", "/docs/stable/"),
    ("numpy.org", "/doc/stable/"),
    ("docs.python.org", "/3/"),  # the standard library: ord, codecs, unicode
    ("developers.google.com", "/machine-learning/"),
    ("docs.pytorch.org", "/tutorials/"),
    ("pypi.org", "/project/"),  # where the makemore corpus package comes from
    ("en.wikipedia.org", "/wiki/"),
    ("github.com", "/karpathy/"),
    ("squidfunk.github.io", "/mkdocs-material/"),  # "Made with Material for MkDocs"
    # further reading, labelled as such on the page: the papers and articles an explanation follows
    ("arxiv.org", "/abs/"),
    ("www.jmlr.org", "/papers/"),
    ("blog.ezyang.com", "/"),
    ("www.youtube.com", "/watch"),  # the course's lectures
    ("github.com", "/glossary-examples/"),  # the project's repository (mkdocs.yml, extra.header_links)
]
LINKS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}
BASE = "http://site.invalid/"  # page URLs are resolved against this stand-in for site_url


def page_url(site: Path, path: Path) -> str:
    name = path.relative_to(site).as_posix()
    return BASE + (name.removesuffix("index.html") if name.endswith("index.html") else name)


def target_file(site: Path, url: str) -> Path:
    path = site / unquote(urlparse(url).path).lstrip("/")
    return path / "index.html" if path.is_dir() else path


def links(site: Path):
    """(page, url as written, url resolved against the page) for every link-like attribute."""
    for path, tree in trees(site):
        here = page_url(site, path)
        for node in tree.iter(*LINKS):
            written = node.get(LINKS[node.tag])
            if written is not None:
                yield path.relative_to(site).as_posix(), written, urljoin(here, written)


def is_internal(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme == "http" and parsed.hostname in LOCAL_HOSTS | {"site.invalid"}


def test_every_internal_link_and_anchor_resolves(site):
    ids = {path.resolve(): set(tree.xpath("//@id")) for path, tree in trees(site)}
    broken = []
    for page, written, url in links(site):
        if not is_internal(url):
            continue
        target = target_file(site, url)
        fragment = urlparse(url).fragment
        if not target.is_file():
            broken.append(f"{page}: {written} -> missing {target.relative_to(site)}")
        elif fragment and target.suffix == ".html" and unquote(fragment) not in ids[target.resolve()]:
            broken.append(f"{page}: {written} -> no id {fragment!r} in {target.relative_to(site)}")
    assert not broken, "\n".join(sorted(set(broken)))


def test_ids_are_unique_and_svg_references_resolve(site):
    """Inline figures reuse ids (markers, clip paths): they must not clash with each other on one page."""
    problems = []
    for path, tree in trees(site):
        counts = Counter(tree.xpath("//@id"))
        problems += [f"{path.relative_to(site)}: id {i!r} used {n} times" for i, n in counts.items() if n > 1]
        for ref in tree.xpath("//svg//@*[name() = 'xlink:href'] | //svg//use/@href"):
            if ref.startswith("#") and ref[1:] not in counts:
                problems.append(f"{path.relative_to(site)}: svg reference {ref} has no target")
    assert not problems, "\n".join(sorted(set(problems)))


def test_external_links_are_https_to_official_docs_only(site):
    offenders = []
    seen = set()
    for page, written, url in links(site):
        parsed = urlparse(url)
        if is_internal(url) or parsed.scheme == "data":  # data: URIs are embedded images, not links
            continue
        seen.add(parsed.hostname)
        ok = (parsed.scheme == "https" and parsed.hostname and " " not in url
              and any(parsed.hostname == host and parsed.path.startswith(prefix) for host, prefix in ALLOWED))
        if not ok:
            offenders.append(f"{page}: {written}")
    assert not offenders, "links outside the allow-list (or not https):\n" + "\n".join(sorted(set(offenders)))
    assert "squidfunk.github.io" in seen, "the footer credit link is gone: is the checked HTML the built site?"
