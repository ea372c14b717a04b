"""embedding backward (dC): the page's claims, checked."""

import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(1, 10), block=st.integers(1, 4), dim=st.integers(1, 3), seed=st.integers(0, 2**31))
def test_loop_index_add_and_one_hot_matmul_all_give_autograds_gradient(n, block, dim, seed):
    g = torch.Generator().manual_seed(seed)
    C = torch.randn(27, dim, generator=g, dtype=torch.float64, requires_grad=True)
    X = torch.randint(0, 6, (n, block), generator=g)  # indices 0-5 only: many repeats
    demb = torch.randn(n, block, dim, generator=g, dtype=torch.float64)
    C[X].backward(demb)
    loop = torch.zeros(27, dim, dtype=torch.float64)
    for k in range(n):
        for j in range(block):
            loop[X[k, j]] += demb[k, j]
    added = torch.zeros(27, dim, dtype=torch.float64).index_add_(0, X.view(-1), demb.view(-1, dim))
    matmul = F.one_hot(X.view(-1), 27).double().T @ demb.view(-1, dim)
    put = torch.zeros(27, dim, dtype=torch.float64).index_put_((X.view(-1),), demb.view(-1, dim), accumulate=True)
    for dC in (loop, added, matmul, put):
        assert torch.allclose(dC, C.grad)
    unused = torch.ones(27, dtype=torch.bool)
    unused[X.view(-1)] = False
    assert (C.grad[unused] == 0).all()


def test_indexed_plus_equals_keeps_only_one_write_per_repeated_row():
    g = torch.Generator().manual_seed(0)
    X = torch.tensor([[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])
    demb = torch.randn(5, 3, 2, generator=g)
    wrong = torch.zeros(27, 2)
    wrong[X] += demb
    right = torch.zeros(27, 2).index_add_(0, X.view(-1), demb.view(-1, 2))
    flat = demb.view(-1, 2)
    for row in X.unique().tolist():
        uses = flat[X.view(-1) == row]
        assert any(torch.equal(wrong[row], u) for u in uses)  # one of the contributions survived
        assert torch.equal(wrong[row], right[row]) == (len(uses) == 1)


def test_the_examples(example):
    ran = example("embedding_backward")
    lines = ran.stdout.splitlines()
    assert lines[0] == "rows looked up, and how often: {0: 6, 1: 1, 5: 3, 13: 5}"
    assert all(line.endswith("True") for line in lines[1:])
    assert lines[3].startswith("the other 23 rows")
    pitfall = example("embedding_backward", "pitfall").stdout.splitlines()
    assert pitfall[0].endswith("[1.0, 1.0, 1.0, 1.0]") and pitfall[1].endswith("[6.0, 1.0, 3.0, 5.0]")


def test_the_surviving_write_can_be_too_large_as_well_as_too_small():
    X = torch.tensor([3, 3])
    demb = torch.tensor([[1.0], [-1.0]])  # two lookups of row 3 whose gradients cancel
    wrong = torch.zeros(5, 1)
    wrong[X] += demb
    right = torch.zeros(5, 1).index_add_(0, X, demb)
    assert right[3].item() == 0.0 and abs(wrong[3].item()) == 1.0  # larger than the sum
    same_way = torch.ones(2, 1)
    wrong = torch.zeros(5, 1)
    wrong[X] += same_way
    assert wrong[3].item() == 1.0 < torch.zeros(5, 1).index_add_(0, X, same_way)[3].item()
