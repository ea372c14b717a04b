"""Run example regions as a fresh `python` would, capturing what they print and plot; cache the results.

This module compiles user code, so it has no `from __future__` import (and compiles with
`dont_inherit=True`): an example's `def f(x: int)` keeps `f.__annotations__ == {'x': int}`.
Each example starts with fresh globals, the default dtype, no open figure and fresh random
state for `random`, NumPy and torch, and the print options it found are restored after it,
so no example can change another's output.

Results are cached on disk under a key made of everything that can change the output:
the region's code, the source of every content module it imports (transitively), this
file, and the Python/torch/numpy/matplotlib versions. Deleting the cache folder is always safe.
"""

import ast
import contextlib
import functools
import hashlib
import io
import json
import multiprocessing
import os
import platform
import re
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import portable
from .registry import Content, Region, Term

# The default seed of a new interpreter in older torch releases; torch 2.13 seeds each one at random,
# so an unseeded draw can never match a reader's run (examples must seed). Every example starts from it,
# which keeps builds reproducible and an example's output independent of the examples run before it.
TORCH_FRESH_SEED = 67280421310721
EXECUTION_LOG = "GLOSSARY_EXECUTION_LOG"  # if set, a file that gets one line per example executed


@functools.cache  # metadata look-ups are slow; the plugin clears this at the start of every build
def library_versions() -> dict:
    """The versions that can change an example's output (read without importing torch)."""
    found = {"python": platform.python_version()}
    for name in ("torch", "numpy", "matplotlib"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return found


@dataclass
class Result:
    stdout: str
    figures: list  # inline SVG documents, one per matplotlib figure the region left open
    seconds: float  # execution time when it last ran (not the cache lookup time)
    cached: bool = False
    globals: dict = field(default_factory=dict, repr=False)  # only from a real execution, never cached


def use_content(root: Path) -> None:
    """Make `import <content package>` load the files of the content tree at `root`, whatever copy is installed.

    Imported content modules are dropped too, so a rebuild under `mkdocs serve` imports the edited code.
    """
    if sys.path[:1] != [str(root.parent)]:
        sys.path.insert(0, str(root.parent))
    for name in list(sys.modules):
        if name.split(".")[0] == root.name:
            del sys.modules[name]


class ExampleError(Exception):
    """An example raised; the message names the term, region, module file and line."""

    def __init__(self, message: str, printed: str = ""):
        super().__init__(message)
        self.printed = printed  # what the example printed before it raised


def imported_modules(code: str, content_root: Path) -> set:
    """Files of the content package that `code` imports, followed transitively (relative imports too)."""
    seen = set()
    todo = [(code, None)]
    while todo:
        source, path = todo.pop()
        for found in _direct_imports(source, path, content_root):
            if found not in seen:
                seen.add(found)
                todo.append((found.read_text(encoding="utf-8"), found))
    return seen


def _direct_imports(code: str, path, root: Path) -> list:
    names = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # `from .engine import Value` inside glossary_examples/micrograd/__init__.py
                if path is None:
                    continue
                parts = list(path.parent.relative_to(root.parent).parts)
                module = ".".join(parts[: len(parts) - node.level + 1] + ([module] if module else []))
            names += [module] + [f"{module}.{alias.name}" for alias in node.names]
    found = []
    for name in names:
        parts = name.split(".")
        if parts[0] != root.name:
            continue
        for depth in range(1, len(parts) + 1):  # every package on the way is imported too
            base = root.joinpath(*parts[1:depth])
            for candidate in (base / "__init__.py", base.with_suffix(".py")):
                if candidate.is_file():
                    found.append(candidate)
    return found


def cache_key(term: Term, region: Region, content_root: Path) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps(library_versions(), sort_keys=True).encode())
    digest.update(Path(__file__).read_bytes() + Path(portable.__file__).read_bytes())
    digest.update(f"{term.slug}:{region.name}\n{region.code}".encode())  # not the line: output never shows it
    for path in sorted(imported_modules(region.code, content_root)):
        digest.update(str(path.relative_to(content_root)).encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def cached(term: Term, region: Region, cache_dir: Path, content_root: Path):
    """The cached result, or None."""
    cache_file = cache_dir / f"{cache_key(term, region, content_root)}.json"
    if cache_file.is_file():
        return Result(**json.loads(cache_file.read_text(encoding="utf-8")), cached=True)
    return None


def store(term: Term, region: Region, result: Result, cache_dir: Path, content_root: Path) -> None:
    cache_file = cache_dir / f"{cache_key(term, region, content_root)}.json"
    cache_dir.mkdir(parents=True, exist_ok=True)
    data = {"stdout": result.stdout, "figures": result.figures, "seconds": result.seconds}
    partial = cache_file.with_suffix(f".{os.getpid()}.tmp")  # builds running side by side never clash
    partial.write_text(json.dumps(data), encoding="utf-8")
    partial.replace(cache_file)  # atomic: a killed build never leaves half a result


def run(term: Term, region: Region, cache_dir: Path, content: Content) -> Result:
    """The region's output, from the cache when nothing it depends on has changed."""
    hit = cached(term, region, cache_dir, content.root)
    if hit:
        return hit
    result = execute(term, region, content)
    store(term, region, result, cache_dir, content.root)
    return result


class Pending:
    """Results on their way, in the order they were started: `get` waits for one, `wait` for all (and gives
    the results and the messages of those that raised); `cancel` drops what has not started."""

    def __init__(self, cache_dir: Path, content_root: Path):
        self.results, self.errors, self._running, self._pool = {}, [], {}, None
        self._cache_dir, self._content_root = cache_dir, content_root

    def take(self, term: Term, region: Region, outcome) -> None:
        if isinstance(outcome, str):
            self.errors.append(outcome)
        else:
            store(term, region, outcome, self._cache_dir, self._content_root)
            self.results[term.slug, region.name] = outcome

    def get(self, term: Term, region: Region):
        """The region's result (None if it raised: `wait` reports it)."""
        running = self._running.pop((term.slug, region.name), None)  # (term, region, future)
        if running is not None:
            self.take(term, region, running[2].result())
        return self.results.get((term.slug, region.name))

    def wait(self) -> tuple:
        for term, region, _ in list(self._running.values()):
            self.get(term, region)
        self.cancel()
        return self.results, self.errors

    def run_in_workers(self, misses: list, content: Content, workers: int) -> None:
        """Hand the (term, region) misses to `workers` processes that import torch once each; returns at once."""
        # spawn, not fork: the parent may hold torch's thread pools, which do not survive a fork
        self._pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"), initializer=_warm_up)
        self._running = {(term.slug, region.name): (term, region, self._pool.submit(_outcome, (term, region, content)))
                         for term, region in misses}

    def cancel(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def start_all(pairs: list, cache_dir: Path, content: Content, workers: int = 0) -> Pending:
    """Start on the results for (term, region) pairs; `.wait()` gives them and the messages of those that raised.

    Cache misses run in `workers` processes (0: one per core) that import torch once each, while the
    caller goes on (the build renders the pages that show no output meanwhile); a handful of misses
    (an edit under `mkdocs serve`) run in this process, before this returns.
    """
    pending, misses = Pending(cache_dir, content.root), []
    for term, region in pairs:
        hit = cached(term, region, cache_dir, content.root)
        if hit:
            pending.results[term.slug, region.name] = hit
        else:
            misses.append((term, region))
    workers = workers or os.cpu_count() or 1
    if len(misses) < 8 or workers == 1:
        for term, region in misses:
            pending.take(term, region, _outcome((term, region, content)))
        return pending
    pending.run_in_workers(misses, content, workers)
    return pending


def _warm_up() -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import torch

    torch.set_num_threads(1)  # one worker per core already


def _outcome(job):
    try:
        result = execute(*job)
    except ExampleError as err:
        return str(err)
    result.globals = {}  # globals do not cross processes
    return result


def execute(term: Term, region: Region, content: Content, threads: int = 1) -> Result:
    """Run the region as copied (helper code first) in fresh globals, with the content package unimportable.

    torch gets `threads` threads: one for the page, so it does not depend on the machine that built it.

    Tracebacks point at the real module file and line.
    """
    try:
        copy = portable.copy_of(term, region, content)
    except portable.PortabilityError as err:
        raise ExampleError(str(err)) from None
    out = io.StringIO()
    configure_matplotlib()
    if _uses_torch(copy):
        import torch  # noqa: F401  (imported here, it starts seeded like every example, not at random)
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    start = time.perf_counter()
    with _isolated(content.package, threads):
        try:
            pieces = [compile(piece.runnable, str(piece.path), "exec", dont_inherit=True)
                      for piece in (*copy.helpers, copy.example)]
            with contextlib.redirect_stdout(out):
                for code in pieces:
                    exec(code, namespace)
        except BaseException as err:  # noqa: BLE001 - SystemExit and KeyboardInterrupt in examples too
            raise ExampleError(_describe(term, region, err), out.getvalue()) from None
        figures = _figures(f"{term.slug}-{region.name}")
    _log_execution(term, region)
    return Result(out.getvalue(), figures, round(time.perf_counter() - start, 4), globals=namespace)


def _uses_torch(copy: portable.Copy) -> bool:
    """Whether the copy (the region or its helper code) imports torch."""
    return any(re.search(r"^[ \t]*(?:import|from)[ \t]+torch\b", piece.runnable, re.M)
               for piece in (*copy.helpers, copy.example))


def _log_execution(term: Term, region: Region) -> None:
    log = os.environ.get(EXECUTION_LOG)
    if log:
        with open(log, "a", encoding="utf-8") as f:  # one short append per line: safe across processes
            f.write(f"{term.slug}:{region.name}\n")


def _describe(term: Term, region: Region, err: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == str(term.path)]
    frames = frames or traceback.extract_tb(err.__traceback__)[1:]  # raised in helper code: name that file
    line = frames[-1].lineno if frames else region.first_line
    path = Path(frames[-1].filename) if frames else term.path
    try:
        shown = path.relative_to(Path.cwd())
    except ValueError:
        shown = path
    detail = " ".join("".join(traceback.format_exception_only(err)).split())
    return f"term '{term.slug}', region '{region.name}': example failed at {shown}:{line}: {detail}"


@contextlib.contextmanager
def _isolated(hidden_package: str = "", threads: int = 1):
    """Start from fresh global state, and undo what the example changed, as separate interpreters would.

    `hidden_package` cannot be imported meanwhile: a learner's Python does not have it.
    """
    import random

    hidden = {name: sys.modules.pop(name) for name in list(sys.modules)
              if hidden_package and name.split(".")[0] == hidden_package}
    if hidden_package:
        sys.modules[hidden_package] = None  # `import` raises ImportError
    torch = sys.modules.get("torch")
    dtype = torch.get_default_dtype() if torch else None
    numpy_print = sys.modules["numpy"].get_printoptions() if "numpy" in sys.modules else None
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")  # only the region's own figures are collected
    random.seed(0)
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed(0)
    callers_threads = torch.get_num_threads() if torch is not None else None
    if torch is not None:
        torch.set_default_dtype(torch.float32)  # a fresh interpreter's defaults
        torch.set_printoptions(profile="default")
        torch.manual_seed(TORCH_FRESH_SEED)
        # One thread for the page, wherever it is built: a float sum split over threads can round
        # differently. (The test suite runs each example again with several, as a learner's Python does.)
        torch.set_num_threads(threads)
    try:
        yield
    finally:
        if hidden_package:
            sys.modules.pop(hidden_package, None)
            sys.modules.update(hidden)
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_num_threads(callers_threads or torch.get_num_threads())
            torch.set_default_dtype(dtype or torch.float32)
            torch.set_printoptions(profile="default")
            torch.manual_seed(TORCH_FRESH_SEED)
        random.seed(0)
        if "numpy" in sys.modules:
            sys.modules["numpy"].random.seed(0)
            if numpy_print is not None:
                sys.modules["numpy"].set_printoptions(**numpy_print)
        plt = sys.modules.get("matplotlib.pyplot")
        if plt is not None:
            plt.close("all")


# Figures are inlined, so black becomes the page's text colour (readable in light and dark mode).
_STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.transparent": True,
    "figure.figsize": (6.4, 3.6),
}


def configure_matplotlib() -> None:
    """Headless, deterministic figures; imported only when an example really runs."""
    import matplotlib

    matplotlib.rcdefaults()  # also undoes style changes a previous example made
    matplotlib.use("Agg")
    matplotlib.rcParams.update(_STYLE)


def _figures(salt: str) -> list:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return []
    import matplotlib

    svgs = []
    for number in plt.get_fignums():
        buffer = io.StringIO()
        with matplotlib.rc_context({"svg.hashsalt": f"{salt}-{number}"}):
            plt.figure(number).savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
        svgs.append(_inline(buffer.getvalue()))
    return svgs


def _inline(svg: str) -> str:
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"#000000\b", "currentColor", svg)
    # The page's CSS sets the font once; per-label font lists and no-op rotations only add weight.
    svg = re.sub(r"font-family: [^;\"]*;? ?", "", svg)
    svg = re.sub(r' transform="rotate\(-?0 [^"]*\)"', "", svg)
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
