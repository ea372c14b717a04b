"""torch.Generator: the page's claims, checked."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=50, deadline=None, derandomize=True)
SEED = 2147483647
DRAWS = [
    lambda g: torch.rand(5, generator=g),
    lambda g: torch.randn(3, 3, generator=g),
    lambda g: torch.randint(0, 27, (10,), generator=g),
    lambda g: torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 20, replacement=True, generator=g),
    lambda g: torch.randperm(10, generator=g),
]


@FAST
@given(st.integers(0, 2**63 - 1))
def test_manual_seed_returns_the_generator_itself_and_records_the_seed(seed):
    g = torch.Generator()
    assert g.manual_seed(seed) is g and g.initial_seed() == seed


@pytest.mark.parametrize("draw", DRAWS)
@pytest.mark.parametrize("seed", [0, 42, SEED])
def test_the_same_seed_gives_the_same_draws(draw, seed):
    assert torch.equal(draw(torch.Generator().manual_seed(seed)), draw(torch.Generator().manual_seed(seed)))


@pytest.mark.parametrize("draw", DRAWS)
def test_each_draw_moves_the_state_on_and_reseeding_starts_over(draw):
    g = torch.Generator().manual_seed(SEED)
    first, second = draw(g), draw(g)
    assert not torch.equal(first, second)
    g.manual_seed(SEED)
    assert torch.equal(draw(g), first)


def test_two_successive_draws_continue_one_sequence():
    g = torch.Generator().manual_seed(SEED)
    both = torch.cat([torch.rand(3, generator=g), torch.rand(3, generator=g)])
    assert torch.equal(both, torch.rand(6, generator=torch.Generator().manual_seed(SEED)))


def test_the_example_replays_after_reseeding(example):
    printed = [line.split(":", 1)[1].strip() for line in example("torch_generator").stdout.splitlines()]
    assert printed[0] == str(SEED)
    assert printed[1] == printed[3] != printed[2]  # first draw == after reseed; the second draw differs
    assert printed[1] == str(torch.rand(3, generator=torch.Generator().manual_seed(SEED)))


def test_get_state_and_set_state_go_back_to_a_position():
    g = torch.Generator().manual_seed(SEED)
    torch.rand(7, generator=g)
    state = g.get_state()
    later = torch.rand(3, generator=g)
    g.set_state(state)
    assert torch.equal(torch.rand(3, generator=g), later)


def test_the_own_state_example_is_not_moved_by_the_global_generator(example):
    ran = example("torch_generator", "own_state")
    assert torch.equal(ran.globals["first"], ran.globals["again"])
    assert ran.stdout == "same numbers: True\n"


def test_using_g_does_not_move_the_global_generator():
    torch.manual_seed(0)
    expected = torch.rand(3)
    torch.manual_seed(0)
    torch.rand(1000, generator=torch.Generator().manual_seed(SEED))
    assert torch.equal(torch.rand(3), expected)


def test_without_generator_the_global_one_is_used_and_torch_manual_seed_seeds_it():
    torch.manual_seed(SEED)
    a = torch.rand(3)
    torch.manual_seed(SEED)
    torch.rand(1)  # any other code drawing from the global generator ...
    b = torch.rand(3)
    assert not torch.equal(a, b)  # ... changes what you get
    assert torch.default_generator.initial_seed() == SEED
