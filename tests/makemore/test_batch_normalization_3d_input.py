"""BatchNorm1d on 3D input: pooled over (0, 1) it equals nn.BatchNorm1d on (B, C, T); over dim 0 it does not."""

import pytest
import torch
import torch.nn as nn

from glossary_examples.makemore.layers import BatchNorm1d


def test_example_shapes_and_the_per_position_means(example):
    ran = example("batch_normalization_3d_input")
    lines = ran.stdout.splitlines()
    assert lines[:3] == ["mean over dim 0:      (1, 4, 68) from 32 values each",
                         "mean over dims (0, 1): (1, 1, 68) from 128 values each", "running_mean: (68,)"]
    x, out = ran.globals["x"], ran.globals["out"]
    # pooled statistics keep the offsets between positions (0, 1, 2, 3 before normalizing)
    per_position = out.mean((0, 2))
    assert lines[3] == f"mean of each position, fix: {[round(m, 3) for m in per_position.tolist()]}"
    assert (per_position[1:] > per_position[:-1]).all()
    assert lines[4] == "mean of each position, bug: [0.0, 0.0, 0.0, 0.0]"  # each position forced to 0
    assert lines[5] == "equals nn.BatchNorm1d on x.transpose(1, 2): True"
    assert torch.allclose(ran.globals["bn"].running_mean, 0.1 * x.mean((0, 1)), atol=1e-6)


def test_pooling_over_dims_0_and_1_is_flattening_the_positions_into_the_batch():
    x = torch.randn(32, 4, 68, dtype=torch.float64) * 3 + torch.arange(4.0, dtype=torch.float64).view(1, 4, 1)
    ours = BatchNorm1d(68)
    flat = nn.BatchNorm1d(68).double()
    assert torch.allclose(ours(x.float()).double(), flat(x.view(-1, 68)).view(32, 4, 68), atol=1e-5)


def test_nn_batchnorm1d_reduces_a_3d_input_over_dims_0_and_2():
    x = torch.randn(16, 5, 7, dtype=torch.float64) * 2 + 1
    out = nn.BatchNorm1d(5).double()(x)  # 5 channels in the middle
    assert torch.allclose(out.mean((0, 2)), torch.zeros(5, dtype=torch.float64), atol=1e-9)
    assert torch.allclose(out.var((0, 2), correction=0), torch.ones(5, dtype=torch.float64), atol=1e-4)


def test_the_dim_0_version_gives_running_stats_of_shape_1_4_68_like_the_lectures():
    x = torch.randn(32, 4, 68)
    running_mean = torch.zeros(68)
    xmean = x.mean(0, keepdim=True)
    running_mean = 0.9 * running_mean + 0.1 * xmean  # the lecture's update, broadcast
    assert running_mean.shape == (1, 4, 68)


def test_passing_b_t_c_straight_to_nn_batchnorm1d_fails_or_silently_normalizes_t(example):
    lines = example("batch_normalization_3d_input", "pitfall").stdout.splitlines()
    assert lines[0] == "nn.BatchNorm1d(68) on (32, 4, 68): running_mean should contain 4 elements not 68"
    wrong = [float(v) for v in lines[1].split("[")[1].rstrip("]").split(", ")]
    right = [float(v) for v in lines[2].split("[")[1].rstrip("]").split(", ")]
    assert max(abs(v) for v in wrong) > 1.0  # the channel offsets 0..7 survived: the wrong axis
    assert right == [0.0] * 8
    square = example("batch_normalization_3d_input", "pitfall").globals["square"]
    assert torch.allclose(BatchNorm1d(8)(square).mean((0, 1)), torch.zeros(8), atol=1e-5)


@pytest.mark.parametrize("T, C", [(4, 68), (8, 3)])
def test_a_shape_error_whenever_t_differs_from_c(T, C):
    with pytest.raises(RuntimeError):
        nn.BatchNorm1d(C)(torch.randn(32, T, C))
