"""AdamW: the page's claims, checked against an update written out by hand."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.data import CharTokenizer, get_batch, stdlib_text
from glossary_examples.gpt.model import BigramLanguageModel


def adamw_by_hand(theta, grads, lr, weight_decay=0.01, betas=(0.9, 0.999), eps=1e-8):
    """The page's formulas, one step per gradient."""
    m, v = torch.zeros_like(theta), torch.zeros_like(theta)
    for t, g in enumerate(grads, start=1):
        theta = theta * (1 - lr * weight_decay)  # decoupled weight decay
        m = betas[0] * m + (1 - betas[0]) * g
        v = betas[1] * v + (1 - betas[1]) * g**2
        m_hat, v_hat = m / (1 - betas[0] ** t), v / (1 - betas[1] ** t)
        theta = theta - lr * m_hat / (v_hat.sqrt() + eps)
    return theta


def run_torch(optimizer_class, theta, grads, **options):
    w = theta.clone().requires_grad_()
    optimizer = optimizer_class([w], **options)
    for g in grads:
        w.grad = g.clone()
        optimizer.step()
    return w.detach()


@pytest.mark.parametrize("lr, weight_decay", [(1e-3, 0.01), (0.1, 0.0), (0.5, 0.3)])
def test_torch_adamw_follows_the_formulas_on_the_page(lr, weight_decay):
    g = torch.Generator().manual_seed(0)
    theta = torch.randn(50, generator=g, dtype=torch.float64)
    grads = [torch.randn(50, generator=g, dtype=torch.float64) * 10 ** torch.randint(-4, 4, (50,), generator=g)
             for _ in range(6)]
    expected = adamw_by_hand(theta, grads, lr, weight_decay)
    assert torch.allclose(run_torch(torch.optim.AdamW, theta, grads, lr=lr, weight_decay=weight_decay), expected,
                          atol=1e-12)


def test_adam_with_weight_decay_is_not_adamw():
    g = torch.Generator().manual_seed(1)
    theta = torch.randn(20, generator=g, dtype=torch.float64)
    grads = [torch.randn(20, generator=g, dtype=torch.float64) for _ in range(5)]
    coupled = run_torch(torch.optim.Adam, theta, grads, lr=0.1, weight_decay=0.1)
    decoupled = run_torch(torch.optim.AdamW, theta, grads, lr=0.1, weight_decay=0.1)
    assert not torch.allclose(coupled, decoupled)
    assert torch.allclose(run_torch(torch.optim.Adam, theta, grads, lr=0.1),  # the same without decay
                          run_torch(torch.optim.AdamW, theta, grads, lr=0.1, weight_decay=0.0), atol=1e-12)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.floats(min_value=1e-6, max_value=1e12), st.sampled_from([1.0, -1.0]), st.floats(1e-4, 1.0))
def test_the_first_step_is_lr_times_the_sign_of_the_gradient_up_to_eps(size, sign, lr):
    grad = torch.tensor([sign * size], dtype=torch.float64)
    step = (1 - run_torch(torch.optim.AdamW, torch.ones(1, dtype=torch.float64), [grad], lr=lr, weight_decay=0.0)).item()
    assert abs(step - lr * sign) <= lr * 1e-8 / size + 1e-15  # |g| / (|g| + eps) = 1 - eps / (|g| + eps)


def test_the_example_sgd_steps_scale_with_the_gradient_adamw_steps_do_not(example):
    lines = example("adamw").stdout.splitlines()
    grad = torch.tensor([1e-3, 1.0, 1e3], dtype=torch.float64)
    sgd = 3 * 0.1 * grad
    adamw = 1 - adamw_by_hand(torch.ones(3, dtype=torch.float64), [grad] * 3, lr=0.1)
    assert lines[0] == f"SGD   moved w by {[f'{d:.3g}' for d in sgd.tolist()]} in 3 steps"
    assert lines[1] == f"AdamW moved w by {[f'{d:.3g}' for d in adamw.tolist()]} in 3 steps"
    assert (adamw - 0.3).abs().max() < 0.01  # about lr per step, decay included


def test_the_training_region_adamw_learns_and_sgd_at_the_same_lr_barely_moves(example):
    lines = example("adamw", "training").stdout.splitlines()
    sgd_first, sgd_last, adamw_first, adamw_last = (float(v) for line in lines for v in line.split()[3:8:4])
    assert sgd_first == adamw_first  # same seed: same model, same first batch
    assert adamw_last < sgd_first - 2
    assert abs(sgd_last - sgd_first) < 0.3


def test_sgd_needs_a_much_larger_learning_rate_on_this_model():
    text = stdlib_text()
    tok = CharTokenizer(text)
    data = torch.tensor(tok.encode(text[:100_000]))
    final = {}
    for lr in (0.1, 100.0):
        torch.manual_seed(1337)
        model = BigramLanguageModel(tok.vocab_size)
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        g = torch.Generator().manual_seed(1337)
        for _ in range(100):
            _, loss = model(*get_batch(data, 8, 32, g))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
        final[lr] = loss.item()
    assert final[100.0] < final[0.1] - 1


def test_an_embedding_rows_gradient_is_at_most_its_share_of_the_batch():
    torch.manual_seed(0)
    model = BigramLanguageModel(30)
    xb = torch.randint(30, (32, 8), generator=torch.Generator().manual_seed(2))
    yb = torch.randint(30, (32, 8), generator=torch.Generator().manual_seed(3))
    model(xb, yb)[1].backward()
    counts = torch.bincount(xb.flatten(), minlength=30)
    grad = model.token_embedding_table.weight.grad  # each position adds (softmax - one_hot) / 256 to its row
    assert (grad.abs().max(dim=1).values <= counts / xb.numel() + 1e-7).all()
    assert grad.abs().max() < 0.1  # tiny, next to the 0.1 that AdamW moves a parameter


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.floats(min_value=1e-3, max_value=1e9), st.sampled_from([1.0, -1.0]), st.integers(1, 50))
def test_a_gradient_that_stays_the_same_moves_by_lr_every_step(size, sign, steps):
    grads = [torch.tensor([sign * size], dtype=torch.float64)] * steps
    moved = 1 - run_torch(torch.optim.AdamW, torch.ones(1, dtype=torch.float64), grads, lr=0.01,
                          weight_decay=0.0)
    assert abs(moved.item() - 0.01 * sign * steps) <= 0.01 * steps * 1e-8 / size + 1e-12  # eps


def test_other_gradients_move_a_parameter_by_more_or_less_than_lr():
    theta = torch.zeros(1, dtype=torch.float64)
    one = lambda g: torch.tensor([g], dtype=torch.float64)

    def last_step(grads):
        w = theta.clone().requires_grad_()
        optimizer = torch.optim.AdamW([w], lr=1.0, weight_decay=0.0)
        for g in grads:
            before = w.detach().clone()
            w.grad = g
            optimizer.step()
        return (w.detach() - before).abs().item()

    quiet_then_loud = [one(1e-6)] * 5000 + [one(1.0)]  # keeps its sign, changes its size
    assert last_step(quiet_then_loud) == pytest.approx(0.1 / 0.001**0.5, rel=0.01)  # 3.16 lr
    flipping = [one((-1.0) ** t) for t in range(200)]
    assert last_step(flipping) < 0.2  # m averages the flips out
