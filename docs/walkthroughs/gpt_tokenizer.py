# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # The GPT tokenizer
#
# This walkthrough follows "Let's build the GPT Tokenizer" from text to token ids, the
# [tokenization](../../tokenizer/tokenization/) every GPT model starts from: Unicode code
# points, their UTF-8 bytes, one step of byte-pair encoding, a trained tokenizer and its
# compression ratio, the GPT-2 split pattern and a special token. It is pure Python:
# the standard library and the `regex` package, no PyTorch. Every step uses the glossary's
# own code (`glossary_examples.tokenizer.bpe`, about 160 lines), and every term links to
# its page.
#
# **The corpus.** The lecture trains on a blog post and, later, on larger text. This site
# has no network at build time, so it trains on text that every Python installation
# ships: the help texts that `help("if")`, `help("for")` and so on print, about 466,000
# bytes of English in Python 3.11.7. The numbers below are therefore not the lecture's.
# `load_text("input.txt")` reads your own file instead, and `glossary bpe input.txt`
# trains on it from the command line.

# %%
import regex

from glossary_examples.tokenizer.bpe import (GPT2_SPLIT_PATTERN, decode, encode, get_stats,
                                             merge, train, vocab)
from glossary_examples.tokenizer.corpus import load_text

text = load_text()
print(f"{len(text):,} characters, {len(text.encode('utf-8')):,} bytes of UTF-8")
print(text[:300])

# %% [markdown]
# ## 1. Strings are code points
#
# A Python string is a sequence of [Unicode code points](../../tokenizer/unicode_code_point/):
# `ord` gives the number of a character, `chr` the character of a number. Could the code
# points be the tokens? There are too many of them (Python 3.11's Unicode tables assign
# 144,697 characters), most of them rare, and the standard keeps adding more.

# %%
sample = "hello 안녕 🙂"
print([ord(ch) for ch in sample])
print(len(sample), "code points")

# %% [markdown]
# ## 2. Code points are bytes
#
# [UTF-8](../../tokenizer/utf_8/) stores each code point as 1 to 4 bytes, so any text
# becomes a sequence of numbers from 0 to 255. A vocabulary of 256 byte values can
# encode everything, but the sequences are long: the model's context would hold little
# text.

# %%
data = sample.encode("utf-8")
print(list(data))
print(len(sample), "code points ->", len(data), "bytes")
print(data[:-2].decode("utf-8", errors="replace"))  # an emoji cut in half

# %% [markdown]
# The last line shows the replacement character: bytes that are
# [not valid UTF-8](../../tokenizer/invalid_utf_8/) cannot be decoded as they are, and a
# tokenizer's `decode` replaces them instead of failing.
#
# ## 3. One step of byte-pair encoding
#
# [Byte-pair encoding](../../tokenizer/byte_pair_encoding/) shortens a sequence by
# replacing its most frequent pair of neighbours with a new symbol. Wikipedia's example:

# %%
ids = list("aaabdaaabac".encode("utf-8"))
stats = get_stats(ids)
pair = max(stats, key=stats.get)
print(pair, "occurs", stats[pair], "times")
ids = merge(ids, pair, 256)
print(ids, "-", len(ids), "ids instead of 11")

# %% [markdown]
# ## 4. Training: twenty merges
#
# [BPE training](../../tokenizer/bpe_training/) repeats that step: count the pairs, merge
# the most frequent one into the next free id, until the vocabulary has the
# [`vocab_size`](../../tokenizer/vocab_size/) we asked for. As in the lecture, twenty
# merges (256 + 20 = 276 ids), here on the first 10,000 characters of the help texts:

# %%
small = text[:10_000]
merges = train(small, 276)
table = vocab(merges)
print([table[idx] for idx in merges.values()])
tokens = encode(small, merges)
print(f"{len(small.encode('utf-8'))} bytes -> {len(tokens)} tokens, "
      f"compression ratio {len(small.encode('utf-8')) / len(tokens):.2f}")
assert decode(tokens, merges) == small

# %% [markdown]
# Some tokens join the end of a word to the space before the next one (`e `, `he `,
# ` the `). GPT-2 prevents that with a regular expression.
#
# ## 5. The GPT-2 split pattern
#
# The [GPT-2 split pattern](../../tokenizer/gpt2_split_pattern/) cuts the text into
# chunks first (words with the space before them, numbers, punctuation, whitespace) and
# BPE merges only inside a chunk:

# %%
print(regex.findall(GPT2_SPLIT_PATTERN, "Hello've world123 how's are you!!!?"))

# %% [markdown]
# ## 6. A tokenizer trained on all of the text
#
# 256 merges (512 ids) on the whole help texts, with the split pattern; the
# `glossary bpe` command does the same with a progress bar:

# %%
merges = train(text, 512, GPT2_SPLIT_PATTERN)
table = vocab(merges)
tokens = encode(text, merges, GPT2_SPLIT_PATTERN)
n_bytes = len(text.encode("utf-8"))
print(f"{n_bytes:,} bytes -> {len(tokens):,} tokens")
print(f"compression ratio: {n_bytes / len(tokens):.2f} bytes per token")
print("the last merges:", [table[idx] for idx in list(merges.values())[-8:]])

# %% [markdown]
# How the ratio grows with the vocabulary: the first k merges of this run are exactly
# what a run with 256 + k ids would learn, so one run gives every smaller tokenizer too.

# %%
learned = list(merges.items())
part = text[:50_000]
for size in [256, 320, 384, 448, 512]:
    first = dict(learned[: size - 256])
    n = len(encode(part, first, GPT2_SPLIT_PATTERN))
    print(f"vocab_size {size}: {len(part.encode('utf-8')) / n:.2f} bytes per token")

# %% [markdown]
# ## 7. Encoding new text
#
# Text the tokenizer has seen often becomes few tokens; other text falls apart into short
# tokens, down to single bytes. A [special token](../../tokenizer/special_tokens/) is
# added by its id and never merged. These effects are behind many
# [tokenization pitfalls](../../tokenizer/tokenization_pitfalls/).

# %%
special = {"<|endoftext|>": 512}
for sample in ["The for statement is used to iterate.", " egg Egg", "안녕하세요",
               "one<|endoftext|>two"]:
    ids = encode(sample, merges, GPT2_SPLIT_PATTERN, special)
    print(f"{sample!r}: {len(ids)} tokens {ids}")
    assert decode(ids, merges, special) == sample
