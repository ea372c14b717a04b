"""Find a content tree's sections and terms, reading every file as text (`ast`), never importing it.

A content tree is a package (`src/glossary_examples/` here) laid out like this:

    __init__.py            SECTIONS = {"numpy": "NumPy", ...}: folder -> title, in reading order;
                           COURSE = ("micrograd", ...): the lectures, in course order
    <section>/__init__.py  optional: SUPPORT = ("engine", ...) names the section's helper modules,
                           COMMANDS = {"bigram": "module:function"} adds `glossary bigram ...`
    <section>/<slug>.py    one term each (every other module not starting with "_")

`LECTURES = {"key": {"title": ..., "url": ..., "terms": (slug, ...), "walkthroughs": (name, ...)}}`
may sit in the root `__init__.py` or in any section's: each lecture lists the terms it introduces,
in the order it introduces them (from any section), and optionally its walkthrough notebooks.

The engine names no section, term or content path: everything comes from the tree it is given.
Any breach of the contract raises TermError, one line that starts with `file:line:`.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

_REGION = re.compile(r"^[ \t]*# --8<-- \[(start|end):([\w-]+)\][ \t]*$", re.M)
_METADATA = ("ALIASES", "SEE_ALSO", "DOCS")
_OPTIONAL = ("SEARCH_BOOST",)


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
    search_boost: float | None = None  # the page's weight in the site search (Material's `search: boost`)

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
class Lecture:
    """A lecture of the course: the terms it introduces, in its order, and its walkthrough notebooks."""

    key: str
    number: int  # 1-based place in COURSE
    title: str
    url: str  # the video
    terms: tuple[str, ...]  # slugs, in the order the lecture introduces them
    walkthroughs: tuple[str, ...]  # names of walkthrough notebooks (docs/walkthroughs/<name>.py)
    path: Path  # the __init__.py that declares it
    line: int  # the line of its key there
    lines: dict[str, int] = field(default_factory=dict)  # slug, or "walkthroughs/NAME" -> its line in `path`

    @property
    def page(self) -> str:
        return f"course/{self.key}.md"


@dataclass(frozen=True)
class Content:
    """What the site is built from: the sections in reading order, every term by slug, the lectures."""

    root: Path  # the content package folder, e.g. src/glossary_examples
    sections: dict[str, Section]
    terms: dict[str, Term]
    lectures: dict[str, Lecture] = field(default_factory=dict)  # in COURSE order

    @property
    def package(self) -> str:
        return self.root.name

    def place(self, slug: str) -> tuple[Lecture, int] | None:
        """(the lecture that introduces the term, its 1-based place there), or None."""
        for lecture in self.lectures.values():
            if slug in lecture.terms:
                return lecture, lecture.terms.index(slug) + 1
        return None

    def course(self) -> list[Term]:
        """The terms in course order: each lecture's terms in its order, lectures in COURSE order."""
        return [self.terms[slug] for lecture in self.lectures.values() for slug in lecture.terms]


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
    return Content(root, sections, terms, _course(root, [root / "__init__.py", *(root / s / "__init__.py" for s in sections)],
                                                  terms))


_LECTURE_FIELDS = {"title": str, "url": str, "terms": tuple, "walkthroughs": tuple}


def _course(root: Path, declaring: list[Path], terms: dict[str, Term]) -> dict[str, Lecture]:
    """Every LECTURES entry of the content, in the order COURSE (root __init__.py) gives."""
    declared: dict[str, Lecture] = {}
    for path in declaring:
        for lecture in _lectures_in(path):
            if lecture.key in declared:
                first = declared[lecture.key]
                raise TermError(f"{path}:{lecture.line}: lecture {lecture.key!r} is declared in "
                                f"{first.path}:{first.line} too")
            declared[lecture.key] = lecture
    init = root / "__init__.py"
    course, line = _course_order(init)
    for key, at in course:
        if key not in declared:
            raise TermError(f"{init}:{at}: COURSE names lecture {key!r}, which no LECTURES declares"
                            + (f" (declared: {', '.join(declared)})" if declared else ""))
    listed = {key for key, _ in course}
    for lecture in declared.values():
        if lecture.key not in listed:
            where = f"COURSE ({init}:{line})" if line else f"COURSE = (...) in {init}, which is missing"
            raise TermError(f"{lecture.path}:{lecture.line}: lecture {lecture.key!r} is not in {where}; "
                            "add its key there, in course order")
    ordered, owner = {}, {}
    for number, (key, _) in enumerate(course, 1):
        lecture = declared[key]
        for slug in lecture.terms:
            at = f"{lecture.path}:{lecture.lines[slug]}"
            if slug not in terms:
                raise TermError(f"{at}: lecture {key!r} lists unknown slug {slug!r}" + _suggest(slug, terms))
            if slug in owner:
                raise TermError(f"{at}: {slug!r} is in lecture {owner[slug][0]!r} ({owner[slug][1]}) too; "
                                "a term belongs to the one lecture that introduces it")
            owner[slug] = (key, at)
        ordered[key] = dataclasses.replace(lecture, number=number)
    return ordered


def _course_order(init: Path) -> tuple[list[tuple[str, int]], int]:
    """([(lecture key, its line), ...], line of COURSE) from the root __init__.py; ([], 0) without COURSE."""
    node = _assignment_node(init, "COURSE")
    if node is None:
        return [], 0
    if not isinstance(node, (ast.Tuple, ast.List)) or not all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        raise TermError(f"{init}:{node.lineno}: COURSE must be a tuple of lecture keys, in course order")
    seen = set()
    for element in node.elts:
        if element.value in seen:
            raise TermError(f"{init}:{element.lineno}: COURSE names lecture {element.value!r} twice")
        seen.add(element.value)
    return [(e.value, e.lineno) for e in node.elts], node.lineno


def _assignment_node(path: Path, name: str) -> ast.expr | None:
    """The value node of a module-level `NAME = ...` (the last one), or None."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as err:
        raise TermError(f"{path}:{err.lineno}: syntax error: {err.msg}") from None
    found = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == name:
                found = node.value
    return found


def _lectures_in(path: Path) -> list[Lecture]:
    """The lectures a file's LECTURES declares, with the line of each key, slug and walkthrough."""
    node = _assignment_node(path, "LECTURES")
    if node is None:
        return []
    if not isinstance(node, ast.Dict):
        raise TermError(f"{path}:{node.lineno}: LECTURES must be a dict literal: "
                        "{'key': {'title': ..., 'url': ..., 'terms': (...)}}")
    lectures = []
    for key_node, value in zip(node.keys, node.values):
        if not (isinstance(key_node, ast.Constant) and isinstance(key_node.value, str)):
            raise TermError(f"{path}:{(key_node or value).lineno}: LECTURES keys must be strings (lecture keys)")
        key, line = key_node.value, key_node.lineno
        try:
            fields = ast.literal_eval(value)
        except ValueError:
            raise TermError(f"{path}:{value.lineno}: lecture {key!r} must be a literal dict") from None
        if not isinstance(fields, dict):
            raise TermError(f"{path}:{value.lineno}: lecture {key!r} must be a dict with title, url and terms")
        unknown = sorted(set(fields) - set(_LECTURE_FIELDS))
        missing = [name for name in ("title", "url", "terms") if name not in fields]
        if unknown or missing:
            what = (f"unknown field(s) {', '.join(map(repr, unknown))}" if unknown else
                    f"missing {', '.join(missing)}")
            raise TermError(f"{path}:{line}: lecture {key!r}: {what} (fields: {', '.join(_LECTURE_FIELDS)})")
        for name, kind in _LECTURE_FIELDS.items():
            given = fields.get(name, ())
            ok = isinstance(given, (tuple, list)) and all(isinstance(x, str) for x in given) if kind is tuple \
                else isinstance(given, str) and given.strip()
            if not ok:
                raise TermError(f"{path}:{line}: lecture {key!r}: {name} must be "
                                + ("a tuple of strings" if kind is tuple else "a non-empty string"))
        if not fields["url"].startswith("https://"):
            raise TermError(f"{path}:{line}: lecture {key!r}: url must start with https://")
        lines = {}
        field_nodes = dict(zip((k.value for k in value.keys), value.values))
        for name, prefix in (("terms", ""), ("walkthroughs", "walkthroughs/")):
            for element in getattr(field_nodes.get(name), "elts", []):
                if prefix + element.value in lines:
                    raise TermError(f"{path}:{element.lineno}: lecture {key!r} lists {element.value!r} twice")
                lines[prefix + element.value] = element.lineno
        lectures.append(Lecture(key, 0, fields["title"], fields["url"], tuple(fields["terms"]),
                                tuple(fields.get("walkthroughs", ())), path, line, lines))
    return lectures


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
    values = _assignments(path, set(_METADATA + _OPTIONAL), tree)
    missing = [name for name in _METADATA if name not in values]
    if missing:
        raise TermError(f"{path}:1: missing {', '.join(missing)} (see CONTRIBUTING.md)")
    boost = values.get("SEARCH_BOOST")
    if boost is not None and (isinstance(boost, bool) or not isinstance(boost, (int, float)) or not boost > 0):
        raise TermError(f"{path}:{_line_of(path, 'SEARCH_BOOST')}: SEARCH_BOOST must be a number above 0, "
                        f"not {boost!r}")
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
        search_boost=boost,
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
