"""Shared fixtures: the registry, and one strict build of the site shared by every test that reads HTML."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")  # term modules plot when imported; there is no screen

from glossary_examples import _registry  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` the way a user does, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        cwd=project, capture_output=True, text=True, env=MKDOCS_ENV, timeout=900,
    )


@pytest.fixture(scope="session")
def terms() -> dict[str, _registry.Term]:
    return _registry.discover()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session (strict: any warning fails the build)."""
    site_dir = Path(os.environ.get("GLOSSARY_SITE_DIR") or tmp_path_factory.mktemp("site"))
    if not (site_dir / "index.html").is_file():
        done = mkdocs_build(ROOT, site_dir)
        assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return site_dir


@pytest.fixture(autouse=True)
def _no_figures_left_open():
    """Importing a term module draws its figures; no test may see another module's figures."""
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
