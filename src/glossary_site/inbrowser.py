"""Examples that readers can edit and run on the page, in a Python that the site serves itself.

An example whose copy (helper code + region, see `portable`) imports only the standard library runs
in the reader's browser: Pyodide (CPython compiled to WebAssembly, from the npm package `pyodide`,
which `make runtime` installs into node_modules/) is copied into the site, and `assets/run.js`
loads it into a Web Worker the first time a reader presses Run. The decision is made here, at build
time, from the copy's imports, and written into the example's wrapper as `data-run`:

- `data-run="python"`: runnable in the page (run.js adds Run, Stop and Reset and makes the code editable);
- `data-run="build"`: its output was printed while the site was built; a note says why (it needs torch,
  NumPy, ... or this build has no runtime) and points at the page's notebook download.

The plugin option `runtime` names the runtime folder (relative to mkdocs.yml; empty: none). A
configured folder that is missing is a warning, so a strict build stops; a non-strict one still
builds, and every example says its output was made at build time.
"""

from __future__ import annotations

import ast
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from .portable import Copy
from .registry import Term

# What the site copies from the npm package: the loader, the compiled interpreter, the standard library and
# the package index the loader reads at start-up (no package from it is ever loaded).
RUNTIME_FILES = ("pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
SITE_FOLDER = "assets/pyodide"  # where the site serves it; run-worker.js loads it from there

# Standard-library modules that the browser's Python lacks (Pyodide leaves them out) or that need
# processes, threads, a terminal or the network, which a page's worker does not have.
UNAVAILABLE = frozenset({
    "asynchat", "asyncio", "asyncore", "concurrent", "ctypes", "curses", "dbm", "distutils", "ensurepip", "fcntl",
    "ftplib", "grp", "http", "idlelib", "imaplib", "imp", "lib2to3", "lzma", "msilib", "msvcrt", "multiprocessing",
    "nis", "nntplib", "nt", "ossaudiodev", "poplib", "pty", "pwd", "pydoc_data", "readline", "resource", "smtpd",
    "smtplib", "socket", "socketserver", "spwd", "sqlite3", "ssl", "subprocess", "syslog", "telnetlib", "termios",
    "threading", "tkinter", "tty", "turtle", "turtledemo", "urllib", "venv", "webbrowser", "winreg", "winsound",
})


@dataclass(frozen=True)
class Runtime:
    """The Pyodide files found for the build."""

    folder: Path
    version: str  # Pyodide's
    python: str  # the CPython version it is built from

    @property
    def files(self) -> list[Path]:
        return [self.folder / name for name in RUNTIME_FILES]

    @property
    def size(self) -> int:
        return sum(path.stat().st_size for path in self.files)


def find_runtime(root: Path, configured: str | None) -> tuple[Runtime | None, str]:
    """The runtime named by the plugin option, or None and why not ("" when none is configured)."""
    if not configured:
        return None, ""
    folder = (root / configured).resolve()
    missing = [name for name in RUNTIME_FILES if not (folder / name).is_file()]
    if missing:
        return None, (f"no Python runtime for the Run buttons at {configured} (missing {', '.join(missing)}): "
                      "run `make runtime` (npm ci); until then every example says its output was made at build time")
    lock = json.loads((folder / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    return Runtime(folder, lock["version"], lock["python"]), ""


def needs(copy: Copy) -> list[str]:
    """What the copy imports that the browser's Python does not have (empty: it runs in the page)."""
    found = set(copy.pip)  # packages to pip install, or whose data files it reads (`names`)
    for piece in (*copy.helpers, copy.example):
        for node in ast.walk(ast.parse(piece.runnable)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names or top in UNAVAILABLE:
                    found.add(top)
    return sorted(found)


def mark(html: str, term: Term, copy: Copy, runtime: Runtime | None) -> str:
    """The example's HTML (from pages.example) with data-run set, and a note when it cannot run in the page."""
    missing = needs(copy)
    runs = not missing and runtime is not None
    start = '<div class="glossary-example" '
    assert html.startswith(start) and html.rstrip().endswith("</div>"), "not an example wrapper"
    html = start + f'data-run="{"python" if runs else "build"}" ' + html[len(start):]
    if runs:
        return html
    if missing:
        why = f"it needs {_joined(missing)}, which the Python in your browser does not have"
    else:
        why = "this copy of the site has no in-browser Python"
    notebook = "../" * term.page.count("/") + f"../downloads/{term.slug}.ipynb"
    note = (f'<p class="glossary-run-note" data-search-exclude="true">This output was printed when the site was '
            f'built ({why}). To change the code and run it, use this page\'s <a href="{notebook}" download>notebook</a>.</p>')
    body = html.rstrip()
    return body[: -len("</div>")] + note + "\n</div>\n"


def _joined(names: list[str]) -> str:
    shown = [f"<code>{name}</code>" for name in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
