r"""invalid UTF-8

Not every sequence of bytes is valid UTF-8, so decoding the bytes of arbitrary tokens can fail; `data.decode("utf-8", errors="replace")` never raises, and puts the replacement character U+FFFD (�) where the bytes are invalid.

A byte-level tokenizer's tokens are byte strings, and a token can hold part of a
character: 🙂 is the four bytes `f0 9f 99 82`, and nothing stops a language model from
sampling a token sequence that stops halfway through them, or that starts with a
continuation byte. Strict decoding, `data.decode("utf-8")`, then raises
`UnicodeDecodeError`. The lecture's `decode` therefore passes `errors="replace"`: each
invalid part becomes �, and the valid text around it is decoded as usual.

Bytes are invalid UTF-8 when a continuation byte (`10xxxxxx`) comes without a first byte,
when a first byte is not followed by enough continuation bytes, when a character is
encoded in more bytes than it needs (`c0 af` for `/`), when they encode a surrogate
(`ed a0 80`) or a number above U+10FFFF, and whenever they hold one of the 13 byte values
that UTF-8 never uses: `c0`, `c1` and `f5` to `ff`.

When a model emits tokens one at a time, decode the bytes joined so far rather than each
token on its own, or use an incremental decoder
(`codecs.getincrementaldecoder("utf-8")()`), which waits for the rest of a character.

>>> bytes([128]).decode("utf-8", errors="replace")
'�'
>>> "🙂".encode("utf-8")[:2].decode("utf-8", errors="replace")
'�'
>>> b"ok \xff ok".decode("utf-8", errors="replace")
'ok � ok'
"""

ALIASES = ('errors="replace"', "UnicodeDecodeError", "replacement character", "U+FFFD")
SEE_ALSO = ("utf_8", "byte_pair_encoding")
DOCS = "https://docs.python.org/3/library/codecs.html#error-handlers"

# --8<-- [start:example]
data = "🙂".encode("utf-8")
for part in [data, data[:2], bytes([128]), bytes([255])]:
    try:
        print(part, "->", part.decode("utf-8"))
    except UnicodeDecodeError as err:
        print(part, "-> UnicodeDecodeError:", err.reason)
    print("   errors='replace' ->", part.decode("utf-8", errors="replace"))
# --8<-- [end:example]

# --8<-- [start:tokens]
from glossary_examples.tokenizer.bpe import decode

merges = {}  # no merges: every token is one byte, ids 0-255
print(decode([104, 105, 240, 159, 153, 130], merges))  # 'hi' and 🙂
print(decode([104, 105, 240, 159], merges))  # the emoji cut off
print(decode([128], merges))  # a continuation byte on its own
# --8<-- [end:tokens]

# --8<-- [start:pitfall]
import codecs

ids = list("hé🙂".encode("utf-8"))  # byte tokens, as a model would emit them
print("ids:", ids)
print("each alone:", [bytes([i]).decode("utf-8", errors="replace") for i in ids])
print("all joined:", bytes(ids).decode("utf-8"))
step = codecs.getincrementaldecoder("utf-8")()
print("incremental:", [step.decode(bytes([i])) for i in ids])
# --8<-- [end:pitfall]
