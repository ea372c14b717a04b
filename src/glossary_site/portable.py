"""What a learner copies: an example that runs in a bare Python with torch, NumPy and matplotlib.

A region may import names from a section's support modules (`from glossary_examples.micrograd
import Value`). The copy then carries those modules' source, dependencies first, with the content
package's own imports and `if __name__ == "__main__":` blocks taken out, followed by the region's
code without those imports. The build executes exactly these pieces, with the content package made
unimportable, so the output on the page is what the copy prints.
"""

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

from .registry import Content, Region, Term

_BARE = {"torch", "numpy", "matplotlib"}  # what a learner's Python (Colab, a notebook) has


class PortabilityError(Exception):
    """A region's copy would need the project's own package; the message names term, region, file and line."""


@dataclass(frozen=True)
class Piece:
    """Code to run in order: a helper module's source or the region's own code, as copied."""

    code: str  # as copied (removed lines dropped)
    runnable: str  # the same statements with removed lines blanked, so tracebacks keep the file's lines
    path: Path
    first_line: int  # the line of `runnable`'s first line in `path`


@dataclass(frozen=True)
class Copy:
    helpers: tuple  # Piece per support module, dependencies first
    example: Piece
    uses: tuple  # (name, support module path) the region imports
    pip: tuple  # packages beyond torch/numpy/matplotlib/stdlib the copy imports, for a `pip install` line

    @property
    def text(self) -> str:
        """What the copy button copies."""
        if not self.helpers:
            return self.example.code.rstrip("\n")
        parts = [f"# ---- helper code: {_shown(p.path)} (copied with the example) ----\n{p.code.rstrip()}\n"
                 for p in self.helpers]
        return "\n\n".join(parts) + "\n\n# ---- the example ----\n" + self.example.code.rstrip("\n")


def _shown(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[-3:]) if len(parts) >= 3 else path.name


def copy_of(term: Term, region: Region, content: Content) -> Copy:
    """The region as a learner copies it; raise PortabilityError if it needs the package itself."""
    padded = "\n" * (region.first_line - 1) + region.code
    return copy_of_code(padded, term.path, content, f"term '{term.slug}', region '{region.name}'")


def copy_of_code(padded: str, path: Path, content: Content, where: str) -> Copy:
    """Code at `path` (padded with blank lines to its first line) as a learner copies it."""
    tree = ast.parse(padded)
    ordered, uses = [], []
    drop, aliases = set(), {}
    for node in ast.walk(tree):
        target = _imported_module(node, content.package)
        if target is None:
            continue
        if isinstance(node, ast.Import) or node not in tree.body:
            raise PortabilityError(f"{where}: {path}:{node.lineno}: imports {target} in a form the copy "
                                   f"cannot carry; write a top-level `from {target} import NAME`")
        for alias in node.names:
            module = _defining_module(target, alias.name, content, f"{where}: {path}:{node.lineno}")
            uses.append((alias.asname or alias.name, module))
            _add_with_dependencies(module, content, ordered, where)
        drop.update(range(node.lineno, node.end_lineno + 1))
        renamed = [f"{alias.asname} = {alias.name}" for alias in node.names if alias.asname]
        if renamed:  # `from helper import NAME as OTHER` keeps OTHER
            aliases[node.lineno] = "; ".join(renamed) + "\n"
    helpers = tuple(_piece(helper, helper.read_text(encoding="utf-8"), content, 1) for helper in ordered)
    example = _strip(padded, drop, aliases)
    pieces = (*helpers, Piece(example[0], example[1], path, 1))
    return Copy(helpers, pieces[-1], tuple(uses), _pip_packages(pieces))


def _imported_module(node, package: str):
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        if node.module == package or node.module.startswith(package + "."):
            return node.module
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == package or alias.name.startswith(package + "."):
                return alias.name
    return None


def _module_file(dotted: str, content: Content):
    base = content.root.joinpath(*dotted.split(".")[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _defining_module(dotted: str, name: str, content: Content, where: str) -> Path:
    """The support module file that defines `name` imported from `dotted` (following a package's re-exports)."""
    path = _module_file(dotted, content)
    if path is not None and path.name == "__init__.py":
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and any((a.asname or a.name) == name for a in node.names):
                inner = node.module
                if node.level:  # relative to this package
                    parts = dotted.split(".")[: len(dotted.split(".")) - node.level + 1]
                    inner = ".".join(parts + ([node.module] if node.module else []))
                original = next(a.name for a in node.names if (a.asname or a.name) == name)
                return _defining_module(inner, original, content, where)
        submodule = _module_file(f"{dotted}.{name}", content)
        raise PortabilityError(f"{where}: imports {name} from {dotted}, which "
                               + ("is a module: import names from it instead" if submodule else "does not define it"))
    if path is None or not _is_support(path, content):
        raise PortabilityError(f"{where}: imports {name} from {dotted}, which is not a support module "
                               "(only modules a section lists in SUPPORT can be copied with an example)")
    return path


def _is_support(path: Path, content: Content) -> bool:
    section = content.sections.get(path.parent.name)
    return section is not None and path.parent.parent == content.root and path.stem in section.support


def _add_with_dependencies(path: Path, content: Content, ordered: list, where: str) -> None:
    if path in ordered:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            target = ".".join(path.relative_to(content.root.parent).with_suffix("").parts[: -node.level])
            target += f".{node.module}" if node.module else ""
        else:
            target = _imported_module(node, content.package)
        if target:
            for alias in node.names:
                _add_with_dependencies(_defining_module(target, alias.name, content, f"{where}: {path}:{node.lineno}"),
                                       content, ordered, where)
    ordered.append(path)


def _piece(path: Path, source: str, content: Content, first_line: int) -> Piece:
    tree = ast.parse(source)
    drop = set()
    for node in tree.body:
        own = isinstance(node, ast.ImportFrom) and node.level or _imported_module(node, content.package)
        main = (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
                and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__")
        future = isinstance(node, ast.ImportFrom) and node.module == "__future__"
        if own or main or future:
            drop.update(range(node.lineno, node.end_lineno + 1))
    code, runnable = _strip(source, drop)
    return Piece(code, runnable, path, first_line)


def _strip(source: str, drop: set, replace: dict | None = None) -> tuple:
    """(the source without the dropped lines, the same with them blanked); `replace` puts text on a line."""
    replace = replace or {}
    lines = source.splitlines(keepends=True)
    kept = "".join(replace.get(number, "") if number in drop else line for number, line in enumerate(lines, 1))
    blanked = "".join(replace.get(number, "\n") if number in drop else line for number, line in enumerate(lines, 1))
    return kept.lstrip("\n"), blanked


def _pip_packages(pieces) -> tuple:
    """Packages the copy imports, or reads data from (`importlib.resources.files("names")`)."""
    found = set()
    for piece in pieces:
        for node in ast.walk(ast.parse(piece.runnable)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "files":
                names += [a.value for a in node.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            for name in names:
                root = name.split(".")[0]
                if root not in sys.stdlib_module_names and root not in _BARE:
                    found.add(root)
    return tuple(sorted(found))
