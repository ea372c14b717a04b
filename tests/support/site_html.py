"""Reading the built site: its pages, its examples as a reader sees them, and what a copy button copies.

Two parsers: `soup_of` (BeautifulSoup) for a close look at a few pages, `tree_of` (lxml, about 25×
faster) for the tests that read every page. Each call parses afresh: no test sees another's tree.
"""

from pathlib import Path

from bs4 import BeautifulSoup
from lxml import html

LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tree_of(path: Path) -> html.HtmlElement:
    return html.fromstring(path.read_bytes())


def html_files(site: Path, *, source_pages: bool = True) -> list[Path]:
    """Every page of the site; `source_pages=False` leaves out the modules' and tests' source listings."""
    return [p for p in sorted(site.rglob("*.html")) if source_pages or p.relative_to(site).parts[0] != "source"]


def pages(site: Path, *, source_pages: bool = True):
    for path in html_files(site, source_pages=source_pages):
        yield path, soup_of(path)


def trees(site: Path, *, source_pages: bool = True):
    for path in html_files(site, source_pages=source_pages):
        yield path, tree_of(path)


def has_class(name: str) -> str:
    """An XPath test for an element with this class."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


EXAMPLE_BOXES = f"//div[{has_class('glossary-example')}][@data-term]"
EXAMPLE_CODE = f".//div[{has_class('highlight')}][span[{has_class('filename')}]]//code"  # in a box; not the helpers


def copy_text(code) -> str:
    """What Material's copy button puts on the clipboard: the code's data-copy attribute, else its text."""
    if isinstance(code, html.HtmlElement):
        return code.get("data-copy") if code.get("data-copy") is not None else code.text_content().rstrip("\n")
    return code["data-copy"] if code.has_attr("data-copy") else code.get_text().rstrip("\n")


def examples(site: Path) -> list[dict]:
    """Every rendered example: what its copy button copies, and the output shown under it."""
    found = []
    for path in html_files(site):
        if b"glossary-example" not in path.read_bytes():
            continue
        for box in tree_of(path).xpath(EXAMPLE_BOXES):
            output = box.xpath(f".//div[{has_class('glossary-output')}]//code")
            code = box.xpath(EXAMPLE_CODE)
            found.append({
                "page": path.relative_to(site).as_posix(),
                "term": box.get("data-term"),
                "region": box.get("data-region"),
                "copy": copy_text(code[0]),
                "output": output[0].text_content() if output else "",
                "figures": len(box.xpath(f".//div[{has_class('glossary-figure')}]//svg")),
            })
    return found
