"""MkDocs plugin: term modules become pages whose example output is produced while building.

It only wires things up: the registry finds the terms, the runner executes them,
`_pages` writes the Markdown. On each (re)build it forgets imported term modules,
so `mkdocs serve` never shows output of old code.
"""

from __future__ import annotations

import html as html_lib
import logging
import os
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

from . import cheatsheet, downloads, inbrowser, mathfont, mathtext, notebooks, pages, portable, reader, registry, runner, theme

log = logging.getLogger("mkdocs.plugins.glossary")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)```example(?:[ \t]+(?P<region>[\w-]+))?[ \t]*\n(?P=indent)```[ \t]*$", re.M)
_FIGURE = re.compile(r'<div class="glossary-figure" data-figure="(\d+)"></div>')
# An example's wrapper, up to its own code block (the one titled SLUG.py), whose copy text the plugin sets.
_COPY_SLOT = re.compile(r'(<div class="glossary-example"[^>]*?) data-copy-slot="(\d+)"(.*?<span class="filename">[^<]*'
                        r'</span><pre[^>]*>(?:<span></span>)?<code)', re.S)
_MATH = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.S)
_TEX = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)  # arithmatex's math markers, where it leaves them as text


class GlossaryConfig(Config):
    content = config_options.Type(str, default="src/glossary_examples")  # the content package, next to mkdocs.yml
    cache_dir = config_options.Type(str, default=".cache/glossary")
    workers = config_options.Type(int, default=0)  # processes for examples not in the cache; 0: one per core
    execute = config_options.Type(bool, default=True)  # off: a bare build, for benchmarks
    walkthroughs = config_options.Type(str, default="walkthroughs/")  # jupytext notebooks in docs/
    cheatsheet_pdf = config_options.Type(bool, default=False)  # print the cheat sheets to PDF (needs Chromium)
    # Pages about the site, not the subject (reports, measurements): grouped under "About this site" at the
    # end of the navigation and left out of the search index. The build-timings page is always one.
    about = config_options.Type(list, default=[])
    runtime = config_options.Optional(config_options.Type(str))  # Pyodide's npm folder (Run buttons); none: no Run
    math_font = config_options.Type(str, default="")  # a WOFF2 font in the site, cut to what the formulas use


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
        self._pending, self._errors = None, []
        self.notebooks: dict[str, tuple[float, bool]] = {}  # page -> (seconds, from cache)
        self.figures: list[str] = []
        self.copies: list = []  # copy text of each example shown, when it differs from its code
        self.shown: dict[tuple[str, str], portable.Copy] = {}  # (slug, region) -> the copy its page shows
        self.walkthroughs: dict[str, Path] = {}  # walkthroughs/name -> its executed notebook
        self.walkthrough_titles: dict[str, str] = {}  # name -> title (its first heading)
        self.about = ["timing.md", *self.config.about]
        self.descriptions = pages.descriptions(self.content)
        self.runtime, self.no_runtime = inbrowser.find_runtime(self.root, self.config.runtime)
        return config

    serving = False  # set by on_startup; a build through the Python API never serves

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_post_build(self, config) -> None:
        """Downloads (each term page's examples, each walkthrough, as a notebook and a script), the math
        font cut to the formulas' characters, the theme's stylesheets made cheaper, the cheat sheet PDFs."""
        site = Path(config.site_dir)
        theme.drop_switching_rule(site)
        notebooks_by_name = {f"downloads/{slug}": downloads.term_notebook(
                                 term, {name: self.shown[slug, name] for name in term.regions}, self.results,
                                 config.site_url + term.page[:-3] + "/")
                             for slug, term in self.terms.items()}
        for name, path in self.walkthroughs.items():
            notebooks_by_name[name] = nbformat.read(str(path), as_version=4)
        for name, notebook in notebooks_by_name.items():
            ipynb, script = downloads.as_bytes(notebook)
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / f"{name}.ipynb").write_bytes(ipynb)
            (site / f"{name}.py").write_bytes(script)
        font = site / self.config.math_font
        if self.config.math_font and font.is_file() and not self.serving:  # `mkdocs serve` keeps it whole
            mathfont.subset(font, site)
        if self.config.cheatsheet_pdf:
            chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
            if not os.access(chromium, os.X_OK):
                raise PluginError(f"glossary: the cheat sheet PDFs need Chromium at {chromium} (`make browser` "
                                  "installs it; CHROMIUM=/path/to/chromium names another), or cheatsheet_pdf: false")
            cheatsheet.write_pdfs(site, self.content, chromium, config.site_url or "/")

    def on_files(self, files: Files, config) -> Files:
        self._check_pages(files, config)
        self._check_lectures(files, config)
        self._check_about(files, config)
        cache_dir = self.root / self.config.cache_dir
        walkthroughs = [f for f in files if f.src_uri.startswith(self.config.walkthroughs) and f.src_uri.endswith(".py")]
        # Examples run in worker processes and walkthrough kernels in threads while the pages are rendered:
        # first those that show no output, then each term page as soon as its own examples are done.
        self._walkthrough_threads = ThreadPoolExecutor(max(len(walkthroughs), 1))
        self._prepared = {file.src_uri[:-3] + ".ipynb": self._walkthrough_threads.submit(self._prepare, file, cache_dir)
                          for file in walkthroughs}  # by the page of its executed notebook
        pairs = [(term, region) for term in self.terms.values() for region in term.regions.values()]
        self._pending = runner.start_all(pairs if self.config.execute else [], cache_dir, self.content,
                                         self.config.workers)
        self.results = self._pending.results  # filled in as they come
        self._use_walkthroughs(files, config, walkthroughs, cache_dir)
        for path, content in pages.generated(self.content, files, self.walkthrough_titles).items():
            files.append(File.generated(config, path, content=content))
        files.append(File.generated(config, "timing.md", content=""))  # written once the results are in
        for path, content in cheatsheet.pages(self.content, self.config.cheatsheet_pdf,
                                                  config.use_directory_urls).items():
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
        # Pages that show output are rendered last: term pages in the order their examples run, then walkthroughs.
        for path in [*(term.page for term in self.terms.values()), *self._prepared, "timing.md"]:
            file = files.get_file_from_path(path)
            files.remove(file)
            files.append(file)
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

    def _check_about(self, files: Files, config) -> None:
        """The pages `about` names are pages at the top of docs/ (checked before anything runs)."""
        unknown = [path for path in self.about[1:] if "/" in path or files.get_file_from_path(path) is None]
        if unknown:
            text = Path(config.config_file_path).read_text(encoding="utf-8")
            found = re.search(r"^\s*about:", text, re.M)
            line = text.count("\n", 0, found.start()) + 1 if found else 1
            raise PluginError(f"glossary: {config.config_file_path}:{line}: about names {', '.join(unknown)}, "
                              f"which is not a page at the top of {config.docs_dir}")

    def _check_lectures(self, files: Files, config) -> None:
        """Every walkthrough a lecture names exists (checked before anything runs)."""
        prefix = self.config.walkthroughs
        self.walkthrough_titles = {f.src_uri[len(prefix):-3]: pages.walkthrough_title(Path(f.abs_src_path))
                                   for f in files if f.src_uri.startswith(prefix) and f.src_uri.endswith(".py")}
        for lecture in self.content.lectures.values():
            for name in lecture.walkthroughs:
                if name not in self.walkthrough_titles:
                    raise PluginError(f"glossary: {lecture.path}:{lecture.lines['walkthroughs/' + name]}: lecture "
                                      f"{lecture.key!r} names walkthrough {name!r}, but there is no "
                                      f"{config.docs_dir}/{prefix}{name}.py")

    def _prepare(self, file: File, cache_dir: Path):
        """The executed notebook of one walkthrough (folder, seconds, cached), or its error message."""
        try:
            return notebooks.prepare(Path(file.abs_src_path), file.src_uri, cache_dir, self.root,
                                     execute=self.config.execute, content=self.content)
        except notebooks.NotebookError as err:
            return str(err)

    def _use_walkthroughs(self, files: Files, config, walkthroughs: list, cache_dir: Path) -> None:
        """Swap each jupytext walkthrough for its executed notebook (where it will be), which mkdocs-jupyter renders."""
        for file in walkthroughs:
            folder = notebooks.folder_of(Path(file.abs_src_path), cache_dir, self.config.execute, self.content)
            files.remove(file)
            self.walkthroughs[file.src_uri[:-3]] = folder / (file.src_uri[:-3] + ".ipynb")
            # A real file in the cache folder: mkdocs-jupyter's wrapper loses a generated file's path.
            files.append(File(file.src_uri[:-3] + ".ipynb", str(folder), config.site_dir, config.use_directory_urls))

    def _results_in(self, files: Files) -> None:
        """Wait for all examples and walkthroughs; keep what failed, to report once every page is read."""
        if self._pending is None:
            return
        self.results, self._errors = self._pending.wait()
        self._pending = None
        for notebook, job in self._prepared.items():
            outcome = job.result()
            if isinstance(outcome, str):
                self._errors.append(outcome)
            else:
                self.notebooks[notebook] = outcome[1:]
        self._walkthrough_threads.shutdown()
        files.get_file_from_path("timing.md").content_string = pages.timing(self.terms, self.results, self.notebooks)

    def on_pre_page(self, page, config, files):
        """A walkthrough waits for its notebook, the timings page for everything (term pages: `embed`)."""
        if page.file.src_uri == "timing.md":
            self._results_in(files)
        elif page.file.src_uri in self._prepared and isinstance(self._prepared[page.file.src_uri].result(), str):
            # It failed (on_env reports it with the others): an empty notebook stands in, so reading goes on.
            stand_in = self.root / self.config.cache_dir / "notebooks" / "failed.ipynb"  # no cache entry's name
            stand_in.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nbformat.v4.new_notebook(), str(stand_in))
            page.file.abs_src_path = str(stand_in)
        return page

    def on_env(self, env, config, files):
        self._results_in(files)
        if self._errors:
            raise PluginError("glossary: " + "\nglossary: ".join(self._errors))
        return env

    def on_build_error(self, error) -> None:
        if self._pending is not None:  # stop what has not started; running examples end on their own
            self._pending.cancel()
            self._walkthrough_threads.shutdown(wait=False, cancel_futures=True)

    def on_nav(self, nav: Navigation, config, files) -> Navigation:
        """Home, the course, A-Z, the sections, walkthroughs, other pages; last, "About this site"."""
        sections, lectures = self.content.sections, self.content.lectures
        order = ["index.md", "course/", "a-z.md", *(f"{s}/" for s in sections), self.config.walkthroughs,
                 f"{cheatsheet.FOLDER}/"]

        def rank(item) -> int:
            path = _first_path(item)
            return next((i for i, prefix in enumerate(order) if path.startswith(prefix)), len(order))

        top = {item.file.src_uri: item for item in nav.items if item.is_page}
        about = [top[path] for path in self.about if path in top]
        nav.items = sorted((item for item in nav.items if item not in about), key=rank)
        if about:
            nav.items.append(Section("About this site", about))
            for page in about:
                page.parent = nav.items[-1]
        by_title = {t.page: pages.sort_key(t) for t in self.terms.values()}  # the A-Z order
        by_lecture = {lecture.page: lecture.number for lecture in lectures.values()}  # the course order
        for lecture in reversed(lectures.values()):  # a walkthrough goes with the first lecture naming it
            by_lecture.update({f"{self.config.walkthroughs}{name}.ipynb": lecture.number for name in lecture.walkthroughs})
        others = len(lectures) + 1  # walkthroughs of no lecture come last
        for item in nav.items:
            if isinstance(item, Section):
                section = _first_path(item).split("/")[0]
                if section in sections:
                    item.title = sections[section].title
                if section == cheatsheet.FOLDER:
                    item.title = "Cheat sheet"
                    by_title.update({f"{cheatsheet.FOLDER}/{s}.md": f"{n:04}" for n, s in enumerate(sections)})
                item.children.sort(key=lambda child: (not _first_path(child).endswith("index.md"),
                                                      by_lecture.get(_first_path(child), others),
                                                      by_title.get(_first_path(child), "")))
        _previous_and_next(nav, self._course_path())
        return nav

    def _course_path(self) -> list[str]:
        """The pages Previous/Next walk through, in order: home, the course overview, then each lecture's
        page followed by its terms in the lecture's order. Terms in no lecture are not on it."""
        if not self.content.lectures:
            return []
        path = ["index.md", "course/index.md"]
        for lecture in self.content.lectures.values():
            path += [lecture.page, *(self.terms[slug].page for slug in lecture.terms)]
        return path

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        if page.file.src_uri.startswith("source/"):  # a file shown as it is: its links are text
            return markdown
        markdown = pages.expand_markers(markdown, page.file.src_uri, page.url, self.content, self.walkthrough_titles)
        if page.file.src_uri in self.about:
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        term = next((t for t in self.terms.values() if t.page == page.file.src_uri), None)
        if term is None:
            return self._notebook_links(markdown)

        def embed(match: re.Match) -> str:  # every name was checked in on_files
            region = term.regions[match["region"] or "example"]
            result = self._pending.get(term, region) if self._pending else self.results.get((term.slug, region.name))
            try:
                copy = portable.copy_of(term, region, self.content)
            except portable.PortabilityError as err:
                raise PluginError(f"glossary: {err}") from None
            self.shown[term.slug, region.name] = copy  # the download notebook is made of the same copies
            self.copies.append(copy.text if copy.helpers else None)
            html = pages.example(term, region, result, self._figure_slots(result), copy, len(self.copies) - 1)
            html = inbrowser.mark(html, term, copy, self.runtime)  # Run button, or why the output is the build's
            return "\n".join(match["indent"] + line if line else line for line in html.splitlines())

        body = _FENCE.sub(embed, markdown)
        page.meta.setdefault("title", term.title)
        if term.search_boost is not None:
            page.meta["search"] = {"boost": term.search_boost, **(page.meta.get("search") or {})}
        return self._notebook_links(pages.term_page(term, self.content, body))

    def _notebook_links(self, markdown: str) -> str:
        """Pages link a walkthrough by its source (walkthroughs/x.py); the site has its executed notebook."""
        return self._walkthrough_link.sub(r"\1.ipynb\2", markdown)

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
        _math_in_toc(page.toc)  # a heading's math: MathML in the table of contents, plain text in the title
        if page.title and _TEX.search(page.title):
            page.meta["title"] = mathtext.plain_text(page.title)
        if reader.is_notebook(html):
            html = reader.tidy_notebook(html)
        own = next((t.slug for t in self.terms.values() if t.page == page.file.src_uri), None)
        mentions = page.meta.get("term_links", True)  # front matter `term_links: false`: a report, not prose
        titles = page.meta.get("term_titles", True)  # `term_titles: false`: the page shows the summaries itself
        description = (page.meta.get("description") or self.descriptions.get(page.file.src_uri)
                       or reader.first_paragraph(html) or config.site_description or "")
        page.meta["description"] = reader.attribute_text(description)  # the theme writes it unescaped
        html = reader.console_copy(html)
        # Every link given a summary as its title: the browser shows it on hover, screen readers read it.
        return self.linker.link(html, page.url, own, mentions) if mentions or titles else html


def _math_in_toc(items) -> None:
    for item in items:
        item.title = _TEX.sub(lambda m: reader.mathml(m[1] or m[2], display=False), item.title)
        _math_in_toc(item.children)


def _previous_and_next(nav: Navigation, path: list[str]) -> None:
    """Footer links: the pages on the course path (`path`, docs paths in order) link along it; every other
    page links to its neighbours in its part of the navigation (a section's index, then its pages)."""
    def in_order(items: list):
        for item in items:
            yield from [item] if item.is_page else in_order(item.children or [])

    by_path = {page.file.src_uri: page for page in in_order(nav.items)}
    on_path = [by_path[p] for p in path if p in by_path]

    def link(pages: list) -> None:
        for before, page, after in zip([None, *pages], pages, [*pages[1:], None]):
            page.previous_page, page.next_page = before, after

    def chain(items: list) -> None:
        link([item for item in items if item.is_page and item not in on_path])
        for item in items:
            if item.is_section:
                chain(item.children)

    chain(nav.items)
    link(on_path)
    nav.pages = list(in_order(nav.items))  # the nav was re-sorted after MkDocs listed its pages


def _first_path(item) -> str:
    if getattr(item, "file", None) is not None:
        return item.file.src_uri
    for child in getattr(item, "children", None) or []:
        return _first_path(child)
    return ""
