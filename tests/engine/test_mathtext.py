"""TeX to MathML spaced as TeX spaces it, and to plain text for titles and hover summaries."""

import xml.etree.ElementTree as ET

import pytest

from glossary_site import mathtext

NS = {"m": mathtext.NS}


def row(tex: str) -> list[tuple[str, str, dict]]:
    """The top row of the MathML for `tex`: (tag, text, attributes) of each element."""
    root = ET.fromstring(mathtext.mathml(tex, display=False))
    top = root.find("m:mrow", NS)
    return [(e.tag.split("}")[1], "".join(e.itertext()).strip(), e.attrib) for e in top]


def test_a_function_name_gets_a_thin_space_before_a_symbol_and_none_before_a_parenthesis():
    after_log = row(r"\log p")[1]
    assert after_log[:2] == ("mo", mathtext.APPLY) and after_log[2]["rspace"] == mathtext.THIN
    after_tanh = row(r"\tanh(x)")[1]
    assert after_tanh[:2] == ("mo", mathtext.APPLY) and after_tanh[2]["rspace"] == "0"
    for tex in (r"\exp x", r"\log_2 x", r"\max_i x"):  # every multi-letter function, with scripts too
        assert any(text == mathtext.APPLY for _, text, _ in row(tex)) or tex.startswith(r"\max"), tex


def test_a_thin_space_separates_a_function_from_what_comes_before_it():
    assert [tag for tag, _, _ in row(r"n \log n")][:3] == ["mi", "mspace", "mi"]
    assert [tag for tag, _, _ in row(r"-\log p")][:3] == ["mo", "mspace", "mi"]
    assert [tag for tag, _, _ in row(r"(\log p)")][:2] == ["mo", "mi"]  # none after an opening parenthesis


@pytest.mark.parametrize("tex, signs", [
    (r"-x", [True]), (r"(-x)", [True]), (r"a = -b", [True]), (r"a - b", [False]), (r"(a) - b", [False]),
    (r"|-x| - 1", [True, False]), (r"x_1 + \dots + x_k", [False, False]), (r"a + -b", [False, True]),
    (r"\tanh(-x) = -\tanh(x)", [True, True]), (r"2^{-1}", []),
])
def test_a_minus_with_no_operand_on_its_left_is_a_sign_set_tight(tex, signs):
    found = [attrs.get("form") == "prefix" for tag, text, attrs in row(tex) if tag == "mo" and text in "+−"]
    assert found == signs
    for tag, text, attrs in row(tex):
        if attrs.get("form") == "prefix":
            assert (attrs["lspace"], attrs["rspace"]) == ("0", "0")


def test_whitespace_between_elements_gives_the_text_words_and_changes_nothing_drawn():
    math = mathtext.mathml(r"-\log p", display=True)
    text = "".join(ET.fromstring(math).itertext())
    assert text.split() == ["−", "log", mathtext.APPLY, "p"]


@pytest.mark.parametrize("tex, text", [
    (r"-\log p", "−log p"), (r"\tanh(-x) = -\tanh(x)", "tanh(−x) = −tanh(x)"), (r"\log 27 \approx 3.2958", "log 27 ≈ 3.2958"),
    (r"x_1 + \dots + x_k = n", "x₁ + … + xₖ = n"), (r"e^{z_i}", "e^(zᵢ)"), (r"3.4 \times 10^{38}", "3.4 × 10³⁸"),
    (r"\frac{f(x+h) - f(x)}{h}", "(f(x + h) − f(x))/h"), (r"\partial L / \partial v", "∂L/∂v"),
    (r"|1 - 2\,\text{lr}| = 0.8", "|1 − 2 lr| = 0.8"), (r"\sum_{i=1}^{n} x_i", "∑ᵢ₌₁ⁿ xᵢ"),
])
def test_plain_text_reads_like_the_formula(tex, text):
    assert mathtext.plain(tex) == text


def test_plain_text_replaces_math_in_markdown_and_in_arithmatex_output_and_leaves_lone_dollars_alone():
    assert mathtext.plain_text(r"Its $-\log p$ and \(x^2\)") == "Its −log p and x²"
    assert mathtext.plain_text("It costs $5, or $ 6 $.") == "It costs $5, or $ 6 $."  # not math for arithmatex either
