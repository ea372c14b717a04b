"""MkDocs plugin: term modules become pages whose example output is produced while building.

It only wires things up: the registry finds the terms, the runner executes them,
`_pages` writes the Markdown. On each (re)build it forgets imported term modules,
so `mkdocs serve` never shows output of old code.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section

from . import downloads, inbrowser, notebooks, pages, portable, reader, registry, runner

log = logging.getLogger("mkdocs.plugins.glossary")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)```example(?:[ \t]+(?P<region>[\w-]+))?[ \t]*\n(?P=indent)```[ \t]*$", re.M)
_FIGURE = re.compile(r'<div class="glossary-figure" data-figure="(\d+)"></div>')
# An example's wrapper, up to its own code block (the one titled SLUG.py), whose copy text the plugin sets.
_COPY_SLOT = re.compile(r'(<div class="glossary-example"[^>]*?) data-copy-slot="(\d+)"(.*?<span class="filename">[^<]*'
                        r'</span><pre[^>]*>(?:<span></span>)?<code)', re.S)
_MATH = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.S)


class GlossaryConfig(Config):
    content = config_options.Type(str, default="src/glossary_examples")  # the content package, next to mkdocs.yml
    cache_dir = config_options.Type(str, default=".cache/glossary")
    workers = config_options.Type(int, default=0)  # processes for examples not in the cache; 0: one per core
    execute = config_options.Type(bool, default=True)  # off: a bare build, for benchmarks
    walkthroughs = config_options.Type(str, default="walkthroughs/")  # jupytext notebooks in docs/
    runtime = config_options.Optional(config_options.Type(str))  # Pyodide's npm folder (Run buttons); none: no Run


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    def on_config(self, config):
        self._walkthrough_link = re.compile(rf"(\]\([^)\s]*{re.escape(self.config.walkthroughs)}[\w-]+)\.py([#)])")
        self.root = Path(config.config_file_path).parent
        content_root = (self.root / self.config.content).resolve()
        runner.use_content(content_root)  # forgets imported content: a serve rebuild imports edits
        if str(content_root) not in map(str, config.watch):
            config.watch.append(str(content_root))  # `mkdocs serve` rebuilds when a term module changes
        runner.library_versions.cache_clear()  # `mkdocs serve` may outlive a `pip install`
        try:
            self.content = registry.discover(content_root)
        except registry.TermError as err:
            raise PluginError(f"glossary: {err}") from None
        self.terms = self.content.terms
        self.results: dict[tuple[str, str], runner.Result] = {}
        self.notebooks: dict[str, tuple[float, bool]] = {}  # page -> (seconds, from cache)
        self.figures: list[str] = []
        self.copies: list = []  # copy text of each example shown, when it differs from its code
        self.walkthroughs: dict[str, Path] = {}  # walkthroughs/name -> its executed notebook
        self.runtime, self.no_runtime = inbrowser.find_runtime(self.root, self.config.runtime)
        return config

    def on_post_build(self, config) -> None:
        """Downloads: each term page's examples, and each walkthrough, as a notebook and a script."""
        site = Path(config.site_dir)
        notebooks_by_name = {f"downloads/{slug}": downloads.term_notebook(term, self.content, self.results,
                                                                         config.site_url + term.page[:-3] + "/")
                             for slug, term in self.terms.items()}
        for name, path in self.walkthroughs.items():
            notebooks_by_name[name] = nbformat.read(str(path), as_version=4)
        for name, notebook in notebooks_by_name.items():
            ipynb, script = downloads.as_bytes(notebook)
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / f"{name}.ipynb").write_bytes(ipynb)
            (site / f"{name}.py").write_bytes(script)

    def on_files(self, files: Files, config) -> Files:
        self._check_pages(files, config)
        cache_dir = self.root / self.config.cache_dir
        walkthroughs = [f for f in files if f.src_uri.startswith(self.config.walkthroughs) and f.src_uri.endswith(".py")]
        # Walkthrough kernels run in threads while the examples run in worker processes: both cores stay busy.
        with ThreadPoolExecutor(max(len(walkthroughs), 1)) as threads:
            prepared = [threads.submit(self._prepare, file, cache_dir) for file in walkthroughs]
            errors = []
            if self.config.execute:
                pairs = [(term, region) for term in self.terms.values() for region in term.regions.values()]
                self.results, errors = runner.run_all(pairs, cache_dir, self.content, self.config.workers)
            errors += self._use_walkthroughs(files, config, walkthroughs, [job.result() for job in prepared])
        if errors:
            raise PluginError("glossary: " + "\nglossary: ".join(errors))
        for path, content in pages.generated(self.content, self.results, self.notebooks, files).items():
            files.append(File.generated(config, path, content=content))
        for path, content in pages.source_pages(self.content, self.root).items():  # linked from term pages only
            files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
        if self.no_runtime:
            log.warning(f"glossary: {self.no_runtime}")  # counted by a strict build, which then stops
        for path in self.runtime.files if self.runtime else []:  # the in-browser Python, fetched on the first Run
            files.append(File(path.name, str(path.parent), config.site_dir, config.use_directory_urls,
                              dest_uri=f"{inbrowser.SITE_FOLDER}/{path.name}"))
        self.linker = reader.TermLinker(self.terms, {slug: files.get_file_from_path(t.page).url
                                                     for slug, t in self.terms.items()})
        return files

    def _check_pages(self, files: Files, config) -> None:
        """A hand-written term page sits in its module's section folder, under the module's name, and
        shows every region of the module and no other (checked before any example runs)."""
        for file in files.documentation_pages():
            folder, _, name = file.src_uri.rpartition("/")
            slug = name.removesuffix(".md")
            if folder not in self.content.sections or slug == "index":
                continue
            term = self.terms.get(slug)
            where = f"{config.docs_dir}/{file.src_uri}"
            if term is None or term.section != folder:
                why = (f"the term {slug!r} is in section {term.section!r} ({term.path}); move the page to "
                       f"docs/{term.page}" if term else f"no term module {self.content.root}/{folder}/{slug}.py")
                raise PluginError(f"glossary: {where}:1: {why}")
            text, shown = file.content_string, set()
            for match in _FENCE.finditer(text):
                region = match["region"] or "example"
                if region not in term.regions:
                    line = text.count("\n", 0, match.start()) + 1
                    raise PluginError(f"glossary: {where}:{line}: embeds region '{region}', which "
                                      f"{term.path.name} does not have ({', '.join(term.regions)})")
                shown.add(region)
            hidden = [region for region in term.regions if region not in shown]
            if hidden:
                raise PluginError(f"glossary: {where}:1: does not show region(s) {', '.join(hidden)} of "
                                  f"{term.path.name}; add a line '```example NAME' + '```' for each")

    def _prepare(self, file: File, cache_dir: Path):
        """The executed notebook of one walkthrough (folder, seconds, cached), or its error message."""
        try:
            return notebooks.prepare(Path(file.abs_src_path), file.src_uri, cache_dir, self.root,
                                     execute=self.config.execute, content=self.content)
        except notebooks.NotebookError as err:
            return str(err)

    def _use_walkthroughs(self, files: Files, config, walkthroughs: list, prepared: list) -> list[str]:
        """Swap each jupytext walkthrough for its executed notebook, which mkdocs-jupyter renders."""
        errors = []
        for file, outcome in zip(walkthroughs, prepared):
            if isinstance(outcome, str):
                errors.append(outcome)
                continue
            folder, seconds, cached = outcome
            files.remove(file)
            self.walkthroughs[file.src_uri[:-3]] = folder / (file.src_uri[:-3] + ".ipynb")
            # A real file in the cache folder: mkdocs-jupyter's wrapper loses a generated file's path.
            files.append(File(file.src_uri[:-3] + ".ipynb", str(folder), config.site_dir, config.use_directory_urls))
            self.notebooks[file.src_uri[:-3] + ".ipynb"] = (seconds, cached)
        return errors

    def on_nav(self, nav: Navigation, config, files) -> Navigation:
        order = ["index.md", "a-z.md", *(f"{s}/" for s in self.content.sections), "walkthroughs/", "timing.md"]

        def rank(item) -> int:
            path = _first_path(item)
            return next((i for i, prefix in enumerate(order) if path.startswith(prefix)), len(order))

        nav.items.sort(key=rank)
        for item in nav.items:
            if isinstance(item, Section):
                section = _first_path(item).split("/")[0]
                if section in self.content.sections:
                    item.title = self.content.sections[section].title
                by_title = {t.page: pages.sort_key(t) for t in self.terms.values()}  # the A-Z order
                item.children.sort(key=lambda child: (not _first_path(child).endswith("index.md"),
                                                      by_title.get(_first_path(child), "")))
        _previous_and_next_within_sections(nav)
        return nav

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        # Pages link a walkthrough by its source (walkthroughs/x.py); the site has its executed notebook.
        markdown = self._walkthrough_link.sub(r"\1.ipynb\2", markdown)
        term = next((t for t in self.terms.values() if t.page == page.file.src_uri), None)
        if term is None:
            return markdown

        def embed(match: re.Match) -> str:  # every name was checked in on_files
            region = term.regions[match["region"] or "example"]
            result = self.results.get((term.slug, region.name))
            try:
                copy = portable.copy_of(term, region, self.content)
            except portable.PortabilityError as err:
                raise PluginError(f"glossary: {err}") from None
            self.copies.append(copy.text if copy.helpers else None)
            html = pages.example(term, region, result, self._figure_slots(result), copy, len(self.copies) - 1)
            html = inbrowser.mark(html, term, copy, self.runtime)  # Run button, or why the output is the build's
            return "\n".join(match["indent"] + line if line else line for line in html.splitlines())

        body = _FENCE.sub(embed, markdown)
        page.meta.setdefault("title", term.title)
        return pages.term_page(term, self.content, body)

    def _copy_text(self, match: re.Match) -> str:
        """Material's copy button copies a code element's data-copy attribute when it has one."""
        text = self.copies[int(match[2])]
        extra = f' data-copy="{html_lib.escape(text, quote=True)}"' if text is not None else ""
        return match[1] + match[3] + extra

    def _figure_slots(self, result) -> list[int]:
        slots = []
        for svg in result.figures if result else []:
            self.figures.append(svg)
            slots.append(len(self.figures) - 1)
        return slots

    def on_page_content(self, html: str, page, config, files) -> str:
        # SVG goes in after Markdown, which would otherwise mangle its blank lines and attributes.
        html = _FIGURE.sub(lambda m: f'<div class="glossary-figure" data-search-exclude="true">'
                                     f'{self.figures[int(m[1])]}</div>', html)
        html = _COPY_SLOT.sub(self._copy_text, html)
        html = _MATH.sub(lambda m: reader.mathml(m[2], display=m[1] == "div"), html)
        if reader.is_notebook(html):
            html = reader.tidy_notebook(html)
        own = next((t.slug for t in self.terms.values() if t.page == page.file.src_uri), None)
        mentions = page.meta.get("term_links", True)  # front matter `term_links: false`: a report, not prose
        return self.linker.link(reader.console_copy(html), page.url, own, mentions)


def _previous_and_next_within_sections(nav: Navigation) -> None:
    """Footer links stay inside a section (index, then its terms); top-level pages link to each other."""
    def chain(items: list) -> None:
        pages = [item for item in items if item.is_page]
        for before, page, after in zip([None, *pages], pages, [*pages[1:], None]):
            page.previous_page, page.next_page = before, after
        for item in items:
            if item.is_section:
                chain(item.children)

    def in_order(items: list):
        for item in items:
            yield from [item] if item.is_page else in_order(item.children or [])

    chain(nav.items)
    nav.pages = list(in_order(nav.items))  # the nav was re-sorted after MkDocs listed its pages


def _first_path(item) -> str:
    if getattr(item, "file", None) is not None:
        return item.file.src_uri
    for child in getattr(item, "children", None) or []:
        return _first_path(child)
    return ""
