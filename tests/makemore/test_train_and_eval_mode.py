"""train and eval mode: the page's claims, checked."""

import pytest
import torch


def test_the_example_prints_what_each_mode_does(example):
    ran = example("train_and_eval_mode")
    lines = ran.stdout.splitlines()
    assert lines[0] == "training: True" and lines[3] == "training: False"
    assert lines[1].endswith("same output: False") and lines[4].endswith("same output: True")
    assert lines[2].startswith("train, one example:")
    assert lines[5] == "eval output still requires grad: True"


def test_in_eval_mode_the_output_is_the_running_statistics_formula_whatever_the_batch(example):
    model = example("train_and_eval_mode").globals["model"]
    linear, bn = model[0], model[1]
    assert not model.training and not bn.training
    batch = torch.randn(16, 3, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        z = batch @ linear.weight.T + linear.bias
        expected = torch.tanh((z - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps) * bn.weight + bn.bias)
        for size in [1, 2, 5, 16]:
            assert torch.allclose(model(batch[:size]), expected[:size], atol=1e-6)


def test_a_single_example_of_shape_1_c_is_refused_in_training_mode_only():
    bn = torch.nn.BatchNorm1d(4)
    with pytest.raises(ValueError):
        bn(torch.randn(1, 4))
    with pytest.raises(ValueError):
        bn(torch.randn(1, 4, 1))  # still one value per channel
    assert bn(torch.randn(1, 4, 5)).shape == (1, 4, 5)  # one sequence: 5 values per channel
    bn.eval()
    assert bn(torch.randn(1, 4)).shape == (1, 4)


def test_without_running_statistics_eval_mode_normalizes_with_the_batch():
    bn = torch.nn.BatchNorm1d(2, track_running_stats=False)
    assert bn.running_mean is None and bn.running_var is None
    x = torch.randn(16, 2, generator=torch.Generator().manual_seed(0)) * 3 + 7
    train_out = bn(x)
    bn.eval()
    eval_out = bn(x)
    assert torch.equal(train_out, eval_out)
    assert eval_out.mean(0).abs().max() < 1e-5


def test_eval_reaches_every_submodule_and_train_false_is_the_same():
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sequential(torch.nn.BatchNorm1d(2), torch.nn.Dropout()))
    model.eval()
    assert not any(m.training for m in model.modules())
    model.train()
    assert all(m.training for m in model.modules())
    model.train(False)
    assert not any(m.training for m in model.modules())


def test_dropout_drops_and_scales_in_training_and_is_the_identity_in_eval():
    torch.manual_seed(0)
    drop = torch.nn.Dropout(p=0.25)
    x = torch.ones(10_000)
    y = drop(x)
    kept = y[y != 0]
    assert torch.allclose(kept, torch.full_like(kept, 1 / 0.75))  # the others, scaled by 1 / (1 - p)
    assert 0.2 < (y == 0).float().mean() < 0.3
    drop.eval()
    assert torch.equal(drop(x), x)


def test_eval_does_not_stop_autograd_and_no_grad_does_not_switch_batchnorm():
    bn = torch.nn.BatchNorm1d(2)
    bn.running_mean = torch.tensor([100.0, 100.0])
    x = torch.randn(8, 2, generator=torch.Generator().manual_seed(0), requires_grad=True)
    bn.eval()
    assert bn(x).requires_grad
    bn.train()
    with torch.no_grad():
        y = bn(x)
    assert y.mean(0).abs().max() < 1e-5  # batch statistics, not the running mean of 100


def test_the_pitfall_evaluating_in_train_mode_moves_the_running_mean(example):
    ran = example("train_and_eval_mode", "pitfall")
    test_batch = ran.globals["test_batch"]
    expected = 0.9 * torch.tensor([0.5, -0.5]) + 0.1 * test_batch.mean(0)
    first, second = ran.stdout.splitlines()
    printed = [float(v) for v in first.split("tensor([")[1].rstrip("])").split(",")]
    assert printed == pytest.approx(expected.tolist(), abs=1e-4)
    assert second.endswith("tensor([ 0.5000, -0.5000])")
    assert torch.equal(ran.globals["bn"].running_mean, torch.tensor([0.5, -0.5]))
