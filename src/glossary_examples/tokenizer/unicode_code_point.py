r"""Unicode code point

A Unicode code point is one of the integers from 0 to 0x10FFFF (1,114,111) that Unicode uses to number characters; a Python `str` is a sequence of code points, `ord` gives a character's number and `chr` turns a number back into a one-character string.

Unicode gives every character of every script, plus symbols and emoji, a number, written
`U+` and at least four hex digits: `a` is U+0061 (97), `é` is U+00E9 (233) and 🙂 is
U+1F642 (128,578). `len(s)` counts code points, not bytes and not the characters you
see: `é` can be one code point (U+00E9) or two, `e` followed by U+0301, a combining
accent; 👍🏽 is a thumbs-up and a skin-tone modifier. `unicodedata.normalize("NFC", s)`
replaces such pairs by a single code point where Unicode allows it; a few composed
characters are excluded (U+0958, Devanagari qa, stays two code points, and NFC even
splits it up).

Why not use code points as token ids directly? The vocabulary would be large: the
Unicode 14.0 tables in Python 3.11's `unicodedata` assign 144,697 characters (and new
versions add more), most of them rare in any training text. The code points
U+D800 to U+DFFF, the *surrogates*, are reserved for UTF-16 and are not characters:
`chr` accepts them, but UTF-8 cannot encode them.

>>> ord("a"), chr(97), hex(ord("🙂"))
(97, 'a', '0x1f642')
>>> len("é"), len("e\u0301"), len("👍🏽")
(1, 2, 2)
>>> import unicodedata
>>> unicodedata.normalize("NFC", "e\u0301") == "é"
True
>>> chr(0x10FFFF) == "\U0010ffff"
True
"""

ALIASES = ("code point", "code points", "Unicode", "ord", "chr")
SEE_ALSO = ("utf_8", "tokenization")
DOCS = "https://docs.python.org/3/library/functions.html#ord"

# --8<-- [start:example]
text = "hi é 🙂"
print("code points:", [ord(ch) for ch in text])
print("as U+ hex:  ", [f"U+{ord(ch):04X}" for ch in text])
print("back with chr:", "".join(chr(ord(ch)) for ch in text))
print("len:", len(text), "code points")
print("the largest:", hex(ord(chr(0x10FFFF))))
try:
    chr(0x110000)
except ValueError as err:
    print("chr(0x110000):", err)
# --8<-- [end:example]

# --8<-- [start:pitfall]
import unicodedata

for text in ["é", "e\u0301", "👍🏽", "🇫🇷"]:
    names = [f"U+{ord(ch):04X} {unicodedata.name(ch)}" for ch in text]
    print(text, "len", len(text), names)
composed = unicodedata.normalize("NFC", "e\u0301")
print("NFC:", len(composed), "code point,", f"U+{ord(composed):04X}")
# --8<-- [end:pitfall]
