"""Search the built site in Chromium for each term's title and report where its page ranks.

    .venv/bin/python scripts/search_check.py [--section makemore ...] [--lecture makemore-2 ...]

Builds the site into a temporary folder for a loopback port, serves it, types each term's
title into Material's search box and prints one line per term (rank 1 = found first), then
the count of terms found first. Exit status 1 if any term is not found first.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from glossary_site import registry  # noqa: E402
from glossary_site.testing import build_site, serve  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--section", action="append", help="only terms of this section (repeatable)")
    parser.add_argument("--lecture", action="append", help="only terms of this lecture, e.g. makemore-2 (repeatable)")
    args = parser.parse_args()
    content = registry.discover(ROOT / "src" / "glossary_examples")
    in_lectures = {slug for key in args.lecture or () for slug in content.lectures[key].terms}
    terms = [t for t in content.terms.values()
             if (not args.section or t.section in args.section) and (not args.lecture or t.slug in in_lectures)]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        done = build_site(ROOT, Path(tmp) / "site", Path(tmp) / "cache", f"http://127.0.0.1:{port}/")
        if done.returncode:
            print(done.stdout, done.stderr, file=sys.stderr)
            return 2
        server = serve(Path(tmp) / "site", port)
        first = 0
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
            page = browser.new_page()
            page.goto(server.url)
            box = page.locator("input.md-search__input")
            for term in terms:
                box.click()
                box.fill(term.title)
                box.press("End")
                page.locator(".md-search-result__meta").filter(has_text="matching").wait_for()
                found = [urlparse(a.get_attribute("href")).path
                         for a in page.locator("a.md-search-result__link").all()]
                want = f"/{term.section}/{term.slug}/"
                rank = next((i + 1 for i, path in enumerate(found) if path == want), None)
                first += rank == 1
                print(f"{rank or '-':>3}  {term.section}/{term.slug}  ({term.title!r})", flush=True)
                box.fill("")
            browser.close()
        server.shutdown()
    print(f"{first} of {len(terms)} terms found first")
    return 0 if first == len(terms) else 1


if __name__ == "__main__":
    sys.exit(main())
