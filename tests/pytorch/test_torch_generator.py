"""torch.Generator: the page's claims, checked."""

import pytest
import torch

from glossary_examples import _registry, _runner, torch_generator  # noqa: F401  (runs the page's examples)

SEED = 2147483647


def test_manual_seed_returns_the_same_generator_and_records_the_seed():
    g = torch.Generator()
    assert g.manual_seed(SEED) is g
    assert g.initial_seed() == SEED
    assert isinstance(torch.Generator().manual_seed(SEED), torch.Generator)


@pytest.mark.parametrize("draw", [
    lambda g: torch.rand(5, generator=g),
    lambda g: torch.randn(3, 3, generator=g),
    lambda g: torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 20, replacement=True, generator=g),
])
def test_same_seed_gives_the_same_draws(draw):
    assert torch.equal(draw(torch.Generator().manual_seed(SEED)), draw(torch.Generator().manual_seed(SEED)))


def test_successive_draws_differ_and_reseeding_replays():
    g = torch.Generator().manual_seed(SEED)
    first, second = torch.rand(3, generator=g), torch.rand(3, generator=g)
    assert not torch.equal(first, second)
    g.manual_seed(SEED)
    assert torch.equal(torch.rand(3, generator=g), first)


def test_two_successive_draws_equal_one_draw_of_both():
    g = torch.Generator().manual_seed(SEED)
    both = torch.cat([torch.rand(3, generator=g), torch.rand(3, generator=g)])
    assert torch.equal(both, torch.rand(6, generator=torch.Generator().manual_seed(SEED)))


def test_the_lecture_numbers():
    p = torch.rand(3, generator=torch.Generator().manual_seed(SEED))
    assert torch.allclose(p, torch.tensor([0.7081, 0.3542, 0.1054]), atol=1e-4)
    assert torch.allclose(p / p.sum(), torch.tensor([0.6064, 0.3033, 0.0903]), atol=1e-4)


def test_own_state_is_independent_of_the_global_generator():
    g = torch.Generator().manual_seed(SEED)
    state = g.get_state()
    first = torch.rand(3, generator=g)
    g.set_state(state)
    torch.manual_seed(0)
    torch.rand(1000)
    assert torch.equal(torch.rand(3, generator=g), first)


def test_using_g_does_not_move_the_global_generator():
    torch.manual_seed(0)
    expected = torch.rand(3)
    torch.manual_seed(0)
    torch.rand(1000, generator=torch.Generator().manual_seed(SEED))
    assert torch.equal(torch.rand(3), expected)


def test_examples_print_the_claims():
    term = _registry.discover()["torch_generator"]
    printed = _runner.execute(term, term.regions["example"]).stdout.splitlines()
    assert printed[0] == f"seed: {SEED}"
    assert printed[1].split(":")[1].strip() == printed[3].split(":")[1].strip()  # reseed replays
    assert printed[1].split(":")[1] != printed[2].split(":")[1]
    assert _runner.execute(term, term.regions["own_state"]).stdout == "same numbers: True\n"
