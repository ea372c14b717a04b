"""vocab_size: the prefix property, shrinking counts, the table's columns computed again."""

from __future__ import annotations

from collections import Counter

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.corpus import load_text

PATTERN = bpe.GPT2_SPLIT_PATTERN
TEXT = load_text()[:50_000]
some = settings(max_examples=100, deadline=None, derandomize=True)
texts = st.text(alphabet="ab c\n.1", max_size=80)


def merge_counts(text, merges, pattern):
    """How often each learned pair occurred at the moment it was merged (replaying training)."""
    chunks = [list(c.encode("utf-8")) for c in bpe.split(text, pattern)]
    counts = []
    for pair, idx in merges.items():
        stats = {}
        for ids in chunks:
            bpe.get_stats(ids, stats)
        assert stats[pair] == max(stats.values())  # it was the most frequent pair
        counts.append(stats[pair])
        chunks = [bpe.merge(ids, pair, idx) for ids in chunks]
    return counts


@some
@given(texts, st.integers(256, 300), st.integers(0, 44))
def test_a_shorter_run_learns_the_first_merges_of_a_longer_one(text, size, extra):
    for pattern in (None, PATTERN):
        longer = list(bpe.train(text, size + extra, pattern).items())
        assert dict(longer[: size - 256]) == bpe.train(text, size, pattern)


@some
@given(texts)
def test_each_merge_is_at_most_as_frequent_as_the_one_before(text):
    counts = merge_counts(text, bpe.train(text, 300, PATTERN), PATTERN)
    assert counts == sorted(counts, reverse=True)


def test_on_the_pages_text_too():
    counts = merge_counts(TEXT[:5_000], bpe.train(TEXT[:5_000], 320, PATTERN), PATTERN)
    assert counts == sorted(counts, reverse=True) and counts[0] > 5 * counts[-1]  # late merges are rare


def test_embedding_weights_are_one_row_of_n_embd_per_id():
    for size in (256, 512, 50257):
        assert sum(p.numel() for p in torch.nn.Embedding(size, 768).parameters()) == size * 768
    assert 50257 * 768 == 38_597_376


def test_the_table_computed_again(example):
    ran = example("vocab_size")
    lines = ran.stdout.splitlines()[1:]
    learned = list(bpe.train(TEXT, 512, PATTERN).items())
    assert ran.globals["learned"] == learned
    assert bpe.train(TEXT, 320, PATTERN) == dict(learned[:64])  # the region's comment, on its text
    previous = None
    for line in lines:
        size, tokens, ratio, weights, unused = line.split()
        size = int(size)
        merges = dict(learned[: size - 256])
        ids = bpe.encode(TEXT, merges, PATTERN)
        assert int(tokens) == len(ids)
        assert float(ratio) == round(len(TEXT.encode("utf-8")) / len(ids), 2)
        assert int(weights.replace(",", "")) == size * 768
        used = Counter(ids)
        assert int(unused) == sum(used[i] == 0 for i in range(256, size))
        if previous is not None:
            assert len(ids) < previous  # more merges, fewer tokens
        previous = len(ids)


def test_unused_tokens_are_swallowed_by_a_later_merge(example):
    learned = example("vocab_size").globals["learned"]
    ids = bpe.encode(TEXT, dict(learned), PATTERN)
    used = Counter(ids)
    unused = [idx for idx in range(256, 512) if used[idx] == 0]
    assert unused  # the table's last row says 4
    for idx in unused:
        later = [pair for pair, j in learned if j > idx]
        assert any(idx in pair for pair in later), idx
