r"""bigram

A bigram is a pair of adjacent tokens in a sequence; in makemore, two consecutive characters of a word padded with the boundary token '.'.

Bigrams are the n-grams with $n = 2$. makemore writes each word between two boundary
tokens, `.emma.`, so the pairs also record how words start (`('.', 'e')`) and how they end
(`('a', '.')`). A word of length $L$ becomes $L + 2$ symbols and therefore gives $L + 1$
bigrams; without the padding a word of $L \ge 1$ letters gives only $L - 1$ and says
nothing about where words begin and end.

Counting how often each bigram occurs in a corpus is all the training a bigram count model
needs. N-gram counts were the standard way to build language models for a long time (in
speech recognition, for example); neural language models have since replaced them, and
makemore builds up to those, starting from bigram counts. Further reading:
[Bigram (Wikipedia)](https://en.wikipedia.org/wiki/Bigram).

The counts here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline by
`glossary_examples.makemore.data.load_names()`), because the lecture's `names.txt`
(32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints its counts and losses.

>>> chs = ['.'] + list('emma') + ['.']
>>> list(zip(chs, chs[1:]))
[('.', 'e'), ('e', 'm'), ('m', 'm'), ('m', 'a'), ('a', '.')]
>>> len(list(zip(chs, chs[1:]))) == len('emma') + 1
True
>>> list(zip('emma', 'emma'[1:]))  # no boundary token: the start and end are lost
[('e', 'm'), ('m', 'm'), ('m', 'a')]
"""

ALIASES = ("bigrams", "character bigram", "2-gram")
SEE_ALSO = ("bigram_language_model", "vocabulary", "add_one_smoothing", "training_set")
DOCS = ""

# --8<-- [start:example]
from collections import Counter

from glossary_examples.makemore.data import load_names

chs = ["."] + list("emma") + ["."]
print("bigrams of emma:", list(zip(chs, chs[1:])))

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
counts = Counter()
for w in words:
    chs = ["."] + list(w) + ["."]
    counts.update(zip(chs, chs[1:]))
print("words:", len(words))
print("bigrams:", sum(counts.values()))
print("sum of (len + 1):", sum(len(w) + 1 for w in words))
print("distinct bigrams:", len(counts), "of the", 27 * 27, "cells of a 27 x 27 table")
print("most common:", counts.most_common(5))
# --8<-- [end:example]

# --8<-- [start:figure]
from collections import Counter

import matplotlib.pyplot as plt

from glossary_examples.makemore.data import load_names

counts = Counter()
for w in load_names():
    chs = ["."] + list(w) + ["."]
    counts.update(zip(chs, chs[1:]))
top = counts.most_common(20)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.barh([a + b for (a, b), n in top][::-1], [n for _, n in top][::-1])
ax.set_xlabel("count in the 5,163 census names")
ax.set_ylabel("bigram")
ax.set_title("The 20 most common bigrams ('.' marks a start or an end)")
plt.show()
# --8<-- [end:figure]
