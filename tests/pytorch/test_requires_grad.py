"""requires_grad: the page's claims, checked."""

import pytest
import torch

FACTORIES = [
    lambda: torch.tensor(1.0), lambda: torch.tensor([1.0, 2.0]), lambda: torch.zeros(3), lambda: torch.ones(2, 2),
    lambda: torch.arange(3.0), lambda: torch.full((2,), 7.0), lambda: torch.linspace(0, 1, 5), lambda: torch.eye(3),
    lambda: torch.randn(3, generator=torch.Generator().manual_seed(0)), lambda: torch.empty(4),
]


@pytest.mark.parametrize("make", FACTORIES)
def test_tensors_you_create_start_without_requires_grad(make):
    assert make().requires_grad is False


def test_the_three_ways_to_ask(example):
    ran = example("requires_grad")
    x, w, b = ran.globals["x"], ran.globals["w"], ran.globals["b"]
    assert x.requires_grad and w.requires_grad and b.requires_grad
    assert ran.stdout.splitlines()[0] == "default: False"  # before x.requires_grad_()
    t = torch.tensor(1.0)
    assert t.requires_grad_() is t  # the in-place method returns the tensor itself


def test_the_example_result_requires_grad_and_is_not_a_leaf(example):
    ran = example("requires_grad")
    n = ran.globals["n"]
    assert n.requires_grad and not n.is_leaf and type(n.grad_fn).__name__ == "AddBackward0"
    assert ran.stdout.splitlines()[2] == "n.requires_grad: True | n.is_leaf: False"


def test_the_example_gradients_of_the_lecture_neuron_match_the_closed_form(example):
    ran = example("requires_grad")
    x, w, b = (ran.globals[name].item() for name in "xwb")
    printed = dict(part.split(": ") for part in ran.stdout.splitlines()[3].split(" | "))
    assert {k: float(v) for k, v in printed.items()} == {"dn/dx": w, "dn/dw": x, "dn/db": 1.0}  # n = x*w + b
    assert float(ran.stdout.splitlines()[1].split("(")[1].split(",")[0]) == pytest.approx(x * w + b, abs=5e-5)


@pytest.mark.parametrize("op", [lambda w: w * 3, lambda w: w.exp(), lambda w: w.sum(), lambda w: w.round(),
                                lambda w: torch.tanh(w) @ w, lambda w: w.double()])
def test_a_float_result_computed_from_it_requires_grad_and_has_a_grad_fn(op):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    y = op(w)
    assert y.requires_grad and not y.is_leaf and y.grad_fn is not None


@pytest.mark.parametrize("mode", [torch.no_grad, torch.inference_mode, lambda: torch.set_grad_enabled(False)])
def test_with_recording_switched_off_nothing_is_recorded(mode):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    with mode():
        y = w * 3
    assert not y.requires_grad and y.grad_fn is None
    assert (w * 3).requires_grad  # and recording is back after the block


@pytest.mark.parametrize("op", [lambda w: w.detach(), lambda w: w.detach() * 3, torch.zeros_like, torch.ones_like,
                                lambda w: torch.rand_like(w), lambda w: torch.empty_like(w)])
def test_detached_and_like_made_float_results_do_not_require_grad(op):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    y = op(w)
    assert y.dtype == torch.float32 and not y.requires_grad and y.grad_fn is None


@pytest.mark.parametrize("op", [lambda w: w > 0, lambda w: w.argmax(), lambda w: w.long()])
def test_results_that_cannot_carry_a_gradient_do_not_require_it(op):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    assert not op(w).requires_grad


def test_nothing_requires_grad_nothing_recorded():
    z = torch.tensor(5.0) + 1
    assert not z.requires_grad and z.grad_fn is None


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.float32, torch.float64,
                                   torch.complex64, torch.complex128])
def test_floating_point_and_complex_tensors_can_require_grad(dtype):
    assert torch.zeros(1, dtype=dtype).requires_grad_().requires_grad


@pytest.mark.parametrize("dtype", [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool])
def test_integer_and_bool_tensors_cannot(dtype):
    with pytest.raises(RuntimeError, match="(?i)only Tensors of floating point"):
        torch.zeros(1, dtype=dtype).requires_grad_()  # the message differs by call, the refusal does not


@pytest.mark.parametrize("flag", [False, True])
def test_a_computed_tensors_flag_cannot_be_changed_either_way(flag):
    y = torch.tensor(2.0, requires_grad=True) * 3
    with pytest.raises(RuntimeError, match="only change requires_grad flags of leaf variables"):
        y.requires_grad = flag


def test_a_leaf_may_switch_it_off_and_detach_cuts_a_computed_tensor_out():
    w = torch.tensor(2.0, requires_grad=True)
    y = w * 3
    d = y.detach()
    assert not d.requires_grad and d.is_leaf and d.grad_fn is None
    assert d.data_ptr() == y.data_ptr()  # shares the data: not a copy
    w.requires_grad = False
    assert not w.requires_grad


def test_the_rules_example_prints_both_errors_and_the_detached_flag(example):
    printed = example("requires_grad", "rules").stdout.splitlines()
    assert printed[0] == "int tensor: Only Tensors of floating point and complex dtype can require gradients"
    assert printed[1].startswith("non-leaf: you can only change requires_grad flags of leaf variables.")
    assert printed[2] == "y.detach().requires_grad: False"


def test_pitfall_backward_without_any_leaf_asking_raises_then_only_w_gets_a_grad(example):
    ran = example("requires_grad", "pitfall")
    x, w = ran.globals["x"], ran.globals["w"]
    assert ran.stdout.startswith("RuntimeError: element 0 of tensors does not require grad")
    assert w.grad.item() == x.item() and x.grad is None  # d(x*w)/dw = x; x never asked
    assert ran.stdout.splitlines()[1] == f"dw: {x.item()} | x.grad: None"
