"""The math font is cut at build time to the characters the site's formulas use, and still lays out math."""

import shutil
from pathlib import Path

from fontTools.ttLib import TTFont

from glossary_site import mathfont

FONT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "fonts" / "noto-sans-math.woff2"
PAGE = ("<p>Text outside math: ⨌ stays out.</p>"
        "<math><mi>x</mi><mo>∑</mo><msub><mi>θ</mi><mn>2</mn></msub><msqrt><mi>n</mi></msqrt></math>")


def cut(tmp_path: Path, name: str) -> Path:
    site = tmp_path / name
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    font = site / "font.woff2"
    shutil.copyfile(FONT, font)
    mathfont.subset(font, site)
    return font


def test_only_the_formulas_characters_and_their_italic_forms_are_kept(tmp_path):
    font = cut(tmp_path, "site")
    cmap = TTFont(str(font)).getBestCmap()
    assert {ord(c) for c in "x∑θ2"} <= set(cmap)
    assert {0x1D465, 0x1D703} <= set(cmap)  # 𝑥 and 𝜃: what a browser draws for <mi>x</mi> and <mi>θ</mi>
    assert ord("√") in cmap  # drawn for <msqrt>, never in the text
    assert 0x2A0C not in cmap and 0x2A0C in TTFont(str(FONT)).getBestCmap()  # in the font, not in a formula
    assert "MATH" in TTFont(str(font))  # stretchy sums and script sizes still come from the font
    assert font.stat().st_size < FONT.stat().st_size / 5


def test_the_same_pages_give_the_same_bytes(tmp_path):
    assert cut(tmp_path, "one").read_bytes() == cut(tmp_path, "two").read_bytes()
