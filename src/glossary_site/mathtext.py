"""TeX to MathML as TeX would space it, and to plain text where markup cannot go.

latex2mathml writes `\\log p` as `<mi>log</mi><mi>p</mi>` and `(-x)` as three operators in a row, so a
browser draws "logp" and "( − x)". TeX puts a thin space between a function name and an ordinary
symbol (none before an opening parenthesis), and a minus sign with nothing on its left (at the start,
after an opening parenthesis, a relation or another operator) is a sign, set tight to its operand.
`mathml()` adds exactly that: an invisible function application (U+2061) with the thin space after
each function name, and `form="prefix"` with no spacing on signs.

`plain()` renders the same TeX as readable Unicode text ("−log p", "eᶻ", "x₁ + … + xₖ") for the
places HTML markup cannot go: page titles, link titles (hover summaries), labels.
"""

from __future__ import annotations

import html as html_lib
import re
import xml.etree.ElementTree as ET

NS = "http://www.w3.org/1998/Math/MathML"
ET.register_namespace("", NS)

THIN = "0.1667em"
APPLY = "\u2061"  # FUNCTION APPLICATION: invisible, tells readers "log applied to p"
_ROWS = {"math", "mrow", "mstyle", "msqrt", "mpadded", "mphantom", "menclose", "mtd", "merror"}
_OPEN = {"(", "[", "{", "⟨", "⌊", "⌈", "‖"}
_CLOSE = {")", "]", "}", "⟩", "⌋", "⌉", "…", "⋯", "!", "′", "″", "%"}
_SIGNS = {"+", "−", "-", "±", "∓"}
_SCRIPTED = {"msub", "msup", "msubsup", "munder", "mover", "munderover"}


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _text(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


def _is_function(element: ET.Element) -> bool:
    """`\\log`, `\\tanh`, `\\exp` (latex2mathml: a multi-letter <mi>), also with scripts (`\\log_2`)."""
    if _tag(element) in _SCRIPTED and len(element):
        element = element[0]
    return _tag(element) == "mi" and len(_text(element)) > 1 and element.get("mathvariant") is None


def _is_open(element: ET.Element | None, bars: int) -> bool:
    """An opening fence; `|` opens when it is the 1st, 3rd, ... bar of its row."""
    if element is None or _tag(element) != "mo":
        return False
    return _text(element) in _OPEN or _text(element) == "|" and bars % 2 == 1


def _is_operand_end(element: ET.Element | None, bars: int) -> bool:
    """Whether `element` ends an operand, so that a sign after it is a binary operator."""
    if element is None:
        return False
    if _tag(element) != "mo":
        return True
    if element.get("form") == "prefix" or _text(element) == APPLY:
        return False
    return _text(element) in _CLOSE or _text(element) == "|" and bars % 2 == 0


def _space_row(row: ET.Element) -> None:
    children = list(row)
    for child in children:
        row.remove(child)
    out: list[ET.Element] = []
    bars = 0
    for index, child in enumerate(children):
        previous = out[-1] if out else None
        following = children[index + 1] if index + 1 < len(children) else None
        is_mo = _tag(child) == "mo"
        if is_mo and _text(child) in _SIGNS and not _is_operand_end(previous, bars):
            child.set("form", "prefix")  # a sign, not a binary operator: set tight to its operand
            child.set("lspace", "0")
            child.set("rspace", "0")
        if _is_function(child):
            if _is_operand_end(previous, bars) or (previous is not None and previous.get("form") == "prefix"):
                out.append(ET.Element(f"{{{NS}}}mspace", width=THIN))  # 2 log n, −log p
            out.append(child)
            space = "0" if following is None or _is_open(following, bars + (_text(following) == "|")) else THIN
            apply = ET.Element(f"{{{NS}}}mo", lspace="0", rspace=space)
            apply.text = APPLY
            out.append(apply)
            continue
        if is_mo and _text(child) == "|":
            bars += 1
            child.set("lspace", "0")  # |x| is an ordinary symbol in TeX, not an operator with room around it
            child.set("rspace", "0")
        out.append(child)
    for child in out:
        row.append(child)


def _respace(element: ET.Element) -> None:
    if _tag(element) in _ROWS:
        _space_row(element)
    for child in element:
        _respace(child)


def _separate(element: ET.Element) -> None:
    """A space between sibling elements: ignored when drawn, but the page's text (search, labels) gets words."""
    children = list(element)
    for child in children[:-1]:
        if not (child.tail or "").strip():
            child.tail = " "
    for child in children:
        if _tag(child) not in ("mi", "mn", "mo", "mtext", "ms"):
            _separate(child)


def convert(tex: str, display: bool) -> ET.Element:
    import latex2mathml.converter  # a docs dependency, like mkdocs: the CLI never needs it

    math = latex2mathml.converter.convert(html_lib.unescape(tex).strip(), display="block" if display else "inline")
    root = ET.fromstring(math)
    _respace(root)
    return root


def mathml(tex: str, display: bool) -> str:
    """TeX as MathML markup, spaced as TeX spaces it; the browser draws it with the site's math font."""
    root = convert(tex, display)
    _separate(root)
    return ET.tostring(root, encoding="unicode", short_empty_elements=True)


_SUPER = dict(zip("0123456789+-−=()abdehijklmnoprstuvwxyT⊤", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᵈᵉʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᵀᵀ"))
_SUB = dict(zip("0123456789+-−=()aeijknmoprstux", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑᵢⱼₖₙₘₒₚᵣₛₜᵤₓ"))
_BINARY = {"+", "−", "-", "±", "∓", "×", "·", "⋅", "∗", "÷", "∘", "⊙", "⊗"}
_LARGE = {"∑", "∏", "∫", "⋃", "⋂"}
_RELATIONS = {"=", "≠", "<", ">", "≤", "≥", "≈", "∼", "≡", "→", "←", "↦", "⇒", "∈", "∉", "⊂", "⊆", ":="}


def _script(text: str, table: dict, mark: str) -> str:
    text = "".join(text.split())
    if text and all(ch in table for ch in text):
        return "".join(table[ch] for ch in text)
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


def _plain(element: ET.Element) -> str:
    tag = _tag(element)
    if tag in ("mi", "mn", "mtext", "ms"):
        return _text(element)
    if tag == "mo":
        text = _text(element)
        if text == APPLY:
            return ""
        if element.get("form") == "prefix":
            return text
        if text in _LARGE:
            return text + " "
        if text in _BINARY or text in _RELATIONS:
            return f" {text} "
        return ", " if text == "," else text
    if tag == "mspace":
        return " "
    parts = [_plain(child) for child in element]
    if tag == "mfrac":
        top, bottom = (p.strip() for p in parts)
        wrap = lambda s: f"({s})" if re.search(r"[\s+−/]", s) else s  # noqa: E731
        return f"{wrap(top)}/{wrap(bottom)}"
    if tag in _SCRIPTED:
        base, scripts = parts[0].strip(), [part.strip() for part in parts[1:]]
        if tag in ("msup", "mover"):
            text = base + _script(scripts[0], _SUPER, "^")
        elif tag in ("msub", "munder"):
            text = base + _script(scripts[0], _SUB, "_")
        else:
            text = base + _script(scripts[0], _SUB, "_") + _script(scripts[1], _SUPER, "^")
        return text + " " if base in _LARGE else text  # ∑ᵢ xᵢ
    if tag == "msqrt":
        return f"√({''.join(parts).strip()})"
    children, text = list(element), ""
    for index, (child, part) in enumerate(zip(children, parts)):
        if _tag(child) == "mo" and _text(child) == APPLY:  # "log p", "tanh(x)"
            following = children[index + 1] if index + 1 < len(children) else None
            part = "" if following is None or _text(following).startswith(("(", "[", "|")) else " "
        elif _tag(child) == "mspace" and index and children[index - 1].get("form") == "prefix":
            part = ""  # "−log p"
        text += part
    return text


def plain(tex: str) -> str:
    """TeX as readable Unicode text, for titles and labels: `-\\log p` -> "−log p"."""
    return " ".join(_plain(convert(tex, display=False)).split())


_DOLLARS = re.compile(r"(?<![\\$\w])\$\$?(?=\S)([^$\n]+?)(?<=\S)\$\$?(?![\w$])")
_ARITHMATEX = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)


def plain_text(text: str) -> str:
    """Text with `$...$` (Markdown source) or `\\(...\\)` (arithmatex output) math made plain."""
    text = _ARITHMATEX.sub(lambda m: plain(m[1] or m[2]), text)
    return _DOLLARS.sub(lambda m: plain(m[1]), text)
