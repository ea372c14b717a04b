"""Find a content tree's sections and terms, reading every file as text (`ast`), never importing it.

A content tree is a package (`src/glossary_examples/` here) laid out like this:

    __init__.py            SECTIONS = {"numpy": "NumPy", ...}: folder -> title, in reading order
    <section>/__init__.py  optional: SUPPORT = ("engine", ...) names the section's helper modules,
                           COMMANDS = {"bigram": "module:function"} adds `glossary bigram ...`
    <section>/<slug>.py    one term each (every other module not starting with "_")

The engine names no section, term or content path: everything comes from the tree it is given.
Any breach of the contract raises TermError, one line that starts with `file:line:`.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

_REGION = re.compile(r"^[ \t]*# --8<-- \[(start|end):([\w-]+)\][ \t]*$", re.M)
_METADATA = ("ALIASES", "SEE_ALSO", "DOCS")


class TermError(ValueError):
    """The content breaks the contract; the message is one line, `file:line: what is wrong`."""


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
        """The page's path inside docs/ (and its URL): the module's path inside the content tree."""
        return f"{self.section}/{self.slug}.md"

    @property
    def module(self) -> str:
        """The dotted name a learner imports, e.g. glossary_examples.makemore.softmax."""
        return f"{self.path.parents[1].name}.{self.section}.{self.slug}"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a reader may type for this term: slug, title and aliases."""
        return (self.slug, self.slug.replace("_", " "), self.title, *self.aliases)


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    support: tuple[str, ...] = ()  # helper modules in the folder that are not terms
    commands: dict[str, str] = field(default_factory=dict)  # glossary COMMAND -> "module:function"


@dataclass(frozen=True)
class Content:
    """What the site is built from: the sections in reading order and every term by slug."""

    root: Path  # the content package folder, e.g. src/glossary_examples
    sections: dict[str, Section]
    terms: dict[str, Term]

    @property
    def package(self) -> str:
        return self.root.name


def discover(root: Path) -> Content:
    """Read the content tree at `root`; raise TermError at the first breach of the contract."""
    root = Path(root).resolve()
    declared = _assignments(root / "__init__.py", {"SECTIONS"}).get("SECTIONS")
    if not isinstance(declared, dict) or not declared:
        raise TermError(f"{root / '__init__.py'}:1: declare SECTIONS = {{'folder': 'Title', ...}} in reading order")
    sections, terms = {}, {}
    for name, title in declared.items():
        folder = root / name
        if not (folder / "__init__.py").is_file():
            raise TermError(f"{root / '__init__.py'}:1: SECTIONS names {name!r}, but {folder}/__init__.py is missing")
        values = _assignments(folder / "__init__.py", {"SUPPORT", "COMMANDS"})
        section = Section(name, title, tuple(values.get("SUPPORT", ())), dict(values.get("COMMANDS", {})))
        for helper in section.support:
            if not (folder / f"{helper}.py").is_file() and not (folder / helper / "__init__.py").is_file():
                raise TermError(f"{folder / '__init__.py'}:1: SUPPORT names {helper!r}, which is not a module here")
        sections[name] = section
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_") or path.stem in section.support:
                continue
            term = parse(path, name)
            if term.slug in terms:
                raise TermError(f"{path}:1: slug {term.slug!r} is taken by {terms[term.slug].path} too; "
                                "slugs are URLs and must be unique")
            terms[term.slug] = term
    undeclared = sorted(p.parent.name for p in root.glob("*/__init__.py") if p.parent.name not in declared)
    if undeclared:
        raise TermError(f"{root / '__init__.py'}:1: folder(s) {', '.join(undeclared)} missing from SECTIONS")
    for term in terms.values():
        unknown = [slug for slug in term.see_also if slug not in terms]
        if unknown:
            line = _line_of(term.path, "SEE_ALSO")
            raise TermError(f"{term.path}:{line}: SEE_ALSO names unknown slug(s) {', '.join(unknown)}"
                            + _suggest(unknown[0], terms))
    return Content(root, sections, terms)


def parse(path: Path, section: str) -> Term:
    """Read one term module; raise TermError naming the file, the line and the missing part."""
    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as err:
        raise TermError(f"{path}:{err.lineno}: syntax error: {err.msg}") from None
    doc = ast.get_docstring(tree, clean=True)
    if not doc:
        raise TermError(f"{path}:1: no module docstring (title line, one-sentence summary, definition)")
    text, _, doctest = doc.partition("\n>>> ")
    doctest = (">>> " + doctest).strip() if doctest else ""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 2:
        raise TermError(f"{path}:1: the docstring needs a title line and a one-sentence summary")
    title, summary, *rest = paragraphs
    values = _assignments(path, set(_METADATA), tree)
    missing = [name for name in _METADATA if name not in values]
    if missing:
        raise TermError(f"{path}:1: missing {', '.join(missing)} (see CONTRIBUTING.md)")
    return Term(
        slug=path.stem,
        title=title,
        summary=" ".join(summary.split()),
        definition="\n\n".join(rest),
        doctest=doctest,
        section=section,
        aliases=tuple(values["ALIASES"]),
        see_also=tuple(values["SEE_ALSO"]),
        docs=values["DOCS"],
        path=path,
        regions=_regions(source, path),
    )


def _assignments(path: Path, names: set[str], tree: ast.Module | None = None) -> dict:
    """Module-level `NAME = <literal>` assignments of the given names."""
    if tree is None:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as err:
            raise TermError(f"{path}:{err.lineno}: syntax error: {err.msg}") from None
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in names:
                try:
                    values[node.targets[0].id] = ast.literal_eval(node.value)
                except ValueError:
                    raise TermError(f"{path}:{node.lineno}: {node.targets[0].id} must be a literal") from None
    return values


def _line_of(path: Path, name: str) -> int:
    found = re.search(rf"^{name}\b", path.read_text(encoding="utf-8"), re.M)
    return path.read_text(encoding="utf-8").count("\n", 0, found.start()) + 1 if found else 1


def _regions(source: str, path: Path) -> dict[str, Region]:
    regions, open_at = {}, {}
    for match in _REGION.finditer(source):
        kind, name = match.groups()
        line = source.count("\n", 0, match.start()) + 1
        if kind == "start":
            if name in open_at or name in regions:
                raise TermError(f"{path}:{line}: region {name!r} starts a second time")
            open_at[name] = (match.end() + 1, line)
        elif name not in open_at:
            raise TermError(f"{path}:{line}: [end:{name}] without [start:{name}]")
        else:
            start, start_line = open_at.pop(name)
            regions[name] = Region(name, source[start : match.start()], start_line + 1)
            _check_alone(regions[name], path)
    for name, (_, line) in open_at.items():
        raise TermError(f"{path}:{line}: region {name!r} never ends (add '# --8<-- [end:{name}]')")
    if "example" not in regions:
        raise TermError(f"{path}:1: no example region (# --8<-- [start:example] ... [end:example])")
    return regions


def _check_alone(region: Region, path: Path) -> None:
    """A region runs on its own (the build and a reader's paste both do): it must compile alone."""
    try:
        compile("\n" * (region.first_line - 1) + region.code, str(path), "exec", dont_inherit=True)
    except SyntaxError as err:
        raise TermError(f"{path}:{err.lineno or region.first_line}: region {region.name!r} is not valid "
                        f"Python on its own: {err.msg}") from None


def resolve(name: str, terms: dict[str, Term]) -> Term:
    """Find a term by slug, title or alias, ignoring spaces, hyphens, underscores and then case.

    Case matters only to tell apart names that differ in nothing else (torch.tensor, torch.Tensor).
    """
    for fold in (_fold, lambda n: _fold(n).lower()):
        for term in terms.values():
            if fold(name) in {fold(n) for n in term.names}:
                return term
    raise LookupError(f"unknown term {name!r}" + (_suggest(name, terms) or "; 'glossary list' shows every term"))


def _suggest(name: str, terms: dict[str, Term]) -> str:
    everything = {_fold(n).lower(): term.slug for term in terms.values() for n in term.names}
    close = difflib.get_close_matches(_fold(name).lower(), everything, n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(everything[c] for c in close))
    return f"; did you mean {', '.join(suggestions)}?" if suggestions else ""


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-`()]+", "", name)
