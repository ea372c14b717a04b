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


@some
@given(texts, st.text(alphabet="ab c\n.1ä", max_size=60), st.integers(0, 30))
def test_more_merges_never_lengthen_a_text_and_need_not_shorten_it(train_text, text, k):
    for pattern in (None, PATTERN):
        learned = list(bpe.train(train_text, 300, pattern).items())
        fewer = bpe.encode(text, dict(learned[:k]), pattern)
        more = bpe.encode(text, dict(learned[: k + 1]), pattern)
        assert len(more) <= len(fewer)
    merges = bpe.train(TEXT[:5_000], 300, PATTERN)
    korean = "안녕하세요"  # never seen: every merge leaves it at its 15 bytes
    assert len(bpe.encode(korean, merges, PATTERN)) == len(bpe.encode(korean, {}, PATTERN)) == 15


def _train_rows(tied, weight_decay, steps=20):
    """A tiny language model over 6 tokens whose data never contains token 5."""
    torch.manual_seed(0)
    emb = torch.nn.Embedding(6, 4)
    head = torch.nn.Linear(4, 6, bias=False)
    if tied:
        head.weight = emb.weight  # GPT-2 shares the token table with its output layer
    start = emb.weight.detach().clone()
    params = list({id(p): p for p in [*emb.parameters(), *head.parameters()]}.values())
    optimizer = torch.optim.AdamW(params, lr=0.1, weight_decay=weight_decay)
    g = torch.Generator().manual_seed(1)
    for _ in range(steps):
        x = torch.randint(5, (16,), generator=g)  # tokens 0-4 only
        y = torch.randint(5, (16,), generator=g)
        loss = torch.nn.functional.cross_entropy(head(emb(x)), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return start, emb.weight.detach()


def test_an_unused_tokens_row_gets_no_gradient_only_weight_decay_or_the_tied_output():
    start, end = _train_rows(tied=False, weight_decay=0.0)
    assert torch.equal(end[5], start[5]) and not torch.equal(end[:5], start[:5])
    start, end = _train_rows(tied=False, weight_decay=0.01)  # AdamW's default decay
    assert torch.allclose(end[5], start[5] * (1 - 0.1 * 0.01) ** 20, rtol=1e-6)
    start, end = _train_rows(tied=True, weight_decay=0.0)
    assert not torch.allclose(end[5], start[5], atol=1e-3)  # pushed: never predict token 5
