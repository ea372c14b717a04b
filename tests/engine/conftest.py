"""The engine's tests build a small fixture project, not the real site.

`make_project()` writes a project of three terms in two sections into the test's own tmp_path
(two lectures: the first, declared in the root, introduces two terms; the second, declared in a
section, none yet, so one term is in no lecture):
its content package is `tiny_glossary` (not the installed `glossary_examples`), its example cache
is a folder of that tmp_path, and `project.build()` builds it in this process with its own
mkdocs.yml, as `mkdocs build --strict` would. Tests reach it only through these fixtures.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import re
import sys
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from glossary_site import runner, testing

REPO = Path(__file__).resolve().parents[2]
ENGINE_SRC = REPO / "src"  # glossary_site of this checkout, for subprocesses

# The Markdown extensions the term pages need (tabs, admonitions, fences, math), as in the real mkdocs.yml.
MKDOCS_YML = """\
site_name: Tiny glossary
site_url: http://127.0.0.1:8000/
strict: true
use_directory_urls: true
theme:
  name: material
  font: false
  features:
    - navigation.indexes
    - navigation.footer
    - content.code.copy
    - content.tabs.link
plugins:
  - search
  - glossary:
      content: src/{package}
      cache_dir: {cache}
      workers: 1
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
  - pymdownx.details
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.highlight
  - pymdownx.inlinehilite
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""

PYPROJECT = """\
[tool.pytest.ini_options]
addopts = "-p glossary_site.testing --import-mode=importlib -p no:cacheprovider"
glossary_content = "src/{package}"
doctest_optionflags = ["NUMBER", "NORMALIZE_WHITESPACE"]
"""

# Two sections; `alpha` has a support module (not a term) and declares a command.
FILES = {
    "src/{package}/__init__.py": '''\
        """A fixture glossary for the engine's tests."""

        SECTIONS = {"alpha": "Alpha", "beta": "Beta"}

        COURSE = ("first", "second")

        LECTURES = {
            "first": {
                "title": "The first lecture",
                "url": "https://www.youtube.com/watch?v=first",
                "terms": ("variance", "mean"),
            },
        }
        ''',
    "src/{package}/alpha/__init__.py": '''\
        """Alpha: terms with a helper module."""

        SUPPORT = ("helpers",)
        COMMANDS = {"greet": "{package}.alpha.helpers:greet"}

        from .helpers import double  # a relative import, like a real helper package
        ''',
    "src/{package}/alpha/helpers.py": '''\
        """Helpers the examples import (not a term)."""


        def double(x):
            return 2 * x


        def greet(argv, prog="greet"):
            if not argv:
                print(f"usage: {prog} NAME")
                return 2
            print(f"hello, {argv[0]}")
            return 0
        ''',
    "src/{package}/alpha/mean.py": '''\
        """mean

        The mean of some numbers is their sum divided by how many there are.

        It is the balance point of the numbers.

        >>> 0.1 + 0.2
        0.3
        """

        ALIASES = ("average", "np.mean")
        SEE_ALSO = ("dot_product",)
        DOCS = "https://numpy.org/doc/stable/reference/generated/numpy.mean.html"

        # --8<-- [start:example]
        import numpy as np
        from {package}.alpha import double

        x = np.array([1.0, 2.0, 3.0])
        print("mean:", x.mean())
        print("doubled:", double(x.mean()))
        # --8<-- [end:example]
        ''',
    "src/{package}/alpha/variance.py": r'''
        r"""variance

        The variance of some numbers is the mean of their squared distances from their mean.

        For numbers $x_1, \dots, x_n$ with mean $\bar x$ it is

        $$\frac{1}{n} \sum_i (x_i - \bar x)^2.$$

        >>> 2 ** 2
        4
        """

        ALIASES = ()
        SEE_ALSO = ("mean",)
        DOCS = ""

        # --8<-- [start:example]
        import numpy as np

        x = np.array([1.0, 2.0, 3.0])
        print("variance:", x.var())
        # --8<-- [end:example]

        # --8<-- [start:figure]
        import matplotlib.pyplot as plt

        plt.plot([1, 2, 3], [1.0, 0.0, 1.0], color="C0", marker="o")
        plt.title("squared distances", fontsize=12)
        plt.show()
        # --8<-- [end:figure]
        ''',
    "src/{package}/beta/__init__.py": '''\
        """Beta: a term with a hand-written page."""

        LECTURES = {
            "second": {"title": "The second lecture", "url": "https://www.youtube.com/watch?v=second", "terms": ()},
        }
        ''',
    "src/{package}/beta/dot_product.py": '''\
        """dot product

        The dot product of two vectors is the sum of the products of their entries.

        >>> sum(a * b for a, b in zip([1, 2], [3, 4]))
        11
        """

        ALIASES = ()
        SEE_ALSO = ()
        DOCS = ""

        # --8<-- [start:example]
        import numpy as np

        print("dot:", np.dot([1, 2], [3, 4]))
        # --8<-- [end:example]

        # --8<-- [start:loop]
        total = 0
        for a, b in zip([1, 2], [3, 4]):
            total += a * b
        print("loop:", total)
        # --8<-- [end:loop]
        ''',
    "docs/index.md": """\
        # Tiny glossary

        A fixture site.

        <!-- glossary: lectures -->

        By subject:

        <!-- glossary: sections -->
        """,
    "docs/beta/dot_product.md": r"""
        ## As a sum, $\sum_i a_i b_i$

        === "NumPy"

            ```example
            ```

        === "Loop"

            ```example loop
            ```
        """,
    "tests/alpha/test_mean.py": """\
        def test_the_mean_is_printed(example):
            assert example("mean").stdout.startswith("mean: 2.0")
        """,
}


class Project:
    """A fixture project on disk: edit its files, build it in this process, read what was built."""

    def __init__(self, root: Path, package: str):
        self.root = root
        self.package = package
        self.content = root / "src" / package
        self.cache = root.parent / f"{root.name}-cache"  # outside the project: deleting it is a clean build
        self.builds = 0
        for relative, text in FILES.items():
            self.write(relative, text)
        self.write("mkdocs.yml", MKDOCS_YML.format(package=package, cache=self.cache))
        self.write("pyproject.toml", PYPROJECT.format(package=package))

    def path(self, relative: str) -> Path:
        return self.root / relative.replace("{package}", self.package)

    def write(self, relative: str, text: str) -> Path:
        path = self.path(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n").replace("{package}", self.package), encoding="utf-8")
        return path

    def edit(self, relative: str, old: str, new: str) -> Path:
        path = self.path(relative)
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    def line_of(self, relative: str, text: str) -> int:
        """The 1-based number of the first line containing `text`."""
        lines = self.path(relative).read_text(encoding="utf-8").splitlines()
        return next(number for number, line in enumerate(lines, 1) if text in line)

    def build(self, site: Path | None = None) -> Path:
        """A strict in-process build, as `mkdocs build --strict` does it; returns the site folder."""
        self.builds += 1
        return testing.build_project(self.root, site or self.root.parent / f"{self.root.name}-site{self.builds}")

    def build_error(self) -> str:
        """The build must fail; returns what it reported."""
        with pytest.raises(testing.BuildFailed) as failed:
            self.build()
        return str(failed.value)

    def serve(self) -> Served:
        return Served(self)

    def page(self, site: Path, page: str) -> BeautifulSoup:
        """A built page, by its source path ('alpha/mean.md' is alpha/mean/index.html)."""
        path = site / page.removesuffix(".md").removesuffix("index") / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


class Served:
    """What `mkdocs serve` does, without the server: one process; the first build uses the config
    it started with, every rebuild loads mkdocs.yml again and builds into the same site folder."""

    def __init__(self, project: Project):
        from mkdocs.config import load_config

        self.site = project.root.parent / f"{project.root.name}-served"
        self.load = lambda: load_config(str(project.root / "mkdocs.yml"), site_dir=str(self.site))
        self.config = self.load()
        self.config.plugins.on_startup(command="serve", dirty=False)
        self.first = True

    def rebuild(self) -> Path:
        from mkdocs.commands.build import build
        from mkdocs.exceptions import Abort

        config = self.config if self.first else self.load()
        self.first = False
        collect = _Messages()
        logging.getLogger("mkdocs").addHandler(collect)
        try:
            build(config, serve_url="http://127.0.0.1:8000/")
        except Abort:
            raise testing.BuildFailed("\n".join(collect.messages)) from None
        finally:
            logging.getLogger("mkdocs").removeHandler(collect)
        return self.site


class _Messages(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _isolated_imports():
    """Whatever a build puts on sys.path or in sys.modules is undone, so no later test imports a
    fixture package (or a fixture's glossary_examples) by accident."""
    saved_path, saved_modules = list(sys.path), dict(sys.modules)
    try:
        yield
    finally:
        sys.path[:] = saved_path
        packages = {"tiny_glossary", "glossary_examples"}
        for name in [n for n in sys.modules if n.split(".")[0] in packages]:
            del sys.modules[name]
        sys.modules.update({n: m for n, m in saved_modules.items() if n.split(".")[0] in packages})


@pytest.fixture
def isolated_imports():
    """For tests that let the engine import content (the CLI, a build): undone afterwards."""
    with _isolated_imports():
        yield


@pytest.fixture
def make_project(tmp_path, monkeypatch, isolated_imports):
    """`make_project(package="tiny_glossary")`: a fresh fixture project in this test's tmp_path.

    Its examples' executions go to this test's own log (the `executions` fixture reads it).
    """
    monkeypatch.setenv(runner.EXECUTION_LOG, str(tmp_path / "executions.log"))
    made = []

    def make(package: str = "tiny_glossary") -> Project:
        made.append(Project(tmp_path / f"project{len(made) or ''}", package))
        return made[-1]

    yield make


@pytest.fixture
def execute():
    """execute(term, region, content, threads=1) -> runner.Result: a region run as the build runs it."""
    return runner.execute


@pytest.fixture
def executions(tmp_path):
    """`executions()`: the examples executed so far in this test, as ['slug:region', ...] in order."""

    def read() -> list[str]:
        log = tmp_path / "executions.log"
        return log.read_text(encoding="utf-8").splitlines() if log.is_file() else []

    return read


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(project, site): the fixture project built once, for tests that only read it.

    Its own execution log and imports hold only while it builds: after that, the worker's tests of
    other modules see the run's log and modules again.
    """
    tmp = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as patch, _isolated_imports():
        patch.setenv(runner.EXECUTION_LOG, str(tmp / "executions.log"))
        project = Project(tmp / "project", "tiny_glossary")
        site = project.build()
    return project, site


@pytest.fixture
def clean_env(tmp_path) -> dict:
    """A subprocess's environment: this checkout's engine importable, nothing of this test run shared,
    no third-party pytest plugins (a `glossary check` run starts in well under a second)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLOSSARY_")}
    env.update(PYTHONPATH=str(ENGINE_SRC), NO_MKDOCS_2_WARNING="1", MPLBACKEND="Agg", PYTEST_DISABLE_PLUGIN_AUTOLOAD="1",
               GLOSSARY_EXECUTION_LOG=str(tmp_path / "executions.log"))
    return env


@pytest.fixture
def comparable():
    """`comparable(site)`: every file of a built site, minus what may differ between two builds:
    the sitemap's dates and the build-timings page (measured times), also in the search index."""

    def read(site: Path) -> dict[str, bytes]:
        files = {}
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            name, data = path.relative_to(site).as_posix(), path.read_bytes()
            if name.startswith("timing/"):
                continue
            if name == "sitemap.xml.gz":
                name, data = "sitemap.xml (from .gz)", gzip.decompress(data)
            if name.startswith("sitemap.xml"):
                data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"<lastmod/>", data)
            if name == "search/search_index.json":
                index = json.loads(data)
                index["docs"] = [d for d in index["docs"] if not d["location"].startswith("timing/")]
                data = json.dumps(index, sort_keys=True).encode()
            files[name] = data
        return files

    return read
