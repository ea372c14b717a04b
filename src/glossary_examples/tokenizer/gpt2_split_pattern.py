r"""GPT-2 split pattern

The GPT-2 split pattern is the regular expression with which GPT-2's tokenizer cuts text into chunks (a word with the space before it, a run of digits, a run of punctuation, whitespace) before byte-pair encoding, so that no token spans two chunks.

Trained on raw bytes, BPE learns tokens that join the end of one word to the space
before the next, such as `e ` and ` the `, and it would go on to learn `dog.`, `dog!`
and `dog?`: one token per punctuation mark a word happens to be followed by. GPT-2 first
splits the text with a regular expression and runs BPE inside each chunk, so merges
never cross a chunk boundary. The pattern's alternatives, tried in this order:

- `'(?:[sdmt]|ll|ve|re)`: the English contractions `'s`, `'t`, `'re`, `'ve`, `'m`, `'ll`, `'d`;
- ` ?\p{L}+`: letters of any script, with at most one space before them;
- ` ?\p{N}+`: numbers (digits of any script, also `½` or `²`), with at most one space;
- ` ?[^\s\p{L}\p{N}]+`: anything else (punctuation, symbols, emoji), with at most one space;
- `\s+(?!\S)`, `\s+`: whitespace; a run of spaces leaves its last space to the next word.

`\p{L}` and `\p{N}` (Unicode letters and numbers) need the `regex` package; the standard
`re` module does not support them. Every character falls under one of the alternatives,
so the chunks always join back into the whole text. The contractions are matched only in
lower case: `HOW'S` splits into `HOW`, `'` and `S`. GPT-4's pattern (cl100k_base) fixes
that with `(?i:...)` and keeps at most three digits together.

>>> import regex
>>> from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, GPT4_SPLIT_PATTERN
>>> regex.findall(GPT2_SPLIT_PATTERN, "Hello world123 how's you!!!?")
['Hello', ' world', '123', ' how', "'s", ' you', '!!!?']
>>> regex.findall(GPT2_SPLIT_PATTERN, "HOW'S")
['HOW', "'", 'S']
>>> regex.findall(GPT4_SPLIT_PATTERN, "1234567")
['123', '456', '7']
"""

ALIASES = ("split pattern", "regex split", "GPT2_SPLIT_PATTERN", "pre-tokenization")
SEE_ALSO = ("bpe_training", "tokenization_pitfalls")
DOCS = "https://pypi.org/project/regex/"

# --8<-- [start:example]
import regex  # pip install regex; the built-in re module has no \p{L}

pat = r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
print(regex.findall(pat, "Hello've world123 how's are you!!!?"))
print(regex.findall(pat, "    for i in range(10):\n        print(i)"))
print(regex.findall(pat, "안녕하세요 👋 (hello)"))
# --8<-- [end:example]

# --8<-- [start:tokens]
import regex

from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, train, vocab
from glossary_examples.tokenizer.corpus import load_text

text = load_text()[:10_000]  # or load_text("input.txt")
for pattern in [None, GPT2_SPLIT_PATTERN]:  # raw bytes, then chunks
    merges = train(text, 300, pattern)
    table = vocab(merges)
    tokens = [table[idx].decode("utf-8", errors="replace") for idx in merges.values()]
    print("split:" if pattern else "bytes:", tokens[:12])
    glued = [t for t in tokens if regex.search(r"\p{L} ", t)]  # a word's end + a space
    print("  a letter, then a space:", glued)
# --8<-- [end:tokens]

# --8<-- [start:pitfall]
import regex

from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, GPT4_SPLIT_PATTERN

for text in ["how's", "HOW'S", "it’s", "1234567", "   x"]:
    gpt2 = regex.findall(GPT2_SPLIT_PATTERN, text)
    gpt4 = regex.findall(GPT4_SPLIT_PATTERN, text)
    print(f"{text!r:10} GPT-2 {gpt2}  GPT-4 {gpt4}")
# --8<-- [end:pitfall]
