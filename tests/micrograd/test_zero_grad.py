"""zero_grad: the page's claims, checked (micrograd against torch, and against the lecture's own engine)."""

import pytest
import torch

from glossary_examples.micrograd import Value
from micrograd_lecture import XS, YS, LectureValue, mlp, numbers, sse, torch_train, train


def test_backward_adds_to_grad_unless_it_is_reset_like_torch(example):
    printed = [numbers(line)[-1] for line in example("zero_grad").stdout.splitlines()]
    xt = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    piled = []
    for _ in range(3):
        (xt * xt).backward()
        piled.append(xt.grad.item())
    fresh = []
    for _ in range(3):
        xt.grad = None
        (xt * xt).backward()
        fresh.append(xt.grad.item())
    assert printed == piled + fresh == [6.0, 12.0, 18.0, 6.0, 6.0, 6.0]


def test_zero_grad_resets_the_parameters_only_and_a_new_forward_pass_starts_at_0(example):
    run = example("zero_grad", "intermediate")
    lines = run.stdout.splitlines()
    n = mlp(1337)  # the region's network, computed again
    out = n([2.0, 3.0, -1.0])
    ((out - 1.0) ** 2).backward()
    n.zero_grad()
    assert all(p.grad == 0.0 for p in n.parameters()) and lines[0].endswith("True")
    assert out.grad == pytest.approx(2 * (out.data - 1.0), abs=1e-15)  # d(out - 1)**2 / d out, kept
    assert numbers(lines[1])[0] == pytest.approx(out.grad, abs=5e-5) != 0
    assert numbers(lines[2])[0] == 0.0 == n([2.0, 3.0, -1.0]).grad


def test_backward_twice_on_one_graph_doubles_the_leaves_like_torch_and_the_lecture_gets_36(example):
    lines = example("zero_grad", "twice").stdout.splitlines()
    x = Value(3.0)
    z = 2 * (x * x)
    z.backward()
    once = x.grad
    z.backward()
    xt = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    zt = 2 * (xt * xt)
    zt.backward(retain_graph=True)
    zt.backward()
    assert numbers(lines[0])[-1] == numbers(lines[1])[-1] == x.grad == xt.grad.item() == 2 * once == 24.0
    with pytest.raises(RuntimeError, match="Trying to backward through the graph a second time"):
        zt.backward()
    assert lines[2] == "a third time: RuntimeError: Trying to backward through the graph a second time"
    lx = LectureValue(3.0)
    lz = 2 * (lx * lx)
    lz.backward()
    lz.backward()
    assert lx.grad == 36.0  # the number the page gives for a micrograd built along with the lecture


def test_without_reset_each_step_uses_the_sum_of_all_gradients_so_far():
    n = mlp()
    sse(n).backward()  # step 0, nothing to reset yet
    first = [p.grad for p in n.parameters()]
    for p in n.parameters():
        p.data += -0.05 * p.grad
    twin = mlp()  # the same parameters, with fresh gradients at step 1
    for p, q in zip(twin.parameters(), n.parameters()):
        p.data = q.data
    sse(twin).backward()
    sse(n).backward()  # step 1 without reset
    assert [p.grad for p in n.parameters()] == pytest.approx(
        [g0 + q.grad for g0, q in zip(first, twin.parameters())], rel=1e-12)


def test_pitfall_printed_losses_are_both_trainings_replayed_in_torch(example):
    lines = example("zero_grad", "pitfall").stdout.splitlines()
    for zero, losses_line, biggest_line in ((True, lines[1], lines[2]), (False, lines[4], lines[5])):
        layers, losses = torch_train(mlp(1337), 0.05, 20, zero=zero)
        assert numbers(losses_line.split(":")[1]) == pytest.approx(losses[10:], abs=0.005)
        biggest = max(g.abs().max().item() for W, b in layers for g in (W.grad, b.grad))
        assert numbers(biggest_line)[-1] == pytest.approx(biggest, abs=0.005)


def test_pitfall_without_reset_faster_at_first_then_jumping_to_about_4():
    _, right, right_big = train(0.05, 20, zero=True)
    _, wrong, wrong_big = train(0.05, 20, zero=False)
    assert all(a > b for a, b in zip(right, right[1:]))  # with the reset: the loss falls every step
    assert all(w < r for w, r in zip(wrong[2:10], right[2:10]))  # without: faster at first ...
    assert max(wrong[14:]) > 3.9  # ... then jumps to about 4
    assert wrong_big[-1] > 100 * right_big[-1] and wrong[-1] > 3.9  # a large "gradient" where the loss is not small


def test_a_loss_near_4_is_one_prediction_at_the_wrong_end_of_tanh():
    n = mlp()
    for step in range(16):  # the run without reset; its loss at step 15 is about 4
        loss = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
        loss.backward()
        if step == 15:
            preds = [n(x).data for x in XS]
            wrong = [i for i, (p, y) in enumerate(zip(preds, YS)) if p * y < 0]
            assert len(wrong) == 1 and abs(preds[wrong[0]]) > 0.99
            assert loss.data == pytest.approx(4.0, abs=0.05)
        for p in n.parameters():
            p.data += -0.05 * p.grad


def test_module_zero_grad_is_the_manual_loop():
    n, m = mlp(), mlp()
    sse(n).backward()
    sse(m).backward()
    n.zero_grad()
    for p in m.parameters():
        p.grad = 0.0
    assert [p.grad for p in n.parameters()] == [p.grad for p in m.parameters()] == [0.0] * 41


def test_torch_accumulates_and_none_or_zero_reset_it(example):
    printed = example("zero_grad", "torch").stdout.splitlines()
    x = torch.tensor(2.0, requires_grad=True)
    (x**2).backward()
    seen = [str(x.grad)]
    (x**2).backward()
    seen.append(str(x.grad))
    x.grad = None
    (x**2).backward()
    seen.append(str(x.grad))  # None behaves like 0 for the next backward
    optimizer = torch.optim.SGD([x], lr=0.1)
    optimizer.zero_grad()
    seen.append(str(x.grad))  # set_to_none=True is the default
    assert [line.split(":", 1)[1].strip() for line in printed] == seen == ["tensor(4.)", "tensor(8.)", "tensor(4.)",
                                                                            "None"]
    (x**2).backward()
    x.grad.zero_()  # fills with zeros instead
    assert x.grad.item() == 0.0
    (x**2).backward()
    assert x.grad.item() == 4.0
    optimizer.zero_grad(set_to_none=False)
    assert torch.equal(x.grad, torch.tensor(0.0))


def test_the_figure_without_zero_grad_jumps_back_to_about_4_after_nearly_reaching_0(example):
    ran = example("zero_grad", "figure")
    losses = ran.globals["losses"]  # the second curve: without zero_grad
    assert len(ran.figures) == 1 and len(losses) == 30
    low = min(range(10), key=losses.__getitem__)
    assert losses[low] < 1e-3 and 3.5 < max(losses[low:]) < 4.5  # "jumps around (to about 4)"
