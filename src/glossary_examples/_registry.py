"""Find the glossary's terms: every public module of this package is one term.

A term module is read as text (with `ast`), never imported, so listing terms
costs milliseconds and prints nothing. See CONTRIBUTING.md for the contract.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SECTIONS = {"numpy": "NumPy", "pytorch": "PyTorch", "micrograd": "Micrograd", "makemore": "Makemore"}
_REGION = re.compile(r"^[ \t]*# --8<-- \[(start|end):([\w-]+)\][ \t]*$", re.M)
_METADATA = ("SECTION", "ALIASES", "SEE_ALSO", "DOCS")


class TermError(ValueError):
    """A term module breaks the contract; the message names the file and what is missing."""


@dataclass(frozen=True)
class Region:
    """A runnable slice of a term module, between `# --8<-- [start:NAME]` and `[end:NAME]`."""

    name: str
    code: str
    first_line: int  # 1-based line of the region's first code line in the module file


@dataclass(frozen=True)
class Term:
    slug: str
    title: str
    summary: str
    definition: str  # Markdown paragraphs after the summary, before the doctests
    doctest: str  # the ">>>" part of the docstring, shown on the page as checked claims
    section: str
    aliases: tuple[str, ...]
    see_also: tuple[str, ...]
    docs: str
    path: Path
    regions: dict[str, Region] = field(default_factory=dict)

    @property
    def page(self) -> str:
        """The page's path inside docs/."""
        return f"{self.section}/{self.slug}.md"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a reader may type for this term: slug, title and aliases."""
        return (self.slug, self.slug.replace("_", " "), self.title, *self.aliases)


def parse(path: Path) -> Term:
    """Read one term module; raise TermError naming the file and the missing part."""
    source = path.read_text(encoding="utf-8")
    where = f"{path.name}"
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as err:
        raise TermError(f"{where}:{err.lineno}: syntax error: {err.msg}") from None
    doc = ast.get_docstring(tree, clean=True)
    if not doc:
        raise TermError(f"{where}: no module docstring (title line, one-sentence summary, definition)")
    text, _, doctest = doc.partition("\n>>> ")
    doctest = (">>> " + doctest).strip() if doctest else ""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 2:
        raise TermError(f"{where}: the docstring needs a title line and a one-sentence summary")
    title, summary, *rest = paragraphs
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in _METADATA:
                values[node.targets[0].id] = ast.literal_eval(node.value)
    missing = [name for name in _METADATA if name not in values]
    if missing:
        raise TermError(f"{where}: missing {', '.join(missing)}")
    if values["SECTION"] not in SECTIONS:
        raise TermError(f"{where}: SECTION {values['SECTION']!r} is not one of {sorted(SECTIONS)}")
    return Term(
        slug=path.stem,
        title=title,
        summary=" ".join(summary.split()),
        definition="\n\n".join(rest),
        doctest=doctest,
        section=values["SECTION"],
        aliases=tuple(values["ALIASES"]),
        see_also=tuple(values["SEE_ALSO"]),
        docs=values["DOCS"],
        path=path,
        regions=_regions(source, where),
    )


def _regions(source: str, where: str) -> dict[str, Region]:
    regions, open_at = {}, {}
    for match in _REGION.finditer(source):
        kind, name = match.groups()
        line = source.count("\n", 0, match.start()) + 1
        if kind == "start":
            open_at[name] = (match.end() + 1, line + 1)
        elif name not in open_at:
            raise TermError(f"{where}:{line}: [end:{name}] without [start:{name}]")
        else:
            start, first_line = open_at.pop(name)
            regions[name] = Region(name, source[start : match.start()], first_line)
    if open_at:
        raise TermError(f"{where}: region(s) {', '.join(open_at)} never ended")
    if "example" not in regions:
        raise TermError(f"{where}: no example region (# --8<-- [start:example] ... [end:example])")
    return regions


def discover(package_dir: Path = PACKAGE_DIR) -> dict[str, Term]:
    """All term modules in the package, by slug (modules starting with '_' are engine code)."""
    terms = {}
    for path in sorted(package_dir.glob("*.py")):
        if not path.name.startswith("_"):
            terms[path.stem] = parse(path)
    return terms


def resolve(name: str, terms: dict[str, Term]) -> Term:
    """Find a term by slug, title or alias, ignoring spaces, hyphens, underscores and then case.

    Case matters only to tell apart names that differ in nothing else (torch.tensor, torch.Tensor).
    """
    for fold in (_fold, lambda n: _fold(n).lower()):
        for term in terms.values():
            if fold(name) in {fold(n) for n in term.names}:
                return term
    everything = {_fold(n).lower(): term.slug for term in terms.values() for n in term.names}
    close = difflib.get_close_matches(_fold(name).lower(), everything, n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(everything[c] for c in close))
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else "; 'glossary list' shows every term"
    raise LookupError(f"unknown term {name!r}{hint}")


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-`()]+", "", name)
