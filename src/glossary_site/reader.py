"""What readers get on top of the theme, applied to each page's HTML while building.

- Term links: the first mention of each term on a page links to the term's page, with its
  one-sentence summary as the link title (the browser's own tooltip; a tap follows the link).
- Copy text: console blocks (`>>>` / `$` prompts) copy their commands only, without prompts or output.
- Notebook pages: mkdocs-jupyter's inline CSS, scripts (MathJax and Mermaid from CDNs) and its own
  copy widgets are dropped; code cells become ordinary code blocks, math becomes MathML and
  outputs are kept out of the search index.
- Source pages: each term module and its test file, highlighted, linked from the term's page.
"""

from __future__ import annotations

import functools
import html as html_lib
import re
from pathlib import Path
from urllib.parse import urljoin

from . import mathtext
from .registry import Term

# A tag or a comment; group 1 is "/" for an end tag, group 2 the tag name, group 3 the attributes.
_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][\w:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>", re.S)
# Never link inside these: links, code, headings, math, figures, form controls, tab labels, titles of works.
_NO_LINK_TAGS = {"a", "abbr", "button", "cite", "code", "dfn", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "label",
                 "math", "pre", "samp", "script", "select", "style", "summary", "svg", "textarea", "title"}
_NO_LINK_CLASSES = {"glossary-aliases", "glossary-lecture", "glossary-provenance", "admonition-title", "md-source-file",
                    "glossary-run-note"}  # the last: a build note under examples that cannot run in the page
_INLINE_CODE = re.compile(r"<code(?:\s[^>]*)?>([^<]+)</code>")
_CODE_LIKE = re.compile(r"[._()\[\]=`]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def tooltip(summary: str) -> str:
    """The summary as plain text: Markdown code, emphasis and links removed, math as Unicode text."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", mathtext.plain_text(summary))
    return " ".join(re.sub(r"[`*$]|(?<!\w)_(?!\w)", "", text).split())


def attribute_text(text: str) -> str:
    """Plain text, on one line, escaped for an HTML attribute value."""
    return html_lib.escape(" ".join(str(text).split()), quote=True)


_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)


def first_paragraph(html: str, limit: int = 300) -> str:
    """The text of a page's first paragraph (for its meta description), cut after a sentence near `limit`."""
    for match in _PARAGRAPH.finditer(html):
        text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", match[1])).split())
        if text:
            if len(text) <= limit:
                return text
            cut = text.rfind(". ", 0, limit)
            return text[: cut + 1] if cut > 0 else text[: text.rfind(" ", 0, limit)] + " …"
    return ""


def is_code_like(name: str) -> bool:
    """`F.softmax`, `sum(keepdim=True)`: names shown as code and linked only as inline code."""
    return bool(_CODE_LIKE.search(name))


def joined_spellings(term: Term) -> list[str]:
    """Hyphenated words of the term's names written as one word ("one-hot" -> "onehot"), for search."""
    names = (term.title, *term.aliases)
    words = {word.lower() for name in names for word in re.split(r"[^\w]+", name)}
    joined = [word.replace("-", "") for name in names for word in re.findall(r"\b[a-zA-Z]+(?:-[a-zA-Z]+)+\b", name)]
    return [word for word in dict.fromkeys(joined) if word.lower() not in words]


def mathml(tex: str, display: bool) -> str:
    """TeX to MathML at build time: browsers draw it natively with the site's own math font, no script."""
    math = mathtext.mathml(tex, display)
    return f'<div class="glossary-math">{math}</div>' if display else math  # scrolls, not the page, on a phone


class TermLinker:
    """Links the first mention of each term on a page to the term's page, its summary as the title.

    A link the page already has to a term's page gets the summary as its title too.

    Prose matches the term's title and its *distinctive* aliases (several words, or with a
    capital letter or a digit, like "negative log likelihood" or "NLL"), ignoring case unless
    the name has capitals, plural "s"/"es" allowed. A one-word lowercase alias ("target",
    "vocab") would catch ordinary words, so it only links as the whole text of inline code.
    Code-like names (`F.softmax`) also link only as the whole text of inline code.
    """

    def __init__(self, terms: dict[str, Term], urls: dict[str, str]):
        self.terms = {slug: term for slug, term in terms.items() if slug in urls}
        self.urls = urls
        self.by_url = {url: slug for slug, url in urls.items()}
        self.code_names: dict[str, str] = {}
        self.groups = {}
        prose = []
        for slug, term in self.terms.items():
            for name in dict.fromkeys((term.title, *term.aliases)):
                if len(name) < 3:
                    continue
                self.code_names.setdefault(_code_key(name), slug)
                distinctive = name == term.title or re.search(r"[\s\-A-Z0-9]", name)
                if distinctive and not is_code_like(name):
                    prose.append((name, slug))
        # Hundreds of alternatives tried at every character are slow: each name's pattern is tried only where
        # the text starts like it (`_opening`), after no word character, longest names first.
        by_opening: dict[str, list[str]] = {}
        for index, (name, slug) in enumerate(sorted(prose, key=lambda item: -len(item[0]))):
            body = r"[\s\-]+".join(re.escape(word) for word in re.split(r"[\s\-]+", name))
            if name[-1].isalpha():
                body += r"(?:e?s)?"
            if name == name.lower():
                body = f"(?i:{body})"
            by_opening.setdefault(_opening(name), []).append(f"(?P<t{index}>{body})")
            self.groups[f"t{index}"] = slug
        self.prose = {opening: re.compile(r"(?<![\w.\-])(?:" + "|".join(names) + r")(?![\w]|-\w)")
                      for opening, names in by_opening.items()}
        firsts = "".join(sorted({c for name, _ in prose for c in (name[0].lower(), name[0].upper())}))
        self._starts = re.compile(rf"(?<![\w.\-])[{re.escape(firsts)}]")

    def link(self, html: str, page_url: str, own: str | None = None, mentions: bool = True) -> str:
        """The page's HTML with term links added; `own` is the slug of the page's own term.

        With `mentions` false, only the links the page already has get summaries.
        """
        done = {own} if mentions else set(self.terms)
        out, pos = [], 0

        def anchor(slug: str, inner: str) -> str:
            done.add(slug)
            href = _relative(self.urls[slug], page_url)
            title = html_lib.escape(tooltip(self.terms[slug].summary), quote=True)
            return f'<a class="glossary-link" href="{href}" title="{title}">{inner}</a>'

        def in_prose(match: re.Match) -> str:
            slug = self.groups[match.lastgroup]
            return match[0] if slug in done else anchor(slug, match[0])

        while True:
            tag = _TAG.search(html, pos)
            text = html[pos : tag.start() if tag else len(html)]
            linkable = mentions and self.prose and text.strip()
            out.append(self._link_prose(text, in_prose) if linkable else text)
            if tag is None:
                return "".join(out)
            closing, name, attrs = tag[1], (tag[2] or "").lower(), tag[3] or ""
            pos = tag.end()
            if not name or name in _VOID or attrs.rstrip().endswith("/"):
                out.append(tag[0])
                continue
            if closing:
                out.append(tag[0])
                continue
            if name == "a":
                out.append(self._with_title(tag[0], attrs, page_url, done))
                pos = _end_of(html, name, pos)
                out.append(html[tag.end() : pos])
                continue
            if name == "code":
                code = _INLINE_CODE.match(html, tag.start())
                slug = self.code_names.get(_code_key(html_lib.unescape(code[1]))) if code else None
                if slug and slug not in done:
                    out.append(anchor(slug, code[0]))
                    pos = code.end()
                    continue
            classes = re.search(r"""\bclass=["']([^"']*)""", attrs)
            if name in _NO_LINK_TAGS or classes and set(classes[1].split()) & _NO_LINK_CLASSES:
                pos = _end_of(html, name, pos)  # nothing inside is linked: skip to the end tag at once
            out.append(html[tag.start() : pos])

    def _link_prose(self, text: str, replace) -> str:
        """Each mention of a name in the text replaced by `replace(match)`, leftmost and longest first."""
        out, done = [], 0
        for start in self._starts.finditer(text):
            at = start.start()
            pattern = self.prose.get(_opening(text[at : at + 40])) if at >= done else None
            match = pattern and pattern.match(text, at)
            if match:
                out += [text[done:at], replace(match)]
                done = match.end()
        return "".join(out) + text[done:] if out else text

    def _with_title(self, tag: str, attrs: str, page_url: str, done: set) -> str:
        """An existing link to a term's page, with the term's summary as its title."""
        href = re.search(r'\bhref="([^"#]+)', attrs)
        if not href or re.search(r"\btitle=", attrs):
            return tag
        slug = self.by_url.get(urljoin("http://site/" + page_url, href[1]).removeprefix("http://site/"))
        if slug is None:
            return tag
        done.add(slug)
        return f'<a title="{html_lib.escape(tooltip(self.terms[slug].summary), quote=True)}"{tag[2:]}'


def _opening(text: str) -> str:
    """The first three characters of a name, or of text that may start with one, compared loosely."""
    return re.sub(r"[\s\-]+", " ", text.lower())[:3]


def _end_of(html: str, name: str, pos: int) -> int:
    """Where the element whose start tag ends at `pos` ends: after its matching end tag (or the end of the HTML)."""
    depth = 1
    for tag in _same_name(name).finditer(html, pos):
        if tag[0].endswith("/>"):
            continue
        depth += -1 if tag[1] else 1
        if depth == 0:
            return tag.end()
    return len(html)


@functools.cache
def _same_name(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(name)}(?![\w:-])(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.I)


def _code_key(name: str) -> str:
    return name.strip().removesuffix("()")


def _relative(url: str, page_url: str) -> str:
    from mkdocs.utils import get_relative_url

    return get_relative_url(url, page_url)


_CODE_BLOCK = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code)([^>]*>)(.*?)(</code></pre>)", re.S)
_PROMPT = re.compile(r'^(?:<span></span>)?<span class="gp">[^<]*</span>')


def console_copy(html: str) -> str:
    """Console blocks (`>>>`, `...` or `$` prompts) copy the commands only, without prompts or output.

    Material's copy button copies the text of the nearest `data-copy` attribute when there is one.
    """

    def add_copy_text(match: re.Match) -> str:
        if 'class="gp"' not in match[3]:
            return match[0]
        commands = [_PROMPT.sub("", line) for line in match[3].split("\n") if _PROMPT.match(line)]
        text = "\n".join(html_lib.unescape(re.sub(r"<[^>]+>", "", line)) for line in commands)
        return f'{match[1]} data-copy="{html_lib.escape(text, quote=True)}"{match[2]}{match[3]}{match[4]}'

    return _CODE_BLOCK.sub(add_copy_text, html)


def is_notebook(html: str) -> bool:
    return 'class="jupyter-wrapper"' in html


_NOTEBOOK_JUNK = re.compile(
    r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->"
    r'|<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>[^<]*</div>', re.S)
_NOTEBOOK_CODE = re.compile(r'<div class="highlight-ipynb(?: hl-(\w+))?[^"]*"><pre>(?:<span></span>)?(.*?)</pre></div>',
                            re.S)
# Material's search skips an excluded element only until the first nested element with the same
# tag closes, so the attribute goes on the innermost output element.
_OUTPUT = re.compile(r'(<div class="[^"]*\bjp-OutputArea-output\b[^"]*")')
_PROMPTS = re.compile(r'(<div class="jp-(?:In|Out)putPrompt[^"]*">)[^<]*(</div>)')
_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$\w])\$(?=\S)([^$\n]+?)(?<=\S)\$(?![\w$])")


def tidy_notebook(html: str) -> str:
    """A mkdocs-jupyter page made like the others: no inline CSS or scripts, no external requests.

    Code cells become Material code blocks (copy button, light and dark colours), prompts are
    dropped, math in Markdown cells becomes MathML, and outputs stay out of the search index.
    """
    html = _NOTEBOOK_JUNK.sub("", html)
    html = _NOTEBOOK_CODE.sub(_code_block, html)
    html = _PROMPTS.sub(r"\1\2", html)
    html = html.replace('class="anchor-link"', 'class="headerlink"')
    html = re.sub(r'id="cell-id=([\w-]+)"', r'id="cell-\1"', html)  # Material's copy button needs a CSS-safe id
    html = _OUTPUT.sub(r'\1 data-search-exclude="true"', html)
    return _math_in_text(html)


_HELPER = re.compile(r"# ---- helper code: (\S+)")


def _code_block(match: re.Match) -> str:
    """A notebook cell as a Material code block; a helper-code cell collapsed, as on term pages."""
    block = (f'<div class="language-{match[1] or "text"} highlight">'
             f'<pre><span></span><code>{match[2]}</code></pre></div>')
    helper = _HELPER.match(html_lib.unescape(re.sub(r"<[^>]+>", "", match[2])))
    if helper is None:
        return block
    return ('<details class="glossary-helper" data-search-exclude="true">'
            f'<summary>Helper code: <code>{helper[1]}</code> '
            f"(copied into the notebook so it runs anywhere)</summary>{block}</details>")


def _math_in_text(html: str) -> str:
    """`$$...$$` and `$...$` in text (not in code or tags) to MathML."""
    parts = re.split(r"(<(?:code|pre)\b.*?</(?:code|pre)>|<[^>]+>)", html, flags=re.S)
    for i in range(0, len(parts), 2):
        text = _DISPLAY_MATH.sub(lambda m: mathml(m[1], display=True), parts[i])
        parts[i] = _INLINE_MATH.sub(lambda m: mathml(m[1], display=False), text)
    return "".join(parts)


def source_page(path: Path, shown_as: str, about: str) -> str:
    """A page showing one source file, highlighted, kept out of the search index."""
    source = path.read_text(encoding="utf-8")
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", source)), default=0))
    return "\n".join([
        "---", "search:", "  exclude: true", "---", "",
        f"# {shown_as}", "", about, "",
        f'{fence}python linenums="1"', source.rstrip("\n"), fence, "",
    ])
