"""The printable cheat sheet: every term with its one-sentence summary and the key line of its example.

Pages: `cheatsheet/index.md` (the whole glossary, section by section) and `cheatsheet/<section>.md`;
a print stylesheet (assets/glossary.css, `@media print`) sets them in two columns. `write_pdfs()`
prints each one to PDF with headless Chromium (Playwright), from the built site served on loopback,
with the dates and document id Chromium writes made fixed, so two builds give the same bytes.

The key line needs nothing from a term module: it is read from its `example` region by a rule.
1. The first one-line statement that names the term in code, outside strings and comments: its
   title, slug or an alias as an identifier, attribute or call (`F.softmax`, `keepdim`, `.backward()`,
   `log_likelihood`); imports do not count.
2. Otherwise the first one-line statement that computes from something the example built earlier
   (it reads a name an earlier line assigned), other than a print, a plot, a seed or a shuffle.
3. Otherwise none: the sheet shows the summary alone.
"""

from __future__ import annotations

import ast
import hashlib
import io
import re
import tokenize
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .reader import is_code_like
from .registry import Content, Term

FOLDER = "cheatsheet"
PDF_NAME = "glossary-cheat-sheet"  # cheatsheet/glossary-cheat-sheet.pdf; a section's: ...-<section>.pdf


def _names(term: Term) -> list[str]:
    names = []
    for name in (term.title, term.slug, *term.aliases):
        name = name.strip("`").strip().removesuffix("()")
        if len(name.strip(".")) < 3:
            continue
        names.append(name if is_code_like(name) else re.sub(r"[\s-]+", "_", name))
    return names


def _code_only(line: str) -> str:
    """The line without its comment, every string literal emptied (f-strings too)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(line + "\n").readline))
    except (tokenize.TokenError, SyntaxError):
        return line.split("#")[0]
    strings = {tokenize.STRING, getattr(tokenize, "FSTRING_START", -1), getattr(tokenize, "FSTRING_MIDDLE", -1),
               getattr(tokenize, "FSTRING_END", -1)}
    return " ".join('""' if t.type in strings else t.string for t in tokens if t.type != tokenize.COMMENT)


def _names_term(line: str, names: list[str]) -> bool:
    code = re.sub(r"\s*([.()\[\]=,])\s*", r"\1", _code_only(line))
    for name in names:
        spaced = re.sub(r"\s*([.()\[\]=,])\s*", r"\1", name)
        if re.search(r"(?<![\w])" + re.escape(spaced) + (r"(?!\w)" if spaced[-1:].isalnum() or spaced[-1:] == "_" else ""),
                     code, 0 if any(c.isupper() for c in spaced) else re.I):
            return True
    return False


def _call_name(node: ast.AST) -> str:
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return ast.unparse(node.value.func)
    return ""


_SETUP_CALLS = re.compile(r"^(?:print|plt\.|ax\.|fig\.|random\.|np\.random\.|torch\.manual_seed)|\.(?:seed|manual_seed)$")


def _setup(node: ast.stmt) -> bool:
    """Imports, prints, plots, seeds and shuffles, and assignments of plain data."""
    if isinstance(node, (ast.Import, ast.ImportFrom)) or _SETUP_CALLS.search(_call_name(node)):
        return True
    if isinstance(node, ast.Assign):
        try:
            ast.literal_eval(node.value)
            return True
        except ValueError:
            return False
    return False


def key_line(term: Term) -> str:
    """The key line of the term's example ("" if the rule finds none); see the module docstring."""
    region = term.regions.get("example")
    if region is None:
        return ""
    try:
        tree = ast.parse(region.code)
    except SyntaxError:
        return ""
    lines = region.code.splitlines()
    statements = [(node, lines[node.lineno - 1]) for node in tree.body if node.lineno == node.end_lineno]
    names = _names(term)
    for node, line in statements:
        if not isinstance(node, (ast.Import, ast.ImportFrom)) and _names_term(line, names):
            return line.strip()
    assigned: set[str] = set()
    for node in tree.body:
        read = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        if node.lineno == node.end_lineno and not _setup(node) and read & assigned:
            return lines[node.lineno - 1].strip()
        assigned |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return ""


def _sort_key(term: Term) -> str:
    return term.title.lower().lstrip("`.")


def _entry(term: Term, up: str) -> list[str]:
    line = key_line(term)
    parts = ['<div class="glossary-sheet-term" markdown>', "",
             f'<p class="glossary-sheet-head" markdown>**[{term.title}]({up}{term.page})**: {term.summary}</p>', ""]
    if line:
        fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", line)), default=0))
        parts += [f"{fence}python", line, fence, ""]
    return parts + ["</div>", ""]


def _section_part(content: Content, section: str, heading: bool) -> list[str]:
    members = sorted((t for t in content.terms.values() if t.section == section), key=_sort_key)
    lines = [f"## {content.sections[section].title}", ""] if heading else []
    lines += ['<div class="glossary-sheet" markdown>', ""]
    for term in members:
        lines += _entry(term, "../")
    return lines + ["</div>", ""]


def pdf_name(section: str | None) -> str:
    return f"{PDF_NAME}-{section}.pdf" if section else f"{PDF_NAME}.pdf"


def _intro(content: Content, section: str | None, pdf: bool, directory_urls: bool = True) -> list[str]:
    count = sum(1 for t in content.terms.values() if section is None or t.section == section)
    what = "every term of the glossary" if section is None else f"the {count} terms of this section"
    up = "../" if section and directory_urls else ""  # the PDFs sit in cheatsheet/, next to its index page
    lines = [
        "---", "term_links: false", "search:", "  exclude: true", "---", "",
        "# Cheat sheet" + (f": {content.sections[section].title}" if section else ""), "",
        f'<p class="glossary-sheet-about" markdown>One line each for {what}'
        + (f" ({count})" if section is None else "")
        + ": its summary and the key line of its example (the first line that names the term in code, "
        "else the first that computes from what the example built). Print this page for two columns on paper"
        + (f', or download it as a <a href="{up}{pdf_name(section)}" download>PDF</a>.' if pdf else ".")
        + "</p>", "",
    ]
    others = [f"[{s.title}]({s.name}.md)" for s in content.sections.values()
              if s.name != section and any(t.section == s.name for t in content.terms.values())]
    if section:
        others.insert(0, "[the whole glossary](index.md)")
    lines += [f'<p class="glossary-sheet-about" markdown>Also: {", ".join(others)}.</p>', ""]
    return lines


def pages(content: Content, pdf: bool, directory_urls: bool = True) -> dict[str, str]:
    """cheatsheet/index.md (every section) and cheatsheet/<section>.md for each section with terms."""
    sections = [s for s in content.sections if any(t.section == s for t in content.terms.values())]
    whole = _intro(content, None, pdf)
    for section in sections:
        whole += _section_part(content, section, heading=True)
    result = {f"{FOLDER}/index.md": "\n".join(whole)}
    for section in sections:
        result[f"{FOLDER}/{section}.md"] = "\n".join(_intro(content, section, pdf, directory_urls)
                                                     + _section_part(content, section, heading=False))
    return result


def urls(content: Content) -> dict[str | None, str]:
    """Section (None: the whole glossary) -> the cheat sheet page's URL inside the site."""
    found: dict[str | None, str] = {None: f"{FOLDER}/"}
    for section in content.sections:
        if any(t.section == section for t in content.terms.values()):
            found[section] = f"{FOLDER}/{section}/"
    return found


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _fixed(pdf: bytes) -> bytes:
    """Chromium's PDF with its dates and document id made fixed (same length: offsets stay right)."""
    pdf = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20000101000000" + b"0" * (len(m[0]) - 18) + b")", pdf)
    digest = hashlib.sha256(re.sub(rb"/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\]", b"", pdf)).hexdigest().encode()

    def same_length(match: re.Match) -> bytes:
        first, second = match[1], match[2]
        return b"/ID [<" + digest[: len(first)].upper() + b"> <" + digest[: len(second)].upper() + b">]"

    return re.sub(rb"/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]", same_length, pdf)


_ABSOLUTE_LINKS = """site => document.querySelectorAll("a[href]").forEach(a => {
  a.href = new URL(a.getAttribute("href"), location.href).href.replace(location.origin + "/", site);
})"""


def write_pdfs(site_dir: Path, content: Content, chromium: str, site_url: str) -> list[Path]:
    """Print every cheat sheet page of the built site to a PDF next to it, with headless Chromium.

    The site is served on a loopback port of the moment; links in the PDF point at `site_url` instead.
    """
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium,
                                                 args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
            page = browser.new_page()
            for section, url in urls(content).items():
                page.goto(base + url, wait_until="networkidle")
                page.evaluate(_ABSOLUTE_LINKS, site_url)
                page.evaluate("document.fonts.ready")
                target = site_dir / FOLDER / pdf_name(section)
                target.write_bytes(_fixed(page.pdf(format="A4", print_background=True, outline=False,
                                                   margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})))
                written.append(target)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return written
