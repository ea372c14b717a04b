"""embedding plot: the distances recomputed point by point; linear maps of the table undone in W1 change nothing."""

import math
from itertools import product

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.makemore import training
from glossary_examples.makemore.data import itos, stoi


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with training.one_thread():
        yield


def test_vowels_end_up_closer_to_each_other_than_to_consonants(example):
    ran = example("embedding_plot")
    C = ran.globals["C"].tolist()
    vowels = [stoi[c] for c in "aeiou"]
    consonants = [stoi[c] for c in "bcdfghjklmnpqrstvwxz"]
    within = [math.dist(C[a], C[b]) for a, b in product(vowels, vowels) if a != b]
    across = [math.dist(C[a], C[b]) for a, b in product(vowels, consonants)]
    w, a = sum(within) / len(within), sum(across) / len(across)
    assert ran.stdout == f"mean distance vowel-vowel: {w:.3f}, vowel-consonant: {a:.3f}\n"
    assert w < 0.7 * a


def test_the_figure_labels_every_character_at_its_embedding_and_colours_the_vowels(example):
    ran = example("embedding_plot")
    assert len(ran.figures) == 1
    ax, C = ran.globals["ax"], ran.globals["C"]
    assert [t.get_text() for t in ax.texts] == [itos[i] for i in range(27)]
    assert [t.get_position() for t in ax.texts] == [tuple(row) for row in C.tolist()]
    points = ax.collections[0]
    assert points.get_offsets().tolist() == C.tolist()
    colours = [tuple(c) for c in points.get_facecolors().tolist()]
    orange = {colours[stoi[c]] for c in "aeiou"}
    assert len(orange) == 1 and orange.isdisjoint(colours[i] for i in range(27) if itos[i] not in "aeiou")


def test_the_model_learned_something(example):
    model = example("embedding_plot").globals["model"]
    X, Y = example("embedding_plot").globals["X"], example("embedding_plot").globals["Y"]
    assert training.evaluate(model, X, Y) < math.log(27) - 0.7
    assert F.softmax(model(X[:1]), 1).sum().item() == pytest.approx(1.0)


def _rotation(angle: float, mirror: bool = False) -> torch.Tensor:
    R = torch.tensor([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], dtype=torch.float64)
    return R @ torch.diag(torch.tensor([1.0, -1.0 if mirror else 1.0], dtype=torch.float64))


MAPS = {"rotation": _rotation(0.7), "mirrored rotation": _rotation(2.0, mirror=True), "half turn": _rotation(math.pi),
        "stretch and shear": torch.tensor([[3.0, 0.0], [1.0, 0.5]], dtype=torch.float64)}


@pytest.mark.parametrize("name", MAPS)
def test_any_invertible_linear_map_of_the_table_undone_in_w1_is_the_same_model(example, name):
    """Only rotations and mirrorings keep the distances the plot shows; a stretch or a shear changes them."""
    model = example("embedding_plot").globals["model"]
    C, W1, b1, W2, b2 = (p.detach().double() for p in model.parameters())
    X = torch.randint(0, 27, (64, 3), generator=torch.Generator().manual_seed(0))

    def logits(C, W1):
        return torch.tanh(C[X].view(-1, 6) @ W1 + b1) @ W2 + b2

    A = MAPS[name]
    undone = torch.block_diag(*[torch.linalg.inv(A)] * 3) @ W1  # for each of the 3 context positions
    assert torch.allclose(logits(C @ A, undone), logits(C, W1), atol=1e-9)
    exact = "donot_use_mm_for_euclid_dist"
    off_diagonal = ~torch.eye(27, dtype=torch.bool)
    ratio = (torch.cdist(C @ A, C @ A, compute_mode=exact) / torch.cdist(C, C, compute_mode=exact))[off_diagonal]
    orthogonal = torch.allclose(A.T @ A, torch.eye(2, dtype=torch.float64))
    if orthogonal:
        assert torch.allclose(ratio, torch.ones_like(ratio), atol=1e-9)  # distances kept
    else:
        assert ratio.max() / ratio.min() > 2  # distances are not all scaled alike
