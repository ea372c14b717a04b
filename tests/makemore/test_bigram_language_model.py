"""bigram character-level language model: the page's claims, checked."""

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore import counts  # noqa: E402
from glossary_examples.makemore.data import load_names, stoi  # noqa: E402

WORDS = load_names()
N = counts.count_matrix(WORDS)
XS, YS = counts.encode(WORDS)


def run_region(name: str) -> dict:
    return region_globals("bigram_language_model", name)


@pytest.fixture(scope="module")
def example():
    return run_region("example")


def test_example_builds_the_same_table_as_the_helpers(example):
    assert example["N"].dtype == torch.int32 and torch.equal(example["N"], N)
    assert torch.equal(example["P"], counts.probabilities(N, k=1))
    assert example["xs"] == XS.tolist() and example["ys"] == YS.tolist()


def test_rows_are_distributions_given_by_the_closed_form(example):
    P = example["P"]
    assert torch.allclose(P.sum(1), torch.ones(27))
    closed = (N.double() + 1) / (N.double().sum(1, keepdim=True) + 27)
    assert torch.allclose(P.double(), closed, atol=1e-7)
    assert round(P[0, stoi["a"]].item(), 4) == 0.0761 == round(closed[0, stoi["a"]].item(), 4)
    assert round(P[stoi["a"], 0].item(), 4) == 0.3775


def test_the_count_model_beats_the_uniform_model(example):
    assert round(example["nll"].item(), 4) == 2.3423
    uniform = torch.full((27, 27), 1 / 27)
    assert counts.average_nll(uniform, XS, YS) == pytest.approx(math.log(27), abs=1e-5)
    assert round(math.log(27), 4) == 3.2958


def test_one_hot_times_w_is_a_row_of_w():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    assert torch.equal(F.one_hot(XS, num_classes=27).float() @ W, W[XS])


def test_neural_region_matches_the_count_model():
    ns = run_region("neural")
    neural_table = F.softmax(ns["W"], 1)
    neural_nll = counts.average_nll(neural_table, XS, YS)
    smoothed = counts.average_nll(ns["P"], XS, YS)
    assert abs(neural_nll - smoothed) < 0.01
    assert neural_nll > counts.average_nll(counts.probabilities(N), XS, YS)  # never below the MLE table
    assert round(ns["P"][0, 1].item(), 4) == round(neural_table[0, 1].item(), 4) == 0.0761
    assert ns["samples"][0] == ns["samples"][1] == ["cexze.", "loma.", "mikica.", "karha.", "vinimitta."]


def _luminance(rgba) -> float:
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgba[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_heatmap_has_every_cell_labelled_with_readable_text():
    plt.close("all")
    run_region("heatmap")
    fig = plt.gcf()
    ax = fig.axes[0]
    image = ax.get_images()[0]
    texts = ax.texts
    assert len(texts) == 2 * 27 * 27
    worst = math.inf
    for text in texts:
        j, i = (round(v) for v in text.get_position())
        cell = image.cmap(image.norm(N[i, j].item()))
        lighter, darker = sorted([_luminance(cell), _luminance(matplotlib.colors.to_rgba(text.get_color()))])
        worst = min(worst, (darker + 0.05) / (lighter + 0.05))
    assert worst >= 4.5, f"text/cell contrast ratio {worst:.2f} is below WCAG AA (4.5)"
    labels = {t.get_text() for t in texts}
    assert {"..", "a.", "1758", "an", "771"} <= labels
    # not pure black: the page turns black into its text colour, which is light in dark mode,
    # while the cells keep their colours
    assert "#000000" not in {matplotlib.colors.to_hex(t.get_color()) for t in texts}
    plt.close("all")
