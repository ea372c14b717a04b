r"""vocab_size

The vocabulary size of a byte-pair encoding tokenizer, `vocab_size`, is its number of ids (256 byte tokens, one per merge, plus any special tokens), and it is a trade-off: more merges make every text shorter, but they make the model's embedding table and output layer bigger and leave each token fewer training examples.

`vocab_size` is a hyperparameter of both models: the tokenizer learns `vocab_size - 256`
merges, and the language model has one row per id in its embedding table (and, as many
again in the layer that scores the next token). GPT-2 has 50,257 ids and 768 numbers per
row in its smallest version: 38,597,376 embedding weights. Chosen by trying: the lecture
mentions GPT-4's vocabulary of about 100,000 ids.

Larger is not simply better. Each new merge is at most as frequent as the one before
(the merged pair's count can only fall), so the late tokens are rare: the model sees
few examples of each, and a token that never occurs in its training data keeps its
initial random embedding. Some tokens are not even used in their own training text,
because a later merge always swallows them: they exist only as steps towards a longer
token. Smaller is not better either: texts get longer, so the same context window holds
less text, and attention has more positions to attend over.

The first `k` merges of a longer training run are exactly the merges of a run with
`vocab_size = 256 + k`, so one training run gives every smaller vocabulary too.

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
