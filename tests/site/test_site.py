"""What the built site promises: every example's output is what its code prints, and nothing loads from elsewhere."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


def pages(site: Path):
    for path in sorted(site.rglob("*.html")):
        yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def examples(site: Path) -> list[dict]:
    """Every rendered example: the code the copy button copies, and the output shown under it."""
    found = []
    for path, soup in pages(site):
        for box in soup.select("div.glossary-example[data-term]"):
            output = box.select_one("div.glossary-output code")
            found.append({
                "page": str(path.relative_to(site)),
                "term": box["data-term"],
                "region": box["data-region"],
                "code": box.select_one("div.highlight code").get_text(),
                "output": output.get_text() if output else "",
            })
    return found


def run_fresh(codes: list[str]) -> list[dict]:
    done = subprocess.run([sys.executable, str(HERE / "fresh_python.py")], input=json.dumps(codes),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_region_of_every_term_is_on_its_page(site, terms):
    shown = {(e["term"], e["region"]) for e in examples(site)}
    expected = {(t.slug, name) for t in terms.values() for name in t.regions}
    assert expected - shown == set(), "regions missing from the site"
    assert shown - expected == set(), "examples on the site that no module has"


def test_copied_code_prints_exactly_the_output_shown(site):
    found = examples(site)
    assert found, "no examples found in the built site"
    results = run_fresh([e["code"] for e in found])
    mismatches = []
    for example, result in zip(found, results):
        where = f"{example['term']}:{example['region']} ({example['page']})"
        if result["status"] != 0:
            mismatches.append(f"{where} raised in a fresh python:\n{result['stderr']}")
        elif result["stdout"].rstrip("\n") != example["output"].rstrip("\n"):
            mismatches.append(f"{where}\n--- page ---\n{example['output']}\n--- fresh python ---\n{result['stdout']}")
    assert not mismatches, "\n\n".join(mismatches)


@pytest.mark.parametrize("section", ["numpy", "pytorch", "micrograd", "makemore"])
def test_first_example_of_each_section_in_a_truly_new_interpreter(site, terms, section):
    """The forking runner is checked against a plain `python -c` on one example per section."""
    slugs = sorted(t.slug for t in terms.values() if t.section == section)
    if not slugs:
        pytest.skip(f"no {section} terms yet")
    example = next(e for e in examples(site) if e["term"] == slugs[0] and e["region"] == "example")
    done = subprocess.run([sys.executable, "-c", example["code"]], capture_output=True, text=True,
                          timeout=120, env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip("\n") == example["output"].rstrip("\n")


_RESOURCE_ATTRS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
                   "video": "src", "embed": "src", "object": "data", "link": "href"}


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for path, soup in pages(site):
        for tag, attr in _RESOURCE_ATTRS.items():
            for node in soup.find_all(tag):
                value = node.get(attr)
                if tag == "link" and not set(node.get("rel", [])) & {"stylesheet", "icon", "preload",
                                                                       "modulepreload", "manifest", "prefetch"}:
                    continue
                if value and urlparse(value).hostname not in LOCAL_HOSTS | {None}:
                    offenders.append(f"{path.relative_to(site)}: <{tag} {attr}={value}>")
        for style in soup.find_all(style=True):
            offenders += [f"{path.relative_to(site)}: style url {u}" for u in _remote_urls(style["style"])]
    for css in site.rglob("*.css"):
        offenders += [f"{css.relative_to(site)}: url {u}" for u in _remote_urls(css.read_text(encoding="utf-8"))]
    assert not offenders, "\n".join(offenders)


def _remote_urls(text: str) -> list[str]:
    urls = re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", text)
    return [u for u in urls if urlparse(u if u.startswith("http") else "http:" + u).hostname not in LOCAL_HOSTS]


def test_a_to_z_lists_every_term_with_its_summary(site, terms):
    soup = BeautifulSoup((site / "a-z" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = {a.get_text(): a.find_parent("tr").get_text(" ") for a in soup.select("td a")}
    for term in terms.values():
        assert term.title in rows, f"{term.slug} missing from the A-Z index"
        assert " ".join(term.summary.split()[:5]) in " ".join(rows[term.title].split())
