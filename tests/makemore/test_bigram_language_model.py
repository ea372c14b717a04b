"""bigram character-level language model: the page's claims, checked against float64 closed forms."""

import math

import matplotlib.colors
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import counts
from glossary_examples.makemore.data import itos, load_names, stoi

WORDS = load_names()
N = counts.count_matrix(WORDS)
XS, YS = counts.encode(WORDS)
CLOSED = (N.double() + 1) / (N.double().sum(1, keepdim=True) + 27)  # the +1 table, in float64


def exact_nll(table: torch.Tensor) -> float:
    return -math.fsum(math.log(table[x, y].item()) for x, y in zip(XS.tolist(), YS.tolist())) / len(XS)


def printed(stdout: str) -> dict[str, str]:
    return dict(line.rsplit(": ", 1) if " = " not in line else line.split(" = ", 1) for line in stdout.splitlines())


def test_the_example_builds_the_plus_1_table_of_the_census_counts(example):
    run = example("bigram_language_model")
    assert run.globals["N"].dtype == torch.int32 and torch.equal(run.globals["N"], N)
    assert run.globals["xs"] == XS.tolist() and run.globals["ys"] == YS.tolist()
    P = run.globals["P"]
    assert torch.allclose(P.double(), CLOSED, rtol=0, atol=1e-7)  # float32 rounding only
    assert (P.double().sum(1) - 1).abs().max() < 27 * torch.finfo(torch.float32).eps  # rows sum to 1 up to rounding


def test_the_printed_probabilities_and_loss(example):
    out = printed(example("bigram_language_model").stdout)
    assert float(out["P(next='a' | current='.')"]) == round(CLOSED[0, stoi["a"]].item(), 4)
    assert float(out["P(next='.' | current='a')"]) == round(CLOSED[stoi["a"], 0].item(), 4)
    loss = example("bigram_language_model").stdout.splitlines()[-1]
    assert loss == f"average NLL: {exact_nll(CLOSED):.4f}; uniform model, log 27: {math.log(27):.4f}"


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 26), st.integers(0, 26)), min_size=1, max_size=100))
def test_uniform_rows_score_log_27_on_any_data(pairs):
    xs, ys = torch.tensor(pairs).T
    assert counts.average_nll(torch.full((27, 27), 1 / 27), xs, ys) == pytest.approx(math.log(27), abs=1e-6)


def test_every_census_symbol_occurs_so_every_unsmoothed_row_is_a_distribution():
    assert (N.sum(1) > 0).all()
    assert torch.allclose(counts.probabilities(N).sum(1), torch.ones(27))
    small = counts.count_matrix(["emma", "ava"])  # a symbol that never occurs: 0 / 0
    assert torch.isnan(counts.probabilities(small)[stoi["z"]]).all()
    assert torch.allclose(counts.probabilities(small, k=1).sum(1), torch.ones(27))  # k > 0: always a distribution


def test_the_neural_model_learns_about_the_same_table(example):
    run = example("bigram_language_model", "neural")
    lines = run.stdout.splitlines()
    neural_table = F.softmax(run.globals["W"], 1)
    neural_nll = exact_nll(neural_table.double())
    mle = exact_nll(N.double() / N.double().sum(1, keepdim=True))
    assert lines[0] == f"count model (+1 smoothing): NLL {exact_nll(CLOSED):.4f}"
    assert lines[1] == f"neural model, step 1: NLL {run.globals['history'][0]:.4f}"
    assert lines[2] == f"neural model, step 200: NLL {neural_nll:.4f}"
    assert abs(neural_nll - exact_nll(CLOSED)) < 0.01  # about the same loss ...
    assert mle < neural_nll  # ... never below the maximum likelihood table
    distance = 0.5 * (neural_table.double() - CLOSED).abs().sum(1)  # total variation, per row
    rows = N.sum(1)
    assert distance[rows >= 800].max() < 0.03  # about the same table where the data is plentiful
    assert (distance * rows).sum() / rows.sum() < 0.02
    assert distance[stoi["q"]] > 0.1 and distance[stoi["x"]] > 0.1  # rare letters still differ


def test_its_samples_sound_name_like_but_are_mostly_not_names(example):
    run = example("bigram_language_model", "neural")
    assert run.globals["samples"][0] == run.globals["samples"][1]
    assert run.stdout.splitlines()[-1].endswith(str(run.globals["samples"][1]))
    g = torch.Generator().manual_seed(2147483647)
    drawn = [counts.sample(CLOSED.float(), g)[:-1] for _ in range(1000)]
    assert sum(w in set(WORDS) for w in drawn) / len(drawn) < 0.2


def _luminance(rgba) -> float:
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgba[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_heatmap_labels_every_cell_with_its_bigram_and_count_in_readable_text(example):
    run = example("bigram_language_model", "heatmap")
    ax = run.globals["ax"]
    image = ax.get_images()[0]
    labels = {}
    worst = math.inf
    for text in ax.texts:
        j, i = (round(v) for v in text.get_position())
        labels.setdefault((i, j), []).append(text.get_text())
        cell = image.cmap(image.norm(N[i, j].item()))
        darker, lighter = sorted([_luminance(cell), _luminance(matplotlib.colors.to_rgba(text.get_color()))])
        worst = min(worst, (lighter + 0.05) / (darker + 0.05))
    assert worst >= 4.5, f"text/cell contrast ratio {worst:.2f} is below WCAG AA (4.5)"
    assert labels == {(i, j): [itos[i] + itos[j], str(N[i, j].item())] for i in range(27) for j in range(27)}
    # not pure black: the page turns black into its text colour (light in dark mode); the cells keep theirs
    assert "#000000" not in {matplotlib.colors.to_hex(t.get_color()) for t in ax.texts}
