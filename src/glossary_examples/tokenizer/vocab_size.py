r"""vocab_size

The vocabulary size of a byte-pair encoding tokenizer, `vocab_size`, is its number of ids (256 bytes, one per merge, plus any special tokens), and choosing it is a trade-off: more merges make texts shorter (never longer), but make the model's embedding table bigger and each token rarer in the training data.

`vocab_size` is shared by the tokenizer and the language model: the tokenizer learns
`vocab_size - 256` merges (less any special tokens), and the model has one row per id in
its embedding table and one output per id in the layer that scores the next token.
GPT-2 has 50,257 ids and, in its smallest version, 768 numbers per row: 38,597,376
embedding weights. No formula gives the best size; it is chosen by experiment (GPT-2
has about 50,000 ids, GPT-4 about 100,000).

Larger is not simply better. Each new merge is at most as frequent as the one before
(no pair's count can grow, and a new pair occurs at most as often as the one just
merged), so the late tokens are rare: the model sees few examples of each. A token that
never occurs in the model's training data gets no gradient in the embedding table, so its
row stays as it was initialised (AdamW's weight decay only shrinks it; a model that shares
the table with its output layer, as GPT-2 does, learns in that row only not to predict
the token). Some tokens
do not even occur in the encoding of their own training text, because a later merge
swallows every one of them: they exist only as steps towards a longer token. Smaller is
not better either: texts take more tokens, so the same context window holds less text.

The first `k` merges of a longer training run are exactly the merges of a run with
`vocab_size = 256 + k`, so one training run gives every smaller vocabulary too, as in
the table below. The numbers come from the first 50,000 characters of Python's help
texts; another text gives other numbers.

>>> from glossary_examples.tokenizer.bpe import train
>>> text = "the cat sat on the mat with the hat"
>>> big = train(text, 270)
>>> dict(list(big.items())[:5]) == train(text, 261)
True
>>> 50257 * 768
38597376
"""

ALIASES = ("vocabulary size trade-off", "number of merges")
SEE_ALSO = ("vocabulary", "embedding", "bpe_training", "special_tokens")
DOCS = ""

# --8<-- [start:example]
from collections import Counter

from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, encode, train
from glossary_examples.tokenizer.corpus import load_text

text = load_text()[:50_000]  # or load_text("input.txt")
n_bytes = len(text.encode("utf-8"))
learned = list(train(text, 512, GPT2_SPLIT_PATTERN).items())  # in the order learned
n_embd = 768  # numbers per embedding row in GPT-2 (small)
print("vocab_size  tokens  bytes/token  embedding weights  tokens never used")
for size in [256, 288, 320, 384, 448, 512]:
    merges = dict(learned[: size - 256])  # the same as train(text, size, ...)
    ids = encode(text, merges, GPT2_SPLIT_PATTERN)
    used = Counter(ids)
    unused = sum(used[idx] == 0 for idx in range(256, size))
    print(f"{size:10}  {len(ids):6}  {n_bytes / len(ids):11.2f}"
          f"  {size * n_embd:17,}  {unused:17}")
# --8<-- [end:example]
