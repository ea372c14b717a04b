"""The Markdown the plugin writes: example blocks, term page frames, indexes, the timing report."""

from __future__ import annotations

from itertools import groupby

from ._registry import SECTIONS, Region, Term
from ._runner import Result, library_versions


def example(term: Term, region: Region, result: Result | None, figure_slots: list[int]) -> str:
    """One example: the region's code, then (separately) what it printed and plotted.

    The wrapper's data-term/data-region attributes let tests find every example in the HTML.
    """
    parts = [
        f'<div class="glossary-example" data-term="{term.slug}" data-region="{region.name}" markdown>',
        "",
        f'```python title="{term.path.name}"',
        region.code.rstrip("\n"),
        "```",
        "",
    ]
    if result is None:
        parts += ['<div class="glossary-output" markdown>', "", "*(not executed in this build)*", "", "</div>", ""]
    elif result.stdout:
        fence = "````" if "```" in result.stdout else "```"
        parts += ['<div class="glossary-output" markdown>', "", f'{fence}{{ .text .no-copy title="Output" }}',
                  result.stdout.rstrip("\n"), fence, "", "</div>", ""]
    parts += [f'<div class="glossary-figure" data-figure="{slot}"></div>' for slot in figure_slots]
    parts += ["</div>", ""]
    return "\n".join(parts)


def _link(term: Term, from_page: str) -> str:
    depth = from_page.count("/")
    return f"[{term.title}]({'../' * depth}{term.page})"


def term_page(term: Term, terms: dict[str, Term], body: str, results: dict) -> str:
    """Frame a term's page: definition from the module docstring, body, claims, links, provenance."""
    related = [terms[s] for s in term.see_also if s in terms]
    related += [t for t in terms.values() if term.slug in t.see_also and t not in related]
    versions = library_versions()
    head = [f"# {term.title}", "", term.summary, "{: .glossary-summary }", ""]
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
        f"Outputs on this page were produced while the site was built, with Python {versions['python']}, "
        f"torch {versions['torch']} and numpy {versions['numpy']}. "
        f"Example source: `src/glossary_examples/{term.path.name}`; "
        f"claims proven by `tests/test_{term.slug}.py`.",
        "",
        "</div>",
        "",
    ]
    return "\n".join(head) + "\n" + body.strip("\n") + "\n" + "\n".join(foot)


def generated(terms: dict[str, Term], results: dict, notebooks: dict, files) -> dict[str, str]:
    """Pages made from the registry: missing term pages, section indexes, the A-Z index, timings."""
    pages = {}
    for term in terms.values():
        if files.get_file_from_path(term.page) is None:
            pages[term.page] = "\n\n".join(f"```example {name}\n```" for name in term.regions) + "\n"
    for section, title in SECTIONS.items():
        members = [t for t in terms.values() if t.section == section]
        if members and files.get_file_from_path(f"{section}/index.md") is None:
            pages[f"{section}/index.md"] = _section_index(title, members)
    pages["a-z.md"] = _a_to_z(terms)
    pages["timing.md"] = _timing(terms, results, notebooks)
    return pages


def _sort_key(term: Term) -> str:
    return term.title.lower().lstrip("`.")


def _section_index(title: str, members: list[Term]) -> str:
    lines = [f"# {title}", "", "| Term | Summary |", "| --- | --- |"]
    lines += [f"| [{t.title}]({t.slug}.md) | {t.summary} |" for t in sorted(members, key=_sort_key)]
    return "\n".join(lines) + "\n"


def _a_to_z(terms: dict[str, Term]) -> str:
    lines = ["# A–Z index", "", f"All {len(terms)} terms, alphabetically.", ""]
    for letter, group in groupby(sorted(terms.values(), key=_sort_key), key=lambda t: _sort_key(t)[0].upper()):
        lines += [f"## {letter}", "", "| Term | Section | Summary |", "| --- | --- | --- |"]
        lines += [f"| {_link(t, 'a-z.md')} | {SECTIONS[t.section]} | {t.summary} |" for t in group]
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
