"""MkDocs plugin: term modules become pages whose example output is produced while building.

It only wires things up: the registry finds the terms, the runner executes them,
`_pages` writes the Markdown. On each (re)build it forgets imported term modules,
so `mkdocs serve` never shows output of old code.
"""

from __future__ import annotations

import html as html_lib
import os
import re
import sys
from pathlib import Path

import latex2mathml.converter

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section

from . import _pages, _registry, _runner

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```example(?:[ \t]+(?P<region>[\w-]+))?[ \t]*\n(?P=indent)```[ \t]*$", re.M)
_FIGURE = re.compile(r'<div class="glossary-figure" data-figure="(\d+)"></div>')
_MATH = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.S)


class GlossaryConfig(Config):
    cache_dir = config_options.Type(str, default=".cache/glossary")
    execute = config_options.Type(bool, default=True)  # off: a bare build, for benchmarks


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    def on_config(self, config):
        _forget_term_modules()
        try:
            self.terms = _registry.discover()
        except _registry.TermError as err:
            raise PluginError(f"glossary: {err}") from None
        self.results: dict[tuple[str, str], _runner.Result] = {}
        self.figures: list[str] = []
        return config

    def on_files(self, files: Files, config) -> Files:
        if self.config.execute:  # GLOSSARY_CACHE_DIR overrides cache_dir (tests build with empty caches)
            cache_dir = os.environ.get("GLOSSARY_CACHE_DIR") or self.config.cache_dir
            self._run_all(Path(config.config_file_path).parent / cache_dir)
        for path, content in _pages.generated(self.terms, self.results, files).items():
            files.append(File.generated(config, path, content=content))
        return files

    def _run_all(self, cache_dir: Path) -> None:
        _runner.configure_matplotlib()
        errors = []
        for term in self.terms.values():
            for region in term.regions.values():
                try:
                    self.results[term.slug, region.name] = _runner.run(term, region, cache_dir)
                except _runner.ExampleError as err:
                    errors.append(str(err))
        if errors:
            raise PluginError("glossary: " + "\nglossary: ".join(errors))

    def on_nav(self, nav: Navigation, config, files) -> Navigation:
        order = ["index.md", "a-z.md", *(f"{s}/" for s in _registry.SECTIONS), "walkthroughs/", "timing.md"]

        def rank(item) -> int:
            path = _first_path(item)
            return next((i for i, prefix in enumerate(order) if path.startswith(prefix)), len(order))

        nav.items.sort(key=rank)
        for item in nav.items:
            if isinstance(item, Section):
                section = _first_path(item).split("/")[0]
                item.title = _registry.SECTIONS.get(section, item.title)
                by_title = {t.page: t.title.lower() for t in self.terms.values()}
                item.children.sort(key=lambda child: (not _first_path(child).endswith("index.md"),
                                                      by_title.get(_first_path(child), "")))
        return nav

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        term = next((t for t in self.terms.values() if t.page == page.file.src_uri), None)
        if term is None:
            return markdown
        shown = set()

        def embed(match: re.Match) -> str:
            name = match["region"] or "example"
            if name not in term.regions:
                raise PluginError(f"glossary: docs/{term.page} embeds region '{name}', "
                                  f"which {term.path.name} does not have ({', '.join(term.regions)})")
            shown.add(name)
            result = self.results.get((term.slug, name))
            html = _pages.example(term, term.regions[name], result, self._figure_slots(result))
            return "\n".join(match["indent"] + line if line else line for line in html.splitlines())

        body = _FENCE.sub(embed, markdown)
        hidden = [name for name in term.regions if name not in shown]
        if hidden:
            raise PluginError(f"glossary: docs/{term.page} does not show region(s) {', '.join(hidden)} "
                              f"of {term.path.name}; add a line '```example NAME' + '```' for each")
        page.meta.setdefault("title", term.title)
        return _pages.term_page(term, self.terms, body, self.results)

    def _figure_slots(self, result) -> list[int]:
        slots = []
        for svg in result.figures if result else []:
            self.figures.append(svg)
            slots.append(len(self.figures) - 1)
        return slots

    def on_page_content(self, html: str, page, config, files) -> str:
        # SVG goes in after Markdown, which would otherwise mangle its blank lines and attributes.
        html = _FIGURE.sub(lambda m: f'<div class="glossary-figure">{self.figures[int(m[1])]}</div>', html)
        return _MATH.sub(_mathml, html)


def _mathml(match: re.Match) -> str:
    """TeX to MathML at build time: browsers draw it natively, so no math script or font is loaded."""
    display = "block" if match[1] == "div" else "inline"
    return latex2mathml.converter.convert(html_lib.unescape(match[2]).strip(), display=display)


def _first_path(item) -> str:
    if getattr(item, "file", None) is not None:
        return item.file.src_uri
    for child in getattr(item, "children", None) or []:
        return _first_path(child)
    return ""


def _forget_term_modules() -> None:
    """Drop imported term and helper modules so a rebuild imports the edited code."""
    for name in list(sys.modules):
        parts = name.split(".")
        if parts[0] == "glossary_examples" and len(parts) > 1 and not parts[1].startswith("_"):
            del sys.modules[name]
