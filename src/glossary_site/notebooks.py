"""Execute walkthrough notebooks (jupytext `.py` files) once per change, for mkdocs-jupyter to render.

mkdocs-jupyter's own cache keys on the notebook text only, so an edit to a glossary
module the notebook imports would leave stale output. Here the key also covers those
modules and the library versions, like `runner.cache_key` does for examples.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat

from . import downloads, portable
from .registry import Content
from .runner import imported_modules, library_versions


class NotebookError(Exception):
    """A walkthrough cell raised; the message names the file, cell and line."""


def cache_key(source: str, execute: bool, content_root: Path) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps({**library_versions(), "execute": execute}, sort_keys=True).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(source.encode())
    code = "\n".join(c.source for c in jupytext.reads(source, fmt="py:percent").cells if c.cell_type == "code")
    for path in sorted(imported_modules(_without_magics(code), content_root)):
        digest.update(str(path.relative_to(content_root)).encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def folder_of(path: Path, cache_dir: Path, execute: bool, content: Content) -> Path:
    """Where `prepare` puts the executed notebook of the walkthrough at `path` (known before it runs)."""
    return cache_dir / "notebooks" / cache_key(path.read_text(encoding="utf-8"), execute, content.root)


def prepare(path: Path, uri: str, cache_dir: Path, cwd: Path, execute: bool = True, *,
            content: Content) -> tuple[Path, float, bool]:
    """Execute the jupytext notebook at `path` (docs URI `uri`) unless the cache has it.

    Returns (folder, seconds, cached): the executed notebook is `folder/<uri>.ipynb`, so
    `folder` can serve as a docs dir. As with examples, what runs is what a learner downloads:
    helper code the cells import from the content package comes in as cells of its own, and
    the kernel cannot import the package. Cells run in one kernel, in `cwd`; a failing cell
    raises NotebookError.
    """
    source = path.read_text(encoding="utf-8")
    folder = folder_of(path, cache_dir, execute, content)
    target = folder / (uri.removesuffix(".py") + ".ipynb")
    if target.is_file():
        return folder, json.loads((folder / "timing.json").read_text())["seconds"], True
    notebook = portable_notebook(jupytext.reads(source, fmt="py:percent"), path, source, content)
    start = time.perf_counter()
    if execute:
        _execute(notebook, path, source, cwd, content.package)
    seconds = round(time.perf_counter() - start, 3)
    target.parent.mkdir(parents=True, exist_ok=True)
    timing = folder / f"timing.{os.getpid()}.tmp"  # unique names: builds running side by side never clash
    timing.write_text(json.dumps({"seconds": seconds}))
    timing.replace(folder / "timing.json")
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    nbformat.write(notebook, str(partial))
    partial.replace(target)  # last, so a half-written folder is never taken for a result
    return folder, seconds, False


def portable_notebook(notebook, path: Path, source: str, content: Content):
    """Cells that import helper code get that code as cells before them (once), their imports removed."""
    cells, done = [], set()
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and not cell.source.lstrip().startswith(("%", "!")):
            padded = "\n" * source[: max(source.find(cell.source), 0)].count("\n") + cell.source  # the file's lines
            try:
                copy = portable.copy_of_code(padded, path, content, f"walkthrough {path.name}, cell {index + 1}")
            except portable.PortabilityError as err:
                raise NotebookError(str(err)) from None
            for helper in copy.helpers:
                if helper.path not in done:
                    done.add(helper.path)
                    cells.append(nbformat.v4.new_code_cell(downloads.helper_cell(helper)))
            if copy.helpers or copy.uses:
                cell.source = copy.example.code.rstrip("\n")
        cells.append(cell)
    notebook.cells = cells
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index + 1}"  # jupytext draws random ids: two builds would differ
    return notebook


def _execute(notebook, path: Path, source: str, cwd: Path, hidden_package: str) -> None:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from traitlets.config import Config

    guard = nbformat.v4.new_code_cell(f"import sys\nsys.modules[{hidden_package!r}] = None  # not in a learner's Python")
    notebook.cells.insert(0, guard)
    # The kernel listens on Unix sockets in a folder of its own, not on TCP ports: nothing else on the
    # machine can talk to it, and walkthroughs executed side by side never share a socket.
    with tempfile.TemporaryDirectory(prefix="glossary-kernel-") as sockets:
        sockets_config = Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(sockets, "kernel")}})
        client = NotebookClient(notebook, timeout=600, kernel_name="python3", allow_errors=False,
                                record_timing=False, config=sockets_config,
                                coalesce_streams=True,  # one output per stream, however the kernel flushed it
                                resources={"metadata": {"path": str(cwd)}})
        # Plots show inline whatever backend the build process was told to use (tests set Agg).
        env = {**os.environ, "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
        try:
            with client.setup_kernel(env=env):
                client.execute_cell(guard, 0, store_history=False)
                for index, cell in enumerate(notebook.cells[1:], 1):
                    try:
                        client.execute_cell(cell, index)
                    except CellExecutionError as err:
                        first = next((line for line in cell.source.splitlines() if line.strip()), "")
                        line = source[: max(source.find(first), 0)].count("\n") + 1
                        raise NotebookError(f"walkthrough {path.name}: cell {index} failed at "
                                            f"{path}:{line}: {err.ename}: {err.evalue}") from None
        finally:
            notebook.cells.remove(guard)


def _without_magics(code: str) -> str:
    return "\n".join(line for line in code.splitlines() if not line.lstrip().startswith(("%", "!")))
