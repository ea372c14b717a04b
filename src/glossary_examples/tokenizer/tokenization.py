r"""tokenization

Tokenization translates between text and the sequence of integer ids (tokens) that a language model reads and writes: `encode` turns text into ids and `decode` turns ids back into text.

A language model never sees characters: it sees token ids, each of which selects one row
of its embedding table, and it predicts the next id. The tokenizer is a separate stage
with its own training data and no neural network in it. The "Let's build GPT" lecture
uses the simplest one, one id per distinct character of the training text (65 for its
Shakespeare); it cannot encode any other character. Byte-level tokenizers start instead
from the UTF-8 bytes of the text, ids 0 to 255, which exist for every character (a
Python string can also hold a surrogate, a code point that is no character, and UTF-8
refuses it), and then merge frequent byte sequences into longer tokens with byte-pair encoding: GPT-2 has 50,257 tokens.

Longer tokens mean fewer tokens per text, and a model reads a fixed number of tokens at
a time, so it then sees more text at once. The lecture traces many odd behaviours of
language models (spelling, arithmetic, non-English text, trailing spaces) back to
tokenization.

>>> chars = sorted(set("hello world"))
>>> stoi = {ch: i for i, ch in enumerate(chars)}
>>> [stoi[ch] for ch in "hello"]
[3, 2, 4, 4, 5]
>>> list("hi".encode("utf-8"))
[104, 105]
"""

ALIASES = ("tokenizer", "tokenize", "encode and decode")
SEE_ALSO = ("vocabulary", "utf_8", "byte_pair_encoding", "tokenization_pitfalls")
DOCS = ""

# --8<-- [start:example]
text = "hello world"
chars = sorted(set(text))  # a character-level vocabulary, as in "Let's build GPT"
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for ch, i in stoi.items()}
ids = [stoi[ch] for ch in text]  # encode
print(len(chars), "characters:", chars)
print("encode:", ids)
print("decode:", "".join(itos[i] for i in ids))
try:
    [stoi[ch] for ch in "hello, world"]
except KeyError as err:
    print("cannot encode", err)
print("UTF-8 bytes:", list("hello, world".encode("utf-8")))  # any text, ids 0-255
# --8<-- [end:example]

# --8<-- [start:bpe]
from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN as PATTERN
from glossary_examples.tokenizer.bpe import decode, encode, train, vocab
from glossary_examples.tokenizer.corpus import load_text

corpus = load_text()[:50_000]  # or load_text("input.txt"): your own text
merges = train(corpus, 512, PATTERN)
table = vocab(merges)
text = "The for statement is used to iterate over a sequence."
ids = encode(text, merges, PATTERN)
print(len(text), "characters ->", len(ids), "tokens")
print(ids)
print([table[i].decode("utf-8") for i in ids])
print(decode(ids, merges) == text)
# --8<-- [end:bpe]
