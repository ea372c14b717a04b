r"""UTF-8

UTF-8 is the encoding that stores each Unicode code point as 1 to 4 bytes (1 byte for the 128 ASCII characters, up to 4 for emoji), so `len(s.encode("utf-8"))` is never smaller than `len(s)` and is often larger.

`s.encode("utf-8")` turns a string into `bytes`, and `b.decode("utf-8")` turns valid
bytes back into the string. The number of bytes depends only on the code point:

| code points | bytes | first byte |
| --- | --- | --- |
| U+0000 to U+007F (ASCII) | 1 | `0xxxxxxx` |
| U+0080 to U+07FF | 2 | `110xxxxx` |
| U+0800 to U+FFFF, except the surrogates U+D800 to U+DFFF | 3 | `1110xxxx` |
| U+10000 to U+10FFFF | 4 | `11110xxx` |

Every further byte looks like `10xxxxxx`, so the first byte tells how many bytes follow,
and an ASCII text is byte for byte the same in UTF-8. The surrogates cannot be encoded at
all. UTF-16 uses 2 or 4 bytes per code point and UTF-32 always 4: for ASCII text, half of
UTF-16's bytes and three quarters of UTF-32's are zeros.

A byte-level tokenizer starts from UTF-8: any text becomes a sequence of ids 0 to 255, so
no character is ever unknown, and byte-pair encoding then merges frequent byte sequences
into tokens to shorten it.

>>> len("hello"), len("hello".encode("utf-8"))
(5, 5)
>>> [len(ch.encode("utf-8")) for ch in "aé€🙂"]
[1, 2, 3, 4]
>>> "€".encode("utf-8")
b'\xe2\x82\xac'
>>> b'\xe2\x82\xac'.decode("utf-8")
'€'
"""

ALIASES = ("utf8", "UTF-8 encoding", "str.encode", "bytes.decode")
SEE_ALSO = ("unicode_code_point", "invalid_utf_8", "byte_pair_encoding")
DOCS = "https://docs.python.org/3/howto/unicode.html#the-string-type"
SEARCH_BOOST = 1.5  # searching its title, "invalid UTF-8" ranked first

# --8<-- [start:example]
for text in ["hello", "é", "€", "🙂", "안녕"]:
    data = text.encode("utf-8")
    print(f"{text!r}: {len(text)} code points -> {len(data)} bytes {list(data)}")
print("decoded:", bytes([240, 159, 153, 130]).decode("utf-8"))
# --8<-- [end:example]

# --8<-- [start:boundaries]
for cp in [0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]:
    data = chr(cp).encode("utf-8")
    bits = " ".join(f"{b:08b}" for b in data)
    print(f"U+{cp:04X}: {len(data)} byte(s)  {bits}")
try:
    chr(0xD800).encode("utf-8")  # a surrogate
except UnicodeEncodeError as err:
    print(err)
# --8<-- [end:boundaries]

# --8<-- [start:utf16]
text = "hello 🙂"
for encoding in ["utf-8", "utf-16-le", "utf-32-le"]:
    data = text.encode(encoding)
    zeros = data.count(0)
    print(f"{encoding:9} {len(data):2} bytes, {zeros:2} zeros:", list(data)[:12])
# --8<-- [end:utf16]
