r"""byte-pair encoding

Byte-pair encoding (BPE) shortens a sequence by repeatedly replacing the most frequent pair of adjacent symbols with a new symbol, and records each replacement (a merge) so that it can be undone.

One step has two parts. `get_stats` counts how often each pair of neighbours occurs, and
`merge` replaces every occurrence of the winning pair, left to right, by one new symbol.
Wikipedia's example: in `aaabdaaabac` the pair `aa` occurs most often (4 times, counting
the overlapping ones), so it becomes `Z` and the text becomes `ZabdZabac`; then `ab`
becomes `Y` (`ZYdZYac`) and `ZY` becomes `X` (`XdXac`). The merges, in order, are the
whole model: to decode, replace `X` by `ZY`, then `Y` by `ab`, then `Z` by `aa`.

A replacement never overlaps another: `aaa` becomes `Za`, not `ZZ`. So the number of
symbols drops by the number of replacements made, which can be smaller than the pair's
count. When two pairs are equally frequent, which one wins is a choice: after the first
merge above, `Za` and `ab` both occur twice. Wikipedia takes `ab`; the lecture's
`max(stats, key=stats.get)` takes the pair counted first, `Za`. Either way the text ends up
5 symbols long here, with different merges.

GPT tokenizers run BPE on the UTF-8 bytes of the text: the symbols start as the 256 byte
values, and each merge adds an id, 256, 257, .... Learning the merges from a text is
BPE training; the vocabulary size sets how many there are.

>>> s = "aaabdaaabac"
>>> s = s.replace("aa", "Z"); s
'ZabdZabac'
>>> s = s.replace("ab", "Y"); s
'ZYdZYac'
>>> s = s.replace("ZY", "X"); s
'XdXac'
>>> s.replace("X", "ZY").replace("Y", "ab").replace("Z", "aa")
'aaabdaaabac'
"""

ALIASES = ("BPE", "byte pair encoding", "get_stats", "merge")
SEE_ALSO = ("bpe_training", "utf_8", "vocab_size")
DOCS = ""

# --8<-- [start:example]
def get_stats(ids):
    counts = {}
    for pair in zip(ids, ids[1:]):  # every pair of neighbours
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    out, i = [], 0
    while i < len(ids):
        if i < len(ids) - 1 and (ids[i], ids[i + 1]) == pair:
            out.append(idx)  # the pair becomes one symbol
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


ids = list("aaabdaaabac")
stats = get_stats(ids)
print(stats)
pair = max(stats, key=stats.get)
print("most frequent:", pair, stats[pair], "times")
ids = merge(ids, pair, "Z")
print("".join(ids), "-", len(ids), "symbols instead of 11")
# --8<-- [end:example]

# --8<-- [start:bytes]
from glossary_examples.tokenizer.bpe import get_stats, merge

ids = list("aaabdaaabac".encode("utf-8"))  # a = 97, b = 98, c = 99, d = 100
print(ids)
for idx in [256, 257, 258]:  # Z, Y, X
    stats = get_stats(ids)
    pair = min(stats, key=lambda p: (-stats[p], p))  # most frequent; ties: smaller ids
    ids = merge(ids, pair, idx)
    print(pair, "->", idx, ":", ids)
# --8<-- [end:bytes]

# --8<-- [start:tie]
from glossary_examples.tokenizer.bpe import get_stats, merge

ids = list("ZabdZabac")  # after the first merge, Z stands for aa
stats = get_stats(ids)
print("tied:", [pair for pair, n in stats.items() if n == max(stats.values())])
print("the lecture's max() takes", max(stats, key=stats.get))
for pair in [("Z", "a"), ("a", "b")]:
    step = merge(ids, pair, "Y")
    stats = get_stats(step)
    best = max(stats, key=stats.get)
    final = "".join(merge(step, best, "X"))
    print(pair, "->", "".join(step), "then", best, "->", final)
# --8<-- [end:tie]
