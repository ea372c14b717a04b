"""pytest plugin for a glossary project (`-p glossary_site.testing` in pyproject.toml's addopts).

- Term docstrings are collected as doctests from the file's text: the module is never imported,
  so its examples do not run just to collect them.
- `example(slug, region="example")` gives a region's output and globals: the output the build
  put on the page (the same cache), the globals from one fresh execution, which must print it again
  on 3 torch threads (the page is made on one; a learner's torch uses every core). Tests run on
  3 threads too, so a test that recomputes an example's result gets the same bits.
- `site` / `site_url`: the whole site, built once per test run (whatever the number of xdist
  workers) into a temporary folder with its own example cache, and served on loopback.
- `build_project(path)`: an in-process strict build of a small fixture project, for engine tests.

Settings (pyproject.toml, [tool.pytest.ini_options]): `glossary_content`, the content package
folder relative to the rootdir (default src/glossary_examples).
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from _pytest import doctest as pytest_doctest

from . import registry, runner

_PORT = "GLOSSARY_TEST_PORT"  # chosen once by the controlling process; the site is built for it
_SHARED = "GLOSSARY_TEST_SHARED_DIR"  # the run's shared folder: site, example cache, execution log
LEARNER_THREADS = 3  # the examples' second execution: not 1 (the page's), and splits sums unevenly


def pytest_addoption(parser):
    parser.addini("glossary_content", "the content package folder, relative to the rootdir",
                  default="src/glossary_examples")


def pytest_configure(config):
    os.environ.setdefault("MPLBACKEND", "Agg")  # examples plot; there is no screen
    root = Path(config.rootpath) / config.getini("glossary_content")
    config._glossary_content = registry.discover(root) if root.is_dir() else None
    terms = config._glossary_content.terms.values() if config._glossary_content else []
    config._glossary_term_files = {term.path for term in terms}  # resolved paths: what collection looks up
    if config._glossary_content and str(root.parent) not in sys.path[:1]:
        sys.path.insert(0, str(root.parent))  # tests import the content of this checkout
    if not hasattr(config, "workerinput"):  # the controlling process; xdist workers inherit its environment
        if _SHARED not in os.environ:
            import tempfile

            os.environ[_SHARED] = tempfile.mkdtemp(prefix="glossary-test-")
            config._glossary_owns_shared = True
        if _PORT not in os.environ:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                os.environ[_PORT] = str(probe.getsockname()[1])
        os.environ.setdefault(runner.EXECUTION_LOG, str(Path(os.environ[_SHARED]) / "executions.log"))
        # One server for the whole run, in this process: xdist workers cannot each bind the port the site
        # was built for. It serves the shared site folder, which the first worker to need it builds.
        try:
            config._glossary_server = serve(Path(os.environ[_SHARED]) / "site", int(os.environ[_PORT]))
        except OSError:  # the port is taken (another run with the same GLOSSARY_TEST_PORT): site_server says so
            config._glossary_server = None


def pytest_unconfigure(config):
    server = getattr(config, "_glossary_server", None)
    if server is not None:
        server.shutdown()
        server.server_close()
    if getattr(config, "_glossary_owns_shared", False):
        import shutil

        shutil.rmtree(os.environ.pop(_SHARED), ignore_errors=True)
        os.environ.pop(_PORT, None)
        os.environ.pop(runner.EXECUTION_LOG, None)


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".py" and file_path.resolve() in parent.config._glossary_term_files:
        return TermDoctests.from_parent(parent, path=file_path)
    return None


class TermDoctests(pytest_doctest.DoctestTextfile):
    """The doctests of a term module's docstring, read as text (as --doctest-modules reads them, less the import)."""

    def collect(self):
        import ast
        import doctest

        tree = ast.parse(self.path.read_text(encoding="utf-8"))
        node = tree.body[0] if tree.body and isinstance(tree.body[0], ast.Expr) else None
        if node is None or not isinstance(node.value, ast.Constant) or not isinstance(node.value.value, str):
            return
        runner = pytest_doctest._get_runner(
            verbose=False, optionflags=pytest_doctest.get_optionflags(self.config),
            checker=pytest_doctest._get_checker(),
            continue_on_failure=pytest_doctest._get_continue_on_failure(self.config))
        test = doctest.DocTestParser().get_doctest(node.value.value, {"__name__": "__main__"}, self.path.stem,
                                                   str(self.path), node.lineno - 1)
        if test.examples:
            yield pytest_doctest.DoctestItem.from_parent(self, name=test.name, runner=runner, dtest=test)


def shared_dir() -> Path:
    return Path(os.environ[_SHARED])


@pytest.fixture(scope="session")
def content(pytestconfig) -> registry.Content:
    return pytestconfig._glossary_content


@pytest.fixture(scope="session")
def terms(content) -> dict:
    return content.terms


@pytest.fixture(scope="module")
def example(content):
    """`example(slug, region="example")`: a runner.Result with `.stdout`, `.figures` and `.globals`.

    One execution per region and test module, on 3 torch threads, compared with the page's output and
    figures (so every region, read by some test, is shown to reproduce its page):
    the site build's (a build under way is waited for), or, when this run builds no site, one more
    execution on one thread, as the build would make it. Tests must not change the globals they get.
    """
    done = {}

    def get(slug: str, region: str = "example") -> runner.Result:
        if (slug, region) not in done:
            term = content.terms[slug]
            found = term.regions[region]
            cache = shared_dir() / "cache"
            on_page = runner.cached(term, found, cache, content.root)
            if on_page is None:
                # The site's lock: a build under way finishes first (and runs this example); without one,
                # the page's output is made here, and a build started later finds it in the cache.
                from filelock import FileLock

                with FileLock(str(shared_dir() / "site.lock")):
                    on_page = runner.cached(term, found, cache, content.root)
                    if on_page is None:
                        on_page = runner.execute(term, found, content)
                        runner.store(term, found, on_page, cache, content.root)
            # A learner's torch uses every core, the page was built with one thread: an example whose
            # output depends on how torch splits a sum between threads prints something else here.
            result = runner.execute(term, found, content, threads=LEARNER_THREADS)
            assert result.stdout == on_page.stdout, (f"{slug}:{region} printed other output than its page shows "
                                                      f"(with {LEARNER_THREADS} torch threads)")
            assert result.figures == on_page.figures, (f"{slug}:{region} drew other figures than its page shows "
                                                        f"(with {LEARNER_THREADS} torch threads)")
            done[slug, region] = result
        return done[slug, region]

    return get


@pytest.fixture(autouse=True)
def _learner_threads() -> None:
    """Each test computes on as many torch threads as the examples' second run: a test that recomputes
    what an example computed gets the same bits, whatever the number of cores or the test before."""
    try:
        import torch
    except ImportError:  # a glossary without torch
        return
    torch.set_num_threads(LEARNER_THREADS)


@pytest.fixture(autouse=True)
def _no_figures_left_open():
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _SharedPortServer(ThreadingHTTPServer):
    allow_reuse_port = True  # xdist workers with browser tests each serve the same site on the run's one port

    def handle_error(self, request, client_address) -> None:
        """A browser that leaves a page mid-download closes its socket: not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(site_dir: Path, port: int = 0) -> ThreadingHTTPServer:
    """Serve a folder on 127.0.0.1 (port 0: a free one) from a daemon thread; `.url` is its address."""
    server = _SharedPortServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(site_dir)))
    server.url = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


_NOT_COPIED = {".venv", ".git", "site", ".cache", "node_modules", "mutants"}  # at the top: outputs, caches
_NEVER_COPIED = {"__pycache__", ".hypothesis"}  # anywhere


def copy_project(project: Path, into: Path) -> Path:
    """A throwaway copy of a glossary project (for benchmarks and mutation runs), without its build
    outputs and caches; its node_modules (the in-browser runtime) is linked, not copied."""
    def skipped(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == project
        return {n for n in names if n in _NEVER_COPIED or (top and n in _NOT_COPIED)}

    shutil.copytree(project, into, ignore=skipped)
    if (project / "node_modules").is_dir():
        (into / "node_modules").symlink_to(project / "node_modules", target_is_directory=True)
    return into


def build_site(project: Path, site_dir: Path, cache_dir: Path, site_url: str = "http://127.0.0.1:8000/",
               *extra: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` as a user runs it, in a subprocess, with its own example cache."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GLOSSARY_CACHE_DIR": str(cache_dir),
           "MKDOCS_JUPYTER_CACHE_DIR": str(cache_dir / "mkdocs-jupyter"), "GLOSSARY_SITE_URL": site_url}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                           "-d", str(site_dir), *extra], cwd=project, capture_output=True, text=True, env=env,
                          timeout=900)


@pytest.fixture(scope="session")
def site_url(pytestconfig) -> str:
    return f"http://127.0.0.1:{os.environ[_PORT]}/"


@pytest.fixture(scope="session")
def site(pytestconfig, site_url) -> Path:
    """The project's site, built once per test run (the first worker to ask builds it; others wait)."""
    from filelock import FileLock

    shared = shared_dir()
    site_dir = shared / "site"
    with FileLock(str(shared / "site.lock")):
        if not (site_dir / "index.html").is_file():
            done = build_site(Path(pytestconfig.rootpath), site_dir, shared / "cache", site_url)
            if done.returncode:
                (shared / "site-failed.txt").write_text(done.stdout + done.stderr)
                pytest.fail(f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def site_server(site, site_url):
    """The built site on the port it was built for, served by the run's controlling process."""
    from http.client import HTTPConnection

    try:
        connection = HTTPConnection("127.0.0.1", int(os.environ[_PORT]), timeout=10)
        connection.request("GET", "/")
        status = connection.getresponse().status
        connection.close()
        if status != 200:
            raise OSError(f"status {status}")
    except OSError as err:
        pytest.fail(f"nothing serves the site at {site_url} ({err}): is another test run using "
                    f"GLOSSARY_TEST_PORT={os.environ[_PORT]}?", pytrace=False)
    return site_url


class BuildFailed(Exception):
    """A strict build stopped; the message is what MkDocs reported (warnings and errors), one per line."""


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_project(project: Path, site_dir: Path | None = None) -> Path:
    """Build a (fixture) project in this process, strictly, as `mkdocs build --strict` would.

    Returns the site folder; a failed build raises BuildFailed with the messages MkDocs logged.
    The project's mkdocs.yml must name its own cache_dir.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    site_dir = site_dir or project / "site"
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    collect = _Collect()
    logger.addHandler(collect)
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except Abort as err:
        raise BuildFailed("\n".join(collect.messages) or str(err)) from None
    finally:
        logger.removeHandler(collect)
    return site_dir
