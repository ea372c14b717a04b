"""The Markdown the plugin writes: example blocks, term page frames, indexes, the timing report."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import ast

from .portable import Copy
from .reader import is_code_like, joined_spellings, source_page
from .registry import Content, Region, Term
from .runner import Result, library_versions


def example(term: Term, region: Region, result: Result | None, figure_slots: list[int], copy: Copy,
            copy_slot: int) -> str:
    """One example: helper code it carries (collapsed), its code, then what it printed and plotted.

    The wrapper's data-term/data-region attributes let tests find every example in the HTML;
    data-copy-slot tells the plugin where to put the full copy text (helpers + code).
    """
    parts = [f'<div class="glossary-example" data-term="{term.slug}" data-region="{region.name}" '
             f'data-copy-slot="{copy_slot}" markdown>', ""]
    if copy.pip:
        parts += [f'<p class="glossary-pip" markdown>Needs `pip install {" ".join(copy.pip)}` '
                  "(besides torch, NumPy and matplotlib).</p>", ""]
    if copy.helpers:
        names = ", ".join(f"`{name}`" for name, _ in copy.uses)
        parts += [f'<p class="glossary-uses" markdown>Uses {names} from the glossary\'s helper code: the copy button '
                  "copies it along, so the snippet runs in a Python with only torch, NumPy and matplotlib.</p>", ""]
        for helper in copy.helpers:
            lines = helper.code.rstrip().count("\n") + 1
            about = _first_line_of_docstring(helper.code)
            parts += [f'<details class="glossary-helper" markdown><summary>Helper code: '
                      f'<code>{"/".join(helper.path.parts[-2:])}</code> ({lines} lines){about}</summary>', "",
                      "```python", helper.code.rstrip(), "```", "", "</details>", ""]
    parts += [f'```python title="{term.slug}.py"', copy.example.code.rstrip("\n"), "```", ""]
    if result is None:
        parts += ['<div class="glossary-output" markdown>', "", "*(not executed in this build)*", "", "</div>", ""]
    elif result.stdout:
        fence = "````" if "```" in result.stdout else "```"
        parts += ['<div class="glossary-output" data-search-exclude="true" markdown>', "",
                  f'{fence}{{ .text .no-copy title="Output" }}',
                  result.stdout.rstrip("\n"), fence, "", "</div>", ""]
    parts += [f'<div class="glossary-figure" data-figure="{slot}"></div>' for slot in figure_slots]
    parts += ["</div>", ""]
    return "\n".join(parts)


def _first_line_of_docstring(code: str) -> str:
    doc = ast.get_docstring(ast.parse(code))
    return f" — {doc.splitlines()[0].rstrip('.')}" if doc else ""


def _link(term: Term, from_page: str) -> str:
    depth = from_page.count("/")
    return f"[{term.title}]({'../' * depth}{term.page})"


def term_page(term: Term, content: Content, body: str) -> str:
    """Frame a term's page: definition from the module docstring, body, claims, links, provenance."""
    terms = content.terms
    related = [terms[s] for s in term.see_also if s in terms]
    related += [t for t in terms.values() if term.slug in t.see_also and t not in related]
    versions = library_versions()
    up = "../" * term.page.count("/")
    head = [f"# {term.title}", "", f'<p class="glossary-summary" markdown>{term.summary}</p>', ""]
    names = [f"`{a}`" if is_code_like(a) else a for a in term.aliases]
    spellings = joined_spellings(term)
    if names or spellings:  # shown, so that search finds the term by any of its names
        line = "Also called: " + ", ".join(names) if names else ""
        line += ("; also spelled " if names else "Also spelled ") + ", ".join(spellings) if spellings else ""
        head += [f'<p class="glossary-aliases" markdown>{line}</p>', ""]
    if term.definition:
        head += [term.definition, ""]
    if term.docs:
        head += [f"Official documentation: <{term.docs}>", ""]
    foot = ["", "## Checked claims", "",
            "These lines are doctests: `python -m doctest -v` on the module (or `make test`) re-checks them.", "",
            "```pycon", term.doctest, "```", ""] if term.doctest else [""]
    if related:
        foot += ["## See also", "", *(f"- {_link(t, term.page)} — {t.summary}" for t in related), ""]
    foot += [
        '<div class="glossary-provenance" markdown>',
        "",
        f'This page\'s examples as a <a href="{up}../downloads/{term.slug}.ipynb" download>notebook</a> or a '
        f'<a href="{up}../downloads/{term.slug}.py" download>Python script</a>: they run with torch, NumPy and '
        "matplotlib and print what this page shows.",
        "",
        f"Outputs on this page were produced while the site was built, with Python {versions['python']}, "
        f"torch {versions['torch']} and numpy {versions['numpy']}. "
        f"Example source: [`{_shown(term.path, content)}`]({up}source/{term.slug}.md)"
        + (f"; claims proven by [`{_shown(tests_of(term, content), content)}`]({up}source/test_{term.slug}.md)."
           if tests_of(term, content).is_file() else "."),
        "",
        "</div>",
        "",
    ]
    return "\n".join(head) + "\n" + body.strip("\n") + "\n" + "\n".join(foot)


def project_root(content: Content) -> Path:
    """The project folder: the one holding the content package's source folder (src/)."""
    return content.root.parents[1]


def tests_of(term: Term, content: Content) -> Path:
    """tests/<section>/test_<slug>.py of the project the term module belongs to."""
    return project_root(content) / "tests" / term.section / f"test_{term.slug}.py"


def _shown(path: Path, content: Content) -> str:
    return path.relative_to(project_root(content)).as_posix()


def source_pages(content: Content, root: Path) -> dict[str, str]:
    """A highlighted page for each term module and its test file, linked from the term's page."""
    pages = {}
    for term in content.terms.values():
        back = f"[{term.title}](../{term.page})"
        pages[f"source/{term.slug}.md"] = source_page(
            term.path, _shown(term.path, content),
            f"The module behind {back}: the docstring is the page's text and its doctests are the checked "
            "claims; the code between `# --8<-- [start:NAME]` and `[end:NAME]` markers is each example.")
        if tests_of(term, content).is_file():
            pages[f"source/test_{term.slug}.md"] = source_page(
                tests_of(term, content), _shown(tests_of(term, content), content), f"The tests that prove what the page {back} says.")
    return pages


def generated(content: Content, results: dict, notebooks: dict, files) -> dict[str, str]:
    """Pages made from the registry: missing term pages, section indexes, the A-Z index, timings."""
    terms, pages = content.terms, {}
    for term in terms.values():
        if files.get_file_from_path(term.page) is None:
            pages[term.page] = "\n\n".join(f"```example {name}\n```" for name in term.regions) + "\n"
    for section in content.sections.values():
        members = [t for t in terms.values() if t.section == section.name]
        if members and files.get_file_from_path(f"{section.name}/index.md") is None:
            pages[f"{section.name}/index.md"] = _section_index(section.title, members, section.name)
    pages["a-z.md"] = _a_to_z(content)
    pages["timing.md"] = _timing(terms, results, notebooks)
    return pages


def sort_key(term: Term) -> str:
    return term.title.lower().lstrip("`.")


def _section_index(title: str, members: list[Term], name: str) -> str:
    lines = [f"# {title}", "", f"On paper: the section's [cheat sheet](../cheatsheet/{name}.md), each term with its "
             "summary and the key line of its example.", "", "| Term | Summary |", "| --- | --- |"]
    lines += [f"| [{t.title}]({t.slug}.md) | {t.summary} |" for t in sorted(members, key=sort_key)]
    return "\n".join(lines) + "\n"


def _a_to_z(content: Content) -> str:
    terms = content.terms
    lines = ["# A–Z index", "", f"All {len(terms)} terms, alphabetically. On paper: the [cheat sheet](cheatsheet/index.md).", ""]
    for letter, group in groupby(sorted(terms.values(), key=sort_key), key=lambda t: sort_key(t)[0].upper()):
        lines += [f"## {letter}", "", "| Term | Section | Summary |", "| --- | --- | --- |"]
        lines += [f"| {_link(t, 'a-z.md')} | {content.sections[t.section].title} | {t.summary} |" for t in group]
        lines += [""]
    return "\n".join(lines)


def _timing(terms: dict[str, Term], results: dict, notebooks: dict) -> str:
    """Like sphinx-gallery's execution-times report: slowest first, with cache hits marked."""
    rows = [(r.seconds, r.cached, f"{_link(terms[slug], 'timing.md')} · `{region}`")
            for (slug, region), r in results.items()]
    rows += [(seconds, cached, f"[{page.rsplit('/', 1)[-1][:-6]}]({page}) (walkthrough)")
             for page, (seconds, cached) in notebooks.items()]
    rows.sort(key=lambda row: (-row[0], row[2]))
    hits = sum(cached for _, cached, _ in rows)
    lines = [
        "---", "term_links: false", "---", "",  # region names in code would link to terms of the same name
        "# Build timings", "",
        f"**{sum(row[0] for row in rows):.3f} s** total execution time for {len(rows)} examples and walkthroughs "
        f"({hits} from the cache, {len(rows) - hits} executed in this build). "
        "A cached entry shows the time of its last real execution.", "",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in library_versions().items()) + ".", "",
        "| Example | Time (s) | This build |", "| --- | ---: | --- |",
    ]
    lines += [f"| {name} | {seconds:.3f} | {'cache hit' if cached else 'executed'} |" for seconds, cached, name in rows]
    if not rows:
        lines.append("| N/A | | |")
    return "\n".join(lines) + "\n"
