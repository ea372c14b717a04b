"""WaveNet: the tree's shapes, its parameter count in closed form, and the lecture's configurations."""

import math

import pytest
import torch

from glossary_examples.makemore import training
from glossary_examples.makemore.data import itos, load_names
from glossary_examples.makemore.dataset import build_dataset, split_words


def test_example_shapes_halve_the_positions_level_by_level(example):
    ran = example("wavenet")
    lines = ran.stdout.splitlines()
    X, Y = ran.globals["X"], ran.globals["Y"]
    assert lines[0] == "".join(itos[i] for i in X[3].tolist()) + " --> " + itos[Y[3].item()] == ".....mar --> y"
    shapes = [line.split(": ")[1] for line in lines[1:15]]
    assert shapes == ["(4, 8, 24)", "(4, 4, 48)", "(4, 4, 128)", "(4, 4, 128)", "(4, 4, 128)",
                      "(4, 2, 256)", "(4, 2, 128)", "(4, 2, 128)", "(4, 2, 128)",
                      "(4, 256)", "(4, 128)", "(4, 128)", "(4, 128)", "(4, 27)"]
    assert lines[15] == "parameters: 76579"
    loss = float(lines[16].split(": ")[1].split(";")[0])
    assert loss == pytest.approx(math.log(27), abs=0.05)  # the small last layer: a near-uniform start


def closed_form(n_embd, n_hidden, levels=3, vocab=27):
    return (vocab * n_embd + 2 * n_embd * n_hidden + 2 * n_hidden
            + (levels - 1) * (2 * n_hidden * n_hidden + 2 * n_hidden) + n_hidden * vocab + vocab)


@pytest.mark.parametrize("n_embd, n_hidden, lecture", [(24, 128, 76579), (10, 68, 22397)])
def test_parameter_counts_of_the_lectures_trees(n_embd, n_hidden, lecture):
    model = training.wavenet(block_size=8, n_embd=n_embd, n_hidden=n_hidden)
    assert sum(p.nelement() for p in model.parameters()) == closed_form(n_embd, n_hidden) == lecture


def test_the_flat_mlp_with_8_characters_has_about_the_same_size_as_the_small_tree():
    flat = training.mlp(block_size=8, n_embd=10, n_hidden=200)  # the lecture's "22K" flat model
    n = sum(p.nelement() for p in flat.parameters())
    assert 21000 < n < 23000


def test_each_output_depends_on_all_8_characters_and_nothing_else():
    model = training.wavenet(n_embd=4, n_hidden=8, generator=torch.Generator().manual_seed(0))
    training.set_training(model, False)
    emb = model.layers[0].weight[torch.zeros((1, 8), dtype=torch.long)].detach().requires_grad_()
    x = emb
    for layer in model.layers[1:]:
        x = layer(x)
    x[0, 5].backward()
    assert (emb.grad[0].abs().sum(1) > 0).all()  # every one of the 8 positions matters


def test_the_census_training_split_has_fewer_examples_than_the_model_has_parameters():
    train, _, _ = split_words(load_names())
    assert len(build_dataset(train, 8)[1]) == 28876 < 76579
