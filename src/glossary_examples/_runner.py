"""Run one example region as a fresh `python` would, capturing what it prints and plots.

Results are cached on disk under a key made of everything that can change the
output: the region's code, the source of every glossary module it imports
(transitively), this file, and the Python/torch/numpy/matplotlib versions.
Deleting the cache folder is always safe.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import io
import json
import os
import platform
import re
import sys
import time
import traceback
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ._registry import PACKAGE_DIR, Region, Term

_PACKAGE = PACKAGE_DIR.name


@functools.cache  # metadata look-ups are slow; the plugin clears this at the start of every build
def library_versions() -> dict[str, str]:
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
    figures: list[str]  # inline SVG documents, one per matplotlib figure the region left open
    seconds: float  # execution time when it last ran (not the cache lookup time)
    cached: bool = False


class ExampleError(Exception):
    """An example raised; the message names the term, region, module file and line."""


def imported_modules(code: str, package_dir: Path = PACKAGE_DIR) -> set[Path]:
    """Files of this package that `code` imports, followed transitively (relative imports too)."""
    seen: set[Path] = set()
    todo = [(code, None)]
    while todo:
        source, path = todo.pop()
        for found in _direct_imports(source, path, package_dir):
            if found not in seen:
                seen.add(found)
                todo.append((found.read_text(encoding="utf-8"), found))
    return seen


def _direct_imports(code: str, path: Path | None, package_dir: Path) -> list[Path]:
    """Package files named by the imports in `code` (which lives at `path`, if it is a package file)."""
    names = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # `from .engine import Value` inside glossary_examples/micrograd/__init__.py
                if path is None:
                    continue
                parts = list(path.parent.relative_to(package_dir.parent).parts)
                module = ".".join(parts[: len(parts) - node.level + 1] + ([module] if module else []))
            names += [module] + [f"{module}.{alias.name}" for alias in node.names]
    found = []
    for name in names:
        parts = name.split(".")
        if parts[0] != _PACKAGE:
            continue
        for depth in range(1, len(parts) + 1):  # every package on the way is imported too
            base = package_dir.joinpath(*parts[1:depth])
            for candidate in (base / "__init__.py", base.with_suffix(".py")):
                if candidate.is_file():
                    found.append(candidate)
    return found


def cache_key(term: Term, region: Region) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps(library_versions(), sort_keys=True).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{term.slug}:{region.name}\n{region.code}".encode())  # not the line: output never shows it
    for path in sorted(imported_modules(region.code)):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def run(term: Term, region: Region, cache_dir: Path | None = None) -> Result:
    """The region's output, from the cache when nothing it depends on has changed."""
    cache_file = cache_dir / f"{cache_key(term, region)}.json" if cache_dir else None
    if cache_file and cache_file.is_file():
        return Result(**json.loads(cache_file.read_text(encoding="utf-8")), cached=True)
    result = execute(term, region)
    if cache_file:
        cache_dir.mkdir(parents=True, exist_ok=True)
        data = asdict(result)
        del data["cached"]
        partial = cache_file.with_suffix(f".{os.getpid()}.tmp")  # builds running side by side never clash
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(cache_file)  # atomic: a killed build never leaves half a result
    return result


def execute(term: Term, region: Region) -> Result:
    """Run the region in fresh globals; tracebacks point at the real module file and line."""
    padded = "\n" * (region.first_line - 1) + region.code
    code = compile(padded, str(term.path), "exec")
    out = io.StringIO()
    configure_matplotlib()
    start = time.perf_counter()
    with _isolated():
        try:
            with contextlib.redirect_stdout(out):
                exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
        except BaseException as err:  # noqa: BLE001 - SystemExit and KeyboardInterrupt in examples too
            raise ExampleError(_describe(term, region, err)) from None
        figures = _figures(f"{term.slug}-{region.name}")
    return Result(out.getvalue(), figures, round(time.perf_counter() - start, 4))


def _describe(term: Term, region: Region, err: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == str(term.path)]
    line = frames[-1].lineno if frames else region.first_line
    try:
        shown = term.path.relative_to(Path.cwd())
    except ValueError:
        shown = term.path
    detail = "".join(traceback.format_exception_only(err)).strip()
    return f"term '{term.slug}', region '{region.name}': example failed at {shown}:{line}: {detail}"


@contextlib.contextmanager
def _isolated():
    """Undo the global state an example may change, so the next one starts as in a fresh python."""
    torch = sys.modules.get("torch")
    dtype = torch.get_default_dtype() if torch else None
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")  # only the region's own figures are collected
    try:
        yield
    finally:
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_default_dtype(dtype or torch.float32)
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


def _figures(salt: str) -> list[str]:
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
    plt.close("all")
    return svgs


def _inline(svg: str) -> str:
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"#000000\b", "currentColor", svg)
    # The page's CSS sets the font once; per-label font lists and no-op rotations only add weight.
    svg = re.sub(r"font-family: [^;\"]*;? ?", "", svg)
    svg = re.sub(r' transform="rotate\(-?0 [^"]*\)"', "", svg)
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
