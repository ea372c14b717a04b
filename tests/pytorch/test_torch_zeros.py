"""torch.zeros: the page's claims, checked."""

from collections import Counter

import pytest
import torch

from glossary_examples import _registry, _runner, torch_zeros  # noqa: F401  (runs the page's examples)
from glossary_examples.makemore.data import stoi


@pytest.mark.parametrize("dtype", [torch.int32, torch.int64, torch.float16, torch.float32, torch.float64, torch.bool])
def test_dtype_is_exactly_what_you_ask_for(dtype):
    z = torch.zeros((27, 27), dtype=dtype)
    assert z.dtype == dtype and not z.any()


def test_the_notes_were_wrong_int32_is_int32():
    N = torch.zeros((27, 27), dtype=torch.int32)
    assert N.dtype == torch.int32 and N.dtype != torch.float32
    assert not N.is_floating_point()


def test_without_dtype_the_default_dtype_is_used():
    assert torch.zeros(2).dtype == torch.get_default_dtype() == torch.float32
    torch.set_default_dtype(torch.float64)
    try:
        assert torch.zeros(2).dtype == torch.float64
    finally:
        torch.set_default_dtype(torch.float32)


def test_shape_as_ints_or_as_a_tuple_and_all_zeros():
    assert torch.equal(torch.zeros(27, 27), torch.zeros((27, 27)))
    N = torch.zeros((27, 27), dtype=torch.int32)
    assert N.shape == (27, 27) and N.sum().item() == 0


def test_in_place_integer_increments_keep_int32():
    N = torch.zeros((27, 27), dtype=torch.int32)
    N[0, 1] += 1
    N[0, 1] += 1
    assert N.dtype == torch.int32 and N[0, 1].item() == 2


def test_counts_match_a_python_counter():
    words = ["emma", "olivia", "ava"]
    pairs = Counter(p for w in words for p in zip("." + w, w + "."))
    term = _registry.discover()["torch_zeros"]
    printed = _runner.execute(term, term.regions["counts"]).stdout.splitlines()
    assert printed[0] == f"still torch.int32 | bigrams counted: {sum(pairs.values())}"
    assert printed[1] == f"'a' then end: {pairs['a', '.']}"
    assert printed[2] == f"start then 'e', 'o', 'a': {[pairs['.', c] for c in 'eoa']}"
    assert stoi["."] == 0


def test_pitfall_in_place_division_of_int32_raises_and_float_copy_works():
    N = torch.zeros((2, 3), dtype=torch.int32)
    N[0, 1], N[0, 2], N[1, 0] = 3, 1, 2
    with pytest.raises(RuntimeError, match="can't be cast to the desired output type Int"):
        N /= N.sum(1, keepdim=True)  # wrong
    P = N.float()
    P /= P.sum(1, keepdim=True)  # right
    assert torch.allclose(P, torch.tensor([[0.0, 0.75, 0.25], [1.0, 0.0, 0.0]]))
    assert torch.allclose(P.sum(1), torch.ones(2))
    assert N.dtype == torch.int32 and N[0, 1].item() == 3  # N itself unchanged
