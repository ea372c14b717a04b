"""The Markdown the plugin writes: example blocks, term page frames, indexes, the course, the timing report."""

from __future__ import annotations

import re
from itertools import groupby
from pathlib import Path

import ast

from .portable import Copy
from .reader import is_code_like, joined_spellings, source_page, tooltip
from .registry import Content, Lecture, Region, Term
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
            parts += ['<details class="glossary-helper" data-search-exclude="true" markdown><summary>Helper code: '
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
    place = content.place(term.slug)
    if place:
        lecture, number = place
        head += [f'<p class="glossary-lecture" markdown>Lecture {lecture.number}: '
                 f"[{_escape(lecture.title)}]({up}{lecture.page}#{term.slug}), "
                 f"term {number} of {len(lecture.terms)}.</p>", ""]
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


def generated(content: Content, files, walkthroughs: dict[str, str]) -> dict[str, str]:
    """Pages made from the registry: missing term pages, section indexes, the A-Z index, the course.

    `walkthroughs`: walkthrough name -> its title.
    """
    terms, pages = content.terms, {}
    for term in terms.values():
        if files.get_file_from_path(term.page) is None:
            pages[term.page] = "\n\n".join(f"```example {name}\n```" for name in term.regions) + "\n"
    for section in content.sections.values():
        members = [t for t in terms.values() if t.section == section.name]
        if members and files.get_file_from_path(f"{section.name}/index.md") is None:
            pages[f"{section.name}/index.md"] = _section_index(section.title, members, section.name)
    pages["a-z.md"] = _a_to_z(content)
    if content.lectures:
        pages["course/index.md"] = _course_index(content, walkthroughs)
        for lecture in content.lectures.values():
            pages[lecture.page] = _lecture_page(lecture, content, walkthroughs)
    return pages


def descriptions(content: Content) -> dict[str, str]:
    """The meta description of each generated page (term pages use their summary)."""
    found = {
        "a-z.md": f"Every term of the glossary ({len(content.terms)}) and the other names each goes by, "
                  "from A to Z, each with its one-sentence summary.",
        "timing.md": "How long each example and walkthrough of this site took to run while the site was built.",
    }
    for section in content.sections.values():
        count = sum(t.section == section.name for t in content.terms.values())
        found[f"{section.name}/index.md"] = (f"The {count} {section.title} terms of the glossary, each with a "
                                             "one-sentence summary, a tested example and its output.")
    if content.lectures:
        found["course/index.md"] = (f"The glossary lecture by lecture: the {len(content.lectures)} lectures of the "
                                    "course, each with the terms it introduces, in the order it introduces them.")
    for lecture in content.lectures.values():
        found[lecture.page] = (f"The {len(lecture.terms)} terms that lecture {lecture.number}, "
                               f"{tooltip(lecture.title)}, introduces, in its order, each with a one-sentence summary.")
    for slug, term in content.terms.items():
        found[term.page] = tooltip(term.summary)
    return found


def sort_key(term: Term) -> str:
    return _name_key(term.title)


def _name_key(name: str) -> str:
    return name.lower().lstrip("`.(<'\"")


def _fold_name(name: str) -> str:
    """A name as a reader may type it: case, spaces, hyphens, underscores and backticks ignored."""
    return re.sub(r"[\s_\-`]+", "", name).lower()


def _escape(text: str) -> str:
    """Text shown as Markdown, with the characters Markdown would read as markup escaped."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]])", r"\\\1", text)


def _entry(term: Term, from_page: str) -> str:
    """`[title](page) — summary`, one line of a list."""
    return f"{_link(term, from_page)} — {term.summary}"


def _section_index(title: str, members: list[Term], name: str) -> str:
    lines = ["---", "term_links: false", "term_titles: false", "---", "",  # each summary is on the page
             f"# {title}", "", f"{len(members)} terms, alphabetically. On paper: the section's "
             f"[cheat sheet](../cheatsheet/{name}.md), each term with its summary and the key line of its example.", ""]
    lines += [f"- [{t.title}]({t.slug}.md) — {t.summary}" for t in sorted(members, key=sort_key)]
    return "\n".join(lines) + "\n"


def _letter(name: str) -> str:
    first = _name_key(name)[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def _a_to_z(content: Content) -> str:
    """One list for phones: every term, and every other name it goes by pointing at it, under a letter bar."""
    terms = content.terms
    titles = {_fold_name(t.title) for t in terms.values()}
    entries = [(t.title, _entry(t, "a-z.md")) for t in terms.values()]
    for term in terms.values():
        for alias in dict.fromkeys(term.aliases):
            if _fold_name(alias) in titles or _fold_name(term.title).startswith(_fold_name(alias)):
                continue  # a term's own entry lists this name already, or would stand right next to it
            shown = f"`{alias}`" if is_code_like(alias) else _escape(alias)
            entries.append((alias, f'<span class="glossary-alias">{shown} →</span> {_link(term, "a-z.md")}'))
    entries.sort(key=lambda entry: (_letter(entry[0]) != "#", _name_key(entry[0]), entry[0]))
    groups = [(letter, [line for _, line in group]) for letter, group in groupby(entries, key=lambda e: _letter(e[0]))]
    names = len(entries) - len(terms)
    lines = ["---", "term_links: false", "term_titles: false", "search:", "  exclude: true", "---", "",
             # every line is on a term page too, and each summary is on this page already
             "# A–Z index", "",
             f"All {len(terms)} terms, alphabetically, with the {names} other names they go by "
             "(an arrow points from a name to its term). On paper: the [cheat sheet](cheatsheet/index.md).", "",
             '<nav class="glossary-letters" aria-label="Letters">'
             + " ".join(f'<a href="#{_anchor(letter)}">{letter}</a>' for letter, _ in groups) + "</nav>", ""]
    for letter, group in groups:
        title = "Symbols" if letter == "#" else letter
        lines += [f"## {title} {{ #{_anchor(letter)} }}", "", *(f"- {line}" for line in group), ""]
    return "\n".join(lines)


def _anchor(letter: str) -> str:
    return "symbols" if letter == "#" else letter.lower()


def walkthrough_title(path: Path) -> str:
    """The first Markdown heading of a jupytext percent-format notebook, else its name."""
    found = re.search(r"^# # (.+)$", path.read_text(encoding="utf-8"), re.M)
    return found[1].strip() if found else path.stem.replace("_", " ").capitalize()


def _walkthrough_link(name: str, walkthroughs: dict[str, str], from_page: str) -> str:
    return f"[{_escape(walkthroughs[name])}]({'../' * from_page.count('/')}walkthroughs/{name}.ipynb)"


def lecture_list(content: Content, from_page: str, walkthroughs: dict[str, str]) -> str:
    """The lectures in course order, each with its page, size, first term, video and walkthroughs."""
    up = "../" * from_page.count("/")
    lines = []
    for lecture in content.lectures.values():
        parts = [f"{lecture.number}. **[{_escape(lecture.title)}]({up}{lecture.page})**: "
                 + (f"{len(lecture.terms)} terms, starting with {_link(content.terms[lecture.terms[0]], from_page)}."
                    if lecture.terms else "no terms yet.")]
        parts += [f"[Video]({lecture.url})."]
        if lecture.walkthroughs:
            parts += ["Walkthrough: " + ", ".join(_walkthrough_link(n, walkthroughs, from_page)
                                                  for n in lecture.walkthroughs) + "."]
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


def section_list(content: Content, from_page: str) -> str:
    up = "../" * from_page.count("/")
    lines = []
    for section in content.sections.values():
        count = sum(t.section == section.name for t in content.terms.values())
        if count:
            lines.append(f"- [{_escape(section.title)}]({up}{section.name}/index.md): {count} terms")
    return "\n".join(lines) + "\n"


def walkthrough_list(content: Content, from_page: str, walkthroughs: dict[str, str], url: str) -> str:
    """Each walkthrough: its page, its lecture, and its downloads (`url`: the listing page's URL)."""
    up = "../" * url.count("/")
    lines = []
    for name in walkthroughs:
        lecture = next((l for l in content.lectures.values() if name in l.walkthroughs), None)
        about = f" (lecture {lecture.number})" if lecture else ""
        lines.append(f"- {_walkthrough_link(name, walkthroughs, from_page)}{about}: "
                     f'<a href="{up}walkthroughs/{name}.ipynb" download>notebook</a>, '
                     f'<a href="{up}walkthroughs/{name}.py" download>script</a>')
    return "\n".join(lines) + "\n"


def command_list(content: Content) -> str:
    """`glossary NAME` for each command a section declares, with the first line of its module's docstring."""
    lines = []
    for section in content.sections.values():
        for name, target in section.commands.items():
            module = target.partition(":")[0]
            path = content.root.parent.joinpath(*module.split(".")).with_suffix(".py")
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) if path.is_file() else None
            about = f" — {doc.splitlines()[0]}" if doc else ""
            lines.append(f"- `glossary {name}`{about}")
    return "\n".join(lines) + "\n"


_MARKER = re.compile(r"^<!-- glossary: (lectures|sections|walkthroughs|commands) -->[ \t]*$", re.M)


def expand_markers(markdown: str, page: str, url: str, content: Content, walkthroughs: dict[str, str]) -> str:
    """A hand-written page's `<!-- glossary: lectures -->` (or sections, walkthroughs, commands) line
    becomes that list, made from the content, so the page never goes stale. `page` is the page's docs
    path, `url` its URL."""
    made = {"lectures": lambda: lecture_list(content, page, walkthroughs),
            "sections": lambda: section_list(content, page),
            "walkthroughs": lambda: walkthrough_list(content, page, walkthroughs, url),
            "commands": lambda: command_list(content)}
    return _MARKER.sub(lambda m: made[m[1]]().rstrip("\n"), markdown)


def _course_index(content: Content, walkthroughs: dict[str, str]) -> str:
    last = list(content.lectures.values())[-1]
    return "\n".join([
        "---", "term_links: false", "---", "",
        "# The course, lecture by lecture", "",
        "The glossary follows the lectures of the course. Each lecture's page lists the terms it introduces, "
        "in the order it introduces them. *Next* at the bottom of every term page walks along that path, from "
        f"the first term of lecture 1 to the last term of lecture {last.number}.", "",
        lecture_list(content, "course/index.md", walkthroughs),
    ])


def _lecture_page(lecture: Lecture, content: Content, walkthroughs: dict[str, str]) -> str:
    lines = ["---", "term_links: false", "term_titles: false", "---", "",  # each summary is on the page
             f"# {_escape(lecture.title)}", "",
             f'<p class="glossary-lecture-meta" markdown>Lecture {lecture.number} of {len(content.lectures)} '
             f"in the course; {len(lecture.terms)} terms. Watch it: [{_escape(lecture.title)}]({lecture.url}) "
             "(video).</p>", ""]
    if lecture.walkthroughs:
        lines += ["Walkthrough" + ("s" if len(lecture.walkthroughs) > 1 else "") + ": "
                  + ", ".join(_walkthrough_link(n, walkthroughs, lecture.page) for n in lecture.walkthroughs)
                  + ": the lecture's code, step by step, executed while this site was built.", ""]
    if lecture.terms:
        lines += ["## Terms, in the order the lecture introduces them { #terms }", "",
                  '<ol class="glossary-course-terms" data-search-exclude markdown="1">']
        lines += [f'<li id="{slug}" markdown="1">{_entry(content.terms[slug], lecture.page)}</li>'
                  for slug in lecture.terms]
        lines += ["</ol>", ""]
    return "\n".join(lines)


def timing(terms: dict[str, Term], results: dict, notebooks: dict) -> str:
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
