"""Builds are reproducible, and the cache never serves output of code that has changed."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import MKDOCS_ENV, ROOT, mkdocs_build
from glossary_examples import _registry, _runner
from test_engine_details import check_nav, check_term_pages

# Allowed to differ between two builds of the same tree: the sitemap's <lastmod> dates (the sitemap
# format requires them; the .gz also stores a time) and the build-timings page, which reports measured times.
TIMING = "timing/"


def comparable(site: Path) -> dict[str, bytes]:
    """Every file of a built site, minus what may legitimately differ between two builds."""
    files = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        data = path.read_bytes()
        if name.startswith(TIMING):
            continue
        if name == "sitemap.xml.gz":
            name, data = "sitemap.xml (from .gz)", gzip.decompress(data)
        if name.startswith("sitemap.xml"):
            data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"<lastmod/>", data)
        if name == "search/search_index.json":  # the timings page is indexed too; drop only its entries
            index = json.loads(data)
            index["docs"] = [doc for doc in index["docs"] if not doc["location"].startswith(TIMING)]
            data = json.dumps(index, sort_keys=True).encode()
        files[name] = data
    return files


def build(project: Path, site: Path, cache: Path | None, monkeypatch) -> Path:
    """Build `project` into `site`, with results cached in `cache` (None: the default, .cache/glossary)."""
    if cache is None:
        monkeypatch.delitem(MKDOCS_ENV, "GLOSSARY_CACHE_DIR", raising=False)
    else:
        monkeypatch.setitem(MKDOCS_ENV, "GLOSSARY_CACHE_DIR", str(cache))
    done = mkdocs_build(project, site)
    assert done.returncode == 0, f"mkdocs build failed:\n{done.stdout}\n{done.stderr}"
    return site


def timing_rows(site: Path) -> dict[str, str]:
    """'slug · region' -> 'executed' or 'cache hit', from the build-timings page."""
    soup = BeautifulSoup((site / "timing/index.html").read_text(encoding="utf-8"), "html.parser")
    rows = [[cell.get_text(" ", strip=True) for cell in tr.find_all("td")] for tr in soup.select("tbody tr")]
    return {row[0]: row[2] for row in rows if len(row) == 3}


def test_two_clean_builds_are_byte_identical_and_a_cached_build_too(tmp_path, monkeypatch):
    first = build(ROOT, tmp_path / "site1", tmp_path / "cache1", monkeypatch)
    second = build(ROOT, tmp_path / "site2", tmp_path / "cache2", monkeypatch)
    cached = build(ROOT, tmp_path / "site3", tmp_path / "cache1", monkeypatch)  # every example from the cache
    assert set(timing_rows(first).values()) == {"executed"}
    assert set(timing_rows(cached).values()) == {"cache hit"}
    reference = comparable(first)
    assert any(b"<svg" in data for data in reference.values()), "no figure in the site: nothing checked for them"
    for other in (second, cached):
        files = comparable(other)
        assert sorted(files) == sorted(reference), f"{other.name}: a different set of files"
        differing = [name for name in reference if files[name] != reference[name]]
        assert not differing, f"{other.name} differs from site1 in {differing}"


HELPER_INIT = "from .values import SCALE\n"  # relative, like glossary_examples/micrograd/__init__.py
PROBE_TERM = '''"""stale probe

A stale probe is a throwaway term whose example imports a helper package.

>>> 1 + 1
2
"""
SECTION = "numpy"
ALIASES = ()
SEE_ALSO = ("softmax",)
DOCS = ""

# --8<-- [start:example]
from glossary_examples.probe_helpers import SCALE

print("scaled:", 3 * SCALE)
# --8<-- [end:example]
'''


def page_outputs(site: Path, page: str) -> dict[str, str]:
    soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    return {box["data-region"]: box.select_one("div.glossary-output code").get_text().rstrip("\n")
            for box in soup.select("div.glossary-example") if box.select_one("div.glossary-output code")}


def test_edited_term_or_helper_module_is_never_served_from_the_cache(tmp_path, monkeypatch):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", ".git", "site", ".cache", "node_modules"))
    package = project / "src/glossary_examples"
    (package / "probe_helpers").mkdir()
    (package / "probe_helpers/__init__.py").write_text(HELPER_INIT)
    (package / "probe_helpers/values.py").write_text("SCALE = 2\n")
    (package / "stale_probe.py").write_text(PROBE_TERM)
    monkeypatch.setitem(MKDOCS_ENV, "PYTHONPATH", str(project / "src"))
    cache = project / ".cache/glossary"  # the default; every build below uses it
    cache.mkdir(parents=True)
    if (ROOT / ".cache/glossary").is_dir():  # only for speed: keys are content hashes, so the copy can use them
        shutil.copytree(ROOT / ".cache/glossary", cache, dirs_exist_ok=True)
    cached_before = len(list(cache.glob("*.json")))

    site = build(project, tmp_path / "site1", None, monkeypatch)
    assert page_outputs(site, "numpy/stale_probe")["example"] == "scaled: 6"
    copy_terms = _registry.discover(package)  # a second section and see-also links, which the real site may lack
    check_term_pages(site, copy_terms)
    check_nav(site, copy_terms)
    executed = list(timing_rows(site).values()).count("executed")
    assert executed and len(list(cache.glob("*.json"))) == cached_before + executed, "results not kept in the cache"
    before = page_outputs(site, "makemore/softmax")["example"]

    module = package / "softmax.py"
    module.write_text(module.read_text().replace("logits = torch.tensor([2.0, 1.0, 0.1])\nby_hand",
                                                 "logits = torch.tensor([2.0, 1.0, 0.5])\nby_hand", 1))
    edited = _registry.parse(module)
    site = build(project, tmp_path / "site2", None, monkeypatch)
    after = page_outputs(site, "makemore/softmax")["example"]
    assert after != before, "an edited example showed its old output"
    assert after == _runner.execute(edited, edited.regions["example"]).stdout.rstrip("\n")
    rows = timing_rows(site)
    assert rows["softmax · example"] == "executed" and rows["softmax · figure"] == "cache hit"
    assert rows["stale probe · example"] == "cache hit", "the cache must still serve what did not change"

    (package / "probe_helpers/values.py").write_text("SCALE = 5\n")  # reached only through a relative import
    site = build(project, tmp_path / "site3", None, monkeypatch)
    assert page_outputs(site, "numpy/stale_probe")["example"] == "scaled: 15", "an edited helper showed old output"
    assert timing_rows(site)["stale probe · example"] == "executed"


def test_a_new_library_version_invalidates_the_cache(tmp_path, monkeypatch):
    path = tmp_path / "version_probe.py"
    path.write_text(PROBE_TERM.replace("from glossary_examples.probe_helpers import SCALE\n\n", "SCALE = 1\n"))
    term = _registry.parse(path)
    region = term.regions["example"]
    cache = tmp_path / "cache"
    assert not _runner.run(term, region, cache).cached
    assert _runner.run(term, region, cache).cached
    real = _runner.library_versions()
    for name in real:
        monkeypatch.setattr(_runner, "library_versions", lambda name=name: {**real, name: real[name] + ".post1"})
        result = _runner.run(term, region, cache)
        assert not result.cached, f"a new {name} version must re-run the examples"
        assert result.stdout == "scaled: 3\n"
    monkeypatch.undo()
    assert _runner.run(term, region, cache).cached


@pytest.mark.parametrize("code", ["from glossary_examples.micrograd import Value",
                                  "import glossary_examples.micrograd as mg",
                                  "from glossary_examples import micrograd"])
def test_cache_key_follows_relative_imports_of_helper_packages(code):
    found = {path.relative_to(_registry.PACKAGE_DIR).as_posix() for path in _runner.imported_modules(code)}
    assert {"__init__.py", "micrograd/__init__.py", "micrograd/engine.py", "micrograd/nn.py"} <= found

