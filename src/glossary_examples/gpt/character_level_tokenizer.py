r"""character-level tokenizer

A character-level tokenizer gives every distinct character of a text its own integer, so that `encode` turns a string into a list of integers and `decode` turns such a list back into the string.

The GPT lecture builds its vocabulary from the training text itself: the sorted set of
the characters it contains (65 for tiny-shakespeare). `stoi` ("string to integer") maps
each character to its position in that sorted list and `itos` maps back, so decoding an
encoding gives back the original string, for any string made of those characters. A
character the text never contained has no integer: encoding it fails with a `KeyError`.

Characters make a small vocabulary and long sequences: every letter is one token. Tokens
that stand for several characters trade the other way: GPT-2's tokenizer (byte-pair
encoding) adds a token for each frequent pair of tokens, over and over, so every added
token makes the vocabulary larger and the text it was learned from shorter (a text
without that pair stays as long as it was).

The examples here use the Python help pages that ship with the standard library as their
text, because tiny-shakespeare cannot be downloaded while this site is built; with the
lecture's `input.txt`, `load_text("input.txt")` gives its 65-character vocabulary.

>>> chars = sorted(set("hello world"))
>>> stoi = {ch: i for i, ch in enumerate(chars)}
>>> itos = {i: ch for i, ch in enumerate(chars)}
>>> [stoi[c] for c in "hello"]
[3, 2, 4, 4, 5]
>>> "".join(itos[i] for i in [7, 5, 6, 4, 1])
'world'
"""

ALIASES = ('character tokenizer', 'CharTokenizer')
SEE_ALSO = ("vocabulary",)
DOCS = ""

# --8<-- [start:example]
text = "to be, or not to be"
chars = sorted(set(text))  # the vocabulary: every distinct character, sorted
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]  # string -> list of integers
decode = lambda ids: "".join(itos[i] for i in ids)  # list of integers -> string

print("vocabulary:", chars, "size", len(chars))
print("encode('to be'):", encode("to be"))
print("decode(encode('not to be')):", repr(decode(encode("not to be"))))
try:
    encode("to see")
except KeyError as err:
    print("KeyError:", err, "is not in the vocabulary")
# --8<-- [end:example]

# --8<-- [start:corpus]
from glossary_examples.gpt.data import CharTokenizer, load_text

text = load_text()  # Python's help pages; load_text("input.txt"): the lecture's
tok = CharTokenizer(text)
print(f"{len(text):,} characters, {tok.vocab_size} distinct:")
print(repr("".join(tok.chars)))
ids = tok.encode("hii there")
print(ids)
print(repr(tok.decode(ids)))
# --8<-- [end:corpus]
