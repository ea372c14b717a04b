"""torch.no_grad: the page's claims, checked."""

import pytest
import torch

OPS = [lambda w: w * 3, lambda w: w @ w.T, lambda w: w.exp().sum(), lambda w: torch.tanh(w)[0], lambda w: w + 0]
VIEWS = [lambda w: w.view(-1), lambda w: w[0], lambda w: w.T, lambda w: w[:, 1]]


@pytest.mark.parametrize("op", OPS)
def test_inside_results_do_not_require_grad_and_have_the_same_values(op):
    w = torch.randn(3, 3, generator=torch.Generator().manual_seed(0), requires_grad=True)
    outside = op(w)
    with torch.no_grad():
        inside = op(w)
    assert outside.requires_grad and outside.grad_fn is not None
    assert not inside.requires_grad and inside.grad_fn is None
    assert torch.equal(outside.detach(), inside)
    assert w.requires_grad  # the tensor's own flag is untouched
    assert op(w).requires_grad  # recording resumes after the block


@pytest.mark.parametrize("view", VIEWS)
def test_views_made_inside_still_say_requires_grad_but_pass_no_gradient_to_their_base(view):
    w = torch.randn(3, 3, generator=torch.Generator().manual_seed(0), requires_grad=True)
    with torch.no_grad():
        v = view(w)
    assert v.requires_grad and v.grad_fn is None
    (v * 2).sum().backward()
    assert w.grad is None


def test_the_decorator_and_a_nested_enable_grad():
    w = torch.ones(2, requires_grad=True)

    @torch.no_grad()
    def evaluate():
        return (w * 2).sum()

    assert not evaluate().requires_grad
    with torch.no_grad():
        with torch.enable_grad():
            assert (w * 2).requires_grad
        assert not (w * 2).requires_grad  # off again after the nested block


def test_the_example_prints_what_autograd_records(example):
    ran = example("torch_no_grad")
    lines = ran.stdout.splitlines()
    assert lines[0].split() == ["outside:", "requires_grad", "True", "grad_fn", "MmBackward0"]
    assert lines[1].split() == ["inside:", "requires_grad", "False", "grad_fn", "None"]
    assert lines[2:] == ["same values: True", "W still requires grad: True",
                         "decorated function's result requires grad: False"]
    assert ran.globals["z"].grad_fn is None and torch.equal(ran.globals["z"], ran.globals["y"].detach())


def test_an_in_place_update_of_a_leaf_needs_no_grad_and_keeps_it_a_leaf(example):
    W = torch.randn(3, 2, generator=torch.Generator().manual_seed(42), requires_grad=True)
    (torch.ones(1, 3) @ W).sum().backward()
    with pytest.raises(RuntimeError):
        W -= 0.1 * W.grad
    start = W.detach().clone()
    with torch.no_grad():
        W -= 0.1 * W.grad
    assert W.is_leaf and W.requires_grad
    by_data = start.clone()
    by_data += -0.1 * torch.ones(3, 2)  # the lectures' p.data += -lr * p.grad, on a copy
    assert torch.equal(W.detach(), by_data)
    ran = example("torch_no_grad", "update")
    assert "every entry changed by [-0.1]" in ran.stdout
    assert torch.equal(ran.globals["W"].detach(), W.detach())


def test_no_grad_does_not_switch_batchnorm_to_running_statistics():
    x = torch.randn(8, 2, generator=torch.Generator().manual_seed(0)) + 5
    bn = torch.nn.BatchNorm1d(2)
    with torch.no_grad():
        y = bn(x)
    assert torch.allclose(y.mean(0), torch.zeros(2), atol=1e-5)  # normalized with the batch's own mean
