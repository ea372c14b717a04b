r"""tokenization pitfalls

Tokenization pitfalls are the surprises that come from a model seeing token ids instead of characters, such as one word becoming different tokens after a space or with a capital letter.

The lecture opens with such examples from GPT-2's and GPT-4's tokenizers and comes back to
them at the end. They come from how byte-pair encoding with the GPT-2 split pattern
works, not from one particular vocabulary. The tokenizer below is a small one (512 ids)
trained on Python's help texts, so its tokens differ from GPT-2's, but the effects show
in the same way:

- **Spaces and case.** With the GPT-2 split pattern a space belongs to the word after it,
  so `egg`, ` egg`, `Egg` and ` Egg` are four different token sequences. A model must
  learn separately that they mean the same thing.
- **Spelling.** `strawberry` is 8 tokens here, among them `st` and `er`: to count its
  r's, a model has to have learned which letters each token holds.
- **Numbers.** A run of digits is split wherever frequent digit pairs were merged, so the
  pieces of two numbers of the same length need not line up with units, tens and
  hundreds, which, the lecture argues, makes arithmetic harder to learn. GPT-4's split
  pattern keeps at most three digits together.
- **Trailing space.** In running text the space before a word is part of the word's
  chunk; a prompt that ends with a space ends with a space on its own, which is rare in
  training text: of the 103,139 chunks of Python's help texts, 974 are a lone space and
  60,824 are a space followed by something else.
- **Rare text costs more tokens.** Text unlike the tokenizer's training data, such as
  another language, falls apart into many short tokens, down to single bytes: `안녕` is
  2 characters, 6 bytes and 6 tokens here.
- **Untrained tokens.** The lecture's SolidGoldMagikarp was a token of GPT-2's
  tokenizer (a user name, frequent in the tokenizer's training text) that hardly
  occurred in the model's training data, so its embedding was hardly ever trained as
  an input and the model behaved erratically on it; see `vocab_size` for what such a row
  still learns, and for tokens that even their own training text never uses.

>>> import regex
>>> from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN
>>> regex.findall(GPT2_SPLIT_PATTERN, "an egg. Egg")
['an', ' egg', '.', ' Egg']
>>> regex.findall(GPT2_SPLIT_PATTERN, "Once upon a ")
['Once', ' upon', ' a', ' ']
"""

ALIASES = ("tokenisation pitfalls", "trailing whitespace", "SolidGoldMagikarp")
SEE_ALSO = ("tokenization", "gpt2_split_pattern", "vocab_size")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, encode, train, vocab
from glossary_examples.tokenizer.corpus import load_text

text = load_text()[:50_000]  # or load_text("input.txt"): your own text
merges = train(text, 512, GPT2_SPLIT_PATTERN)
table = vocab(merges)
for text in ["egg", " egg", "Egg", " Egg", "strawberry", "Once upon a ", "안녕"]:
    ids = encode(text, merges, GPT2_SPLIT_PATTERN)
    print(f"{text!r:14} {len(ids)} tokens {[table[i] for i in ids]}")
# --8<-- [end:example]

# --8<-- [start:numbers]
import random

from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, encode, train, vocab

random.seed(0)  # a training text full of numbers
text = " ".join(str(random.randint(0, 99_999)) for _ in range(3000))
merges = train(text, 300, GPT2_SPLIT_PATTERN)
table = vocab(merges)
for number in ["12345", "23451", "2024", "1000000", "127 + 677 = 804"]:
    ids = encode(number, merges, GPT2_SPLIT_PATTERN)
    print(f"{number:16}", [table[i].decode() for i in ids])
# --8<-- [end:numbers]
