"""generate: the page's claims, checked."""

import ast
import math

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.gpt.model import BigramLanguageModel, GPTLanguageModel


def test_the_example_loop_is_what_the_models_generate_does(example):
    region = example("generate")
    lines = region.stdout.splitlines()
    idx = ast.literal_eval(lines[1])
    assert lines[0] == "torch.Size([2, 9])" and [row[0] for row in idx] == [0, 0]
    assert all(0 <= t < 65 for row in idx for t in row)
    model = BigramLanguageModel(65)
    model.token_embedding_table.load_state_dict(region.globals["table"].state_dict())
    again = model.generate(torch.zeros((2, 1), dtype=torch.long), 8, generator=torch.Generator().manual_seed(1337))
    assert again.tolist() == idx  # same table, same generator seed: the same tokens


def test_the_crop_region_generates_past_block_size_and_uncropped_input_fails(example):
    region = example("generate", "crop")
    assert region.stdout.splitlines() == ["generated: torch.Size([1, 21])", "uncropped: index out of range in self",
                                          "cropped: torch.Size([1, 8, 65])"]
    out = region.globals["out"]
    assert out.shape[1] > region.globals["model"].block_size


@pytest.mark.parametrize("block_size", [1, 3])
def test_cropping_changes_nothing_for_the_bigram_model(block_size):
    torch.manual_seed(0)
    model = BigramLanguageModel(11)
    start = torch.randint(11, (3, 5), generator=torch.Generator().manual_seed(0))
    uncropped = model.generate(start, 30, generator=torch.Generator().manual_seed(1))
    model.block_size = block_size  # an instance attribute: generate now crops
    cropped = model.generate(start, 30, generator=torch.Generator().manual_seed(1))
    assert torch.equal(cropped, uncropped)


def test_the_gpt_reads_the_last_block_size_tokens_only():
    torch.manual_seed(0)
    model = GPTLanguageModel(vocab_size=11, block_size=4, n_embd=8, n_head=2, n_layer=1)
    a = torch.tensor([[1, 2, 3, 4, 5, 6]])
    b = torch.tensor([[9, 9, 3, 4, 5, 6]])  # differs only before the last 4 tokens
    g1, g2 = torch.Generator().manual_seed(5), torch.Generator().manual_seed(5)
    assert torch.equal(model.generate(a, 10, generator=g1)[:, 6:], model.generate(b, 10, generator=g2)[:, 6:])


def test_the_loss_region_prints_cross_entropy_above_the_uniform_guess(example):
    region = example("generate", "loss")
    lines = region.stdout.splitlines()
    logits, yb = region.globals["logits"], region.globals["yb"]
    expected = F.cross_entropy(logits.reshape(-1, 65), yb.reshape(-1)).item()
    assert lines[0] == "torch.Size([32, 8, 65])"
    assert lines[1] == f"loss of the untrained model: {expected:.4f}"
    assert lines[2] == f"loss of a uniform guess:     {math.log(65):.4f}"
    assert expected > math.log(65)


@pytest.mark.parametrize("V", [2, 27, 65, 1000])
def test_random_logits_lose_more_than_a_uniform_guess_on_average(V):
    # Jensen: E[logsumexp(z)] >= logsumexp(E z) = ln V, and E[z_target] = 0
    losses = []
    for seed in range(10):
        g = torch.Generator().manual_seed(seed)
        logits = torch.randn(256, V, generator=g)  # nn.Embedding's initialisation: N(0, 1)
        targets = torch.randint(V, (256,), generator=g)
        losses.append(F.cross_entropy(logits, targets).item())
    assert sum(losses) / len(losses) > math.log(V)


def test_on_real_text_too_the_untrained_bigram_loses_more_than_ln_v():
    from glossary_examples.gpt.data import CharTokenizer, get_batch, stdlib_text

    text = stdlib_text()
    tok = CharTokenizer(text)
    data = torch.tensor(tok.encode(text))
    for seed in range(5):
        torch.manual_seed(seed)
        model = BigramLanguageModel(tok.vocab_size)
        xb, yb = get_batch(data, 8, 32, generator=torch.Generator().manual_seed(seed))
        with torch.no_grad():
            assert model(xb, yb)[1].item() > math.log(tok.vocab_size)
