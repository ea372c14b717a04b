""".float(): the page's claims, checked."""

import pytest
import torch

from glossary_examples import tensor_float  # noqa: F401  (imports run the examples, as the page did)


@pytest.mark.parametrize("dtype", [torch.int32, torch.int64, torch.uint8, torch.float16, torch.float64, torch.bool])
def test_other_dtypes_give_a_new_float32_tensor_and_leave_the_original(dtype):
    t = torch.tensor([[0, 3, 1], [2, 0, 2]]).to(dtype)
    before = t.clone()
    f = t.float()
    assert f.dtype == torch.float32
    assert f is not t and f.data_ptr() != t.data_ptr()  # new memory
    assert t.dtype == dtype and torch.equal(t, before)
    assert torch.equal(f, t.to(torch.float32))


def test_already_float32_returns_the_same_object_so_edits_alias():
    p = torch.tensor([1.0, 2.0])
    q = p.float()
    assert q is p
    q[0] = 100.0
    assert p[0].item() == 100.0
    r = p.float().clone()
    r[0] = -1.0
    assert p[0].item() == 100.0  # the clone is independent


def test_float64_to_float32_loses_precision():
    d = torch.tensor([0.1], dtype=torch.float64)
    assert d.float().dtype == torch.float32
    assert d.float().double().item() != d.item()


def test_normalising_counts_in_place_needs_float():
    N = torch.tensor([[0, 3, 1], [2, 0, 2]], dtype=torch.int32)
    P = N.float()
    P /= P.sum(1, keepdim=True)
    assert torch.allclose(P, torch.tensor([[0.0, 0.75, 0.25], [0.5, 0.0, 0.5]]))
    assert N.dtype == torch.int32 and N.tolist() == [[0, 3, 1], [2, 0, 2]]
    with pytest.raises(RuntimeError, match="can't be cast to the desired output type Int"):
        N /= N.sum(1, keepdim=True)
    # out-of-place division already promotes, so `.float()` is needed only for in-place edits
    assert torch.equal(N / N.sum(1, keepdim=True), P)


def test_counts_are_exact_up_to_two_to_the_24():
    counts = torch.tensor([0, 1, 4410, 2**24 - 1, 2**24], dtype=torch.int64)
    assert counts.float().long().tolist() == counts.tolist()
    assert torch.tensor(2**24 + 1).float().long().item() != 2**24 + 1  # the first integer float32 misses
