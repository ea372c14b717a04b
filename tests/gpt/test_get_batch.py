"""get_batch: the page's claims, checked."""

import ast

import torch

from glossary_examples.gpt.data import CharTokenizer, get_batch, stdlib_text
from glossary_examples.gpt.model import GPTLanguageModel


def test_the_example_rows_are_windows_of_the_data_and_targets_are_shifted(example):
    region = example("get_batch")
    data, x, y, ix = (region.globals[name] for name in ("data", "x", "y", "ix"))
    lines = region.stdout.splitlines()
    starts = ast.literal_eval(lines[0].removeprefix("starts: "))
    assert starts == ix.tolist() and all(0 <= i <= len(data) - 4 - 1 for i in starts)
    for i, row_x, row_y in zip(starts, x.tolist(), y.tolist()):
        assert row_x == data[i : i + 4].tolist()
        assert row_y == data[i + 1 : i + 5].tolist()
    assert ast.literal_eval(lines[1].removeprefix("x = ")) == x.tolist()
    assert ast.literal_eval(lines[2].removeprefix("y = ")) == y.tolist()


def test_one_window_holds_block_size_examples_of_every_context_length(example):
    region = example("get_batch")
    lines = region.stdout.splitlines()[3:]
    first = region.globals["data"][region.globals["ix"][0] :].tolist()
    assert len(lines) == 4  # block_size examples
    for t, line in enumerate(lines):  # context = the first t + 1 tokens, target = the next one
        assert line == f"context {first[: t + 1]} -> target {first[t + 1]}"


def test_the_corpus_windows_are_in_the_text_and_shifted_by_one_character(example):
    region = example("get_batch", "corpus")
    lines = region.stdout.splitlines()
    assert lines[0] == "torch.Size([3, 16]) torch.Size([3, 16])"
    text = stdlib_text()
    for line in lines[1:]:
        shown_x, shown_y = (ast.literal_eval(part) for part in line.split(" -> "))
        assert shown_x[1:] == shown_y[:-1] and len(shown_x) == len(shown_y) == 16
        assert shown_x + shown_y[-1] in text


def test_the_glossary_get_batch_is_the_examples_code():
    tok = CharTokenizer(stdlib_text())
    data = torch.tensor(tok.encode(stdlib_text()[:5000]))
    for seed in range(3):
        g1, g2 = torch.Generator().manual_seed(seed), torch.Generator().manual_seed(seed)
        x, y = get_batch(data, 16, 5, g1)
        ix = torch.randint(len(data) - 16, (5,), generator=g2)
        assert torch.equal(x, torch.stack([data[i : i + 16] for i in ix]))
        assert torch.equal(y, torch.stack([data[i + 1 : i + 17] for i in ix]))


def test_rows_of_a_batch_never_mix_in_the_model():
    torch.manual_seed(0)
    model = GPTLanguageModel(vocab_size=20, block_size=8, n_embd=16, n_head=2, n_layer=2)
    xb, _ = get_batch(torch.arange(20).repeat(3), 8, 4, torch.Generator().manual_seed(0))
    changed = xb.clone()
    changed[0] = (changed[0] + 5) % 20
    assert torch.equal(model(changed)[0][1:], model(xb)[0][1:])  # the other rows' logits are unchanged
