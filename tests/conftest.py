"""Shared fixtures: the registry, and one strict build of the site shared by every test that reads HTML.

The site is served on a free loopback port while the session lasts, and built for that URL
(`site_url` with the port), which Material's instant navigation needs in a browser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")  # term modules plot when imported; there is no screen

from glossary_examples import _registry  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# mkdocs-jupyter writes its cache without care for a second build writing it too: one per test worker.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
              "MKDOCS_JUPYTER_CACHE_DIR": str(ROOT / ".cache" / f"mkdocs-jupyter-{_WORKER}")}


def mkdocs_build(project: Path, site_dir: Path, *extra: str,
                 site_url: str | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` the way a user does, in a subprocess, with `project`'s own package."""
    pythonpath = os.pathsep.join(filter(None, [str(project / "src"), os.environ.get("PYTHONPATH")]))
    env = {**MKDOCS_ENV, "PYTHONPATH": pythonpath}
    if site_url:
        env["GLOSSARY_SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        cwd=project, capture_output=True, text=True, env=env, timeout=900,
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(site_dir: Path, port: int = 0) -> ThreadingHTTPServer:
    """Serve a folder on 127.0.0.1 (port 0: a free one) from a daemon thread; `.url` is its address."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(site_dir)))
    server.url = f"http://127.0.0.1:{server.server_address[1]}/"
    server.site_dir = site_dir
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def built_for_port(site_dir: Path) -> int:
    """The port in the site_url a built site was made for (0 if it is not built yet)."""
    index = site_dir / "index.html"
    if not index.is_file():
        return 0
    found = re.search(r'<link rel="canonical" href="http://127\.0\.0\.1:(\d+)/', index.read_text(encoding="utf-8"))
    return int(found[1]) if found else 0


def region_globals(slug: str, region: str) -> dict:
    """Run one region of a term in fresh globals, as the build does, and return those globals."""
    code = _registry.discover()[slug].regions[region].code
    namespace = {"__name__": "__main__"}
    exec(compile(code, f"{slug}.py", "exec"), namespace)
    return namespace


@pytest.fixture(scope="session")
def terms() -> dict[str, _registry.Term]:
    return _registry.discover()


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The site folder served on loopback; the server starts first so the build knows its port.

    GLOSSARY_SITE_DIR reuses a site built earlier, served on the port it was built for.
    """
    site_dir = Path(os.environ.get("GLOSSARY_SITE_DIR") or tmp_path_factory.mktemp("site"))
    server = serve(site_dir, built_for_port(site_dir))
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site(site_server) -> Path:
    """The site, built once per test session (strict: any warning fails the build)."""
    site_dir = site_server.site_dir
    if not (site_dir / "index.html").is_file():
        done = mkdocs_build(ROOT, site_dir, site_url=site_server.url)
        assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return site_dir


@pytest.fixture(autouse=True)
def _no_figures_left_open():
    """Importing a term module draws its figures; no test may see another module's figures."""
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def site_url(site, site_server) -> str:
    """Where the built site is served, e.g. http://127.0.0.1:41234/ (the site was built for it)."""
    return site_server.url


TINY_WALKTHROUGH = r"""# %% [markdown]
# # A tiny walkthrough
#
# Softmax turns scores into probabilities, $p_i = e^{z_i} / \sum_j e^{z_j}$:
#
# $$\sum_i p_i = 1$$

# %%
import torch

probs = torch.softmax(torch.tensor([2.0, 1.0, 0.1]), dim=0)
print("probs:", probs)

# %%
probs.sum()

# %%
import matplotlib.pyplot as plt

plt.bar(["a", "b", "c"], probs.tolist())
plt.show()
"""


@pytest.fixture(scope="session")
def notebook_site(tmp_path_factory):
    """A copy of the project with a tiny walkthrough notebook added, built and served.

    Walkthroughs come from other branches; this one exists only in the copy, to test how the
    site renders notebook pages. The example cache is copied along, so the build stays quick.
    """
    copy = tmp_path_factory.mktemp("notebook-project") / "project"
    skip = (".venv", ".git", "site", "node_modules", "lighthouse", "mkdocs-jupyter", "__pycache__", ".hypothesis", "mutants")
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*skip))
    (copy / "docs" / "walkthroughs").mkdir(exist_ok=True)
    (copy / "docs" / "walkthroughs" / "tiny_walkthrough.py").write_text(TINY_WALKTHROUGH, encoding="utf-8")
    site_dir = tmp_path_factory.mktemp("notebook-site")
    server = serve(site_dir)
    done = mkdocs_build(copy, site_dir, site_url=server.url)
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    yield server
    server.shutdown()
    server.server_close()
