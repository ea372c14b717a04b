r"""BPE training

Training a byte-pair encoding tokenizer learns its merges from a text: starting from the 256 byte values, it repeatedly merges the most frequent pair of adjacent ids into a new id, until the vocabulary has the chosen size.

The text is first turned into its UTF-8 bytes, ids 0 to 255. Each step counts the pairs
(`get_stats`), takes the most frequent one, gives it the next free id (256, 257, ...) and
replaces it everywhere (`merge`). Training to `vocab_size` makes `vocab_size - 256`
merges. The result is the ordered table `merges`, pair → new id; the byte string of each
new id is the concatenation of its pair's byte strings (`vocab`). Encoding a new text
applies the merges in the order they were learned, and decoding joins the byte strings.

Every merge makes the training text shorter, by the number of replacements it makes, so
the *compression ratio*, bytes per token, grows with every merge. On text the tokenizer
was not trained on it is usually lower: the 20 merges below give 1.31 on their own text,
1.23 on the next 10,000 characters of the same help texts, and 1.00 on Korean, which they
never saw (one token per byte). Not always: a new text made of the most frequent pieces,
such as `"the " * 50`, compresses better (2.00).

The tokenizer is trained on its own, before the language model and possibly on other
text. The lecture trains 20 merges on a blog post of about 24,000 bytes and reaches a
ratio of about 1.27. Here the text is the first 10,000 characters of the help texts
that Python ships (`help("if")` shows one; no download needed), so the numbers differ:
pass your own file to `load_text` to train on the lecture's text. Python 3.11.7 ships
466,273 bytes of it; other Python versions ship somewhat different text. The
`glossary bpe` command trains on the whole of it, or on any UTF-8 file.

>>> from glossary_examples.tokenizer.bpe import train, encode
>>> merges = train("aaabdaaabac", vocab_size=259)
>>> merges
{(97, 97): 256, (97, 98): 257, (256, 257): 258}
>>> encode("aaabdaaabac", merges)
[258, 100, 258, 97, 99]
"""

ALIASES = ("tokenizer training", "merges", "compression ratio", "training a tokenizer")
SEE_ALSO = ("byte_pair_encoding", "vocab_size", "gpt2_split_pattern")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.tokenizer.bpe import merge, train, vocab
from glossary_examples.tokenizer.corpus import load_text

text = load_text()[:10_000]  # load_text("input.txt") reads your own file instead
merges = train(text, vocab_size=276)  # 256 byte ids + 20 merges
table = vocab(merges)  # id -> bytes
for (a, b), idx in list(merges.items())[:6]:
    print(f"{idx}: {table[a]} + {table[b]} -> {table[idx]}")

ids = list(text.encode("utf-8"))
print(len(ids), "bytes")
for pair, idx in merges.items():  # apply the merges in the order learned
    ids = merge(ids, pair, idx)
print(len(ids), "tokens after", len(merges), "merges")
print(f"compression ratio: {len(text.encode('utf-8')) / len(ids):.2f}")
# --8<-- [end:example]

# --8<-- [start:roundtrip]
from glossary_examples.tokenizer.bpe import decode, encode, train, vocab
from glossary_examples.tokenizer.corpus import load_text

merges = train(load_text()[:10_000], vocab_size=276)
table = vocab(merges)
ids = encode("The return statement", merges)
print(ids)
print([table[i] for i in ids])
print(repr(decode(ids, merges)))
# --8<-- [end:roundtrip]
