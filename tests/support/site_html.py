"""Reading the built site: its pages, its examples as a reader sees them, and what a copy button copies."""

from pathlib import Path

from bs4 import BeautifulSoup

LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path):
    for path in sorted(site.rglob("*.html")):
        yield path, soup_of(path)


def copy_text(code) -> str:
    """What Material's copy button puts on the clipboard: the code's data-copy attribute, else its text."""
    return code["data-copy"] if code.has_attr("data-copy") else code.get_text().rstrip("\n")


def examples(site: Path) -> list[dict]:
    """Every rendered example: what its copy button copies, and the output shown under it."""
    found = []
    for path, soup in pages(site):
        for box in soup.select("div.glossary-example[data-term]"):
            output = box.select_one("div.glossary-output code")
            found.append({
                "page": path.relative_to(site).as_posix(),
                "term": box["data-term"],
                "region": box["data-region"],
                "copy": copy_text(box.select_one("div.highlight:has(> span.filename) code")),  # not the helper code
                "output": output.get_text() if output else "",
                "figures": len(box.select("div.glossary-figure svg")),
            })
    return found
