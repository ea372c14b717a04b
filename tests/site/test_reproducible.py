"""Two builds of the same tree give the same site (the engine's cache rules are tested in tests/engine/)."""

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from glossary_site.testing import build_site, shared_dir

pytestmark = pytest.mark.slow  # a whole second build: CI runs it (`make test CI=true`), `make test` skips it

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


def test_a_second_build_is_byte_identical_to_the_session_build(site, site_url, tmp_path, pytestconfig):
    """The session's site against a second build that makes every page, figure, download and walkthrough
    anew. Only the examples' results come from the session's cache: each example already ran a second
    time in its test, through the `example` fixture, which compares its output and figures with the page
    (so no example executes a third time)."""
    project = Path(pytestconfig.rootpath)
    cache = tmp_path / "cache"
    cache.mkdir()
    for result in (shared_dir() / "cache").glob("*.json"):  # examples only: not the walkthrough notebooks
        shutil.copy2(result, cache)
    done = build_site(project, tmp_path / "site", cache, site_url)
    assert done.returncode == 0, f"mkdocs build failed:\n{done.stdout}\n{done.stderr}"
    first, second = comparable(site), comparable(tmp_path / "site")
    assert sorted(first) == sorted(second), "the two builds made different files"
    assert [name for name in first if first[name] != second[name]] == []
