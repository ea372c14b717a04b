"""bigram: the page's claims, checked."""

from collections import Counter

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore.counts import bigrams, count_matrix
from glossary_examples.makemore.data import itos, load_names

WORDS = load_names()
TOY = ["emma", "olivia", "ava", "isabella", "sophia"]


def run_region(name: str) -> dict:
    return region_globals("bigram", name)


def corpus_counts(words):
    counts = Counter()
    for w in words:
        chs = ["."] + list(w) + ["."]
        counts.update(zip(chs, chs[1:]))
    return counts


def test_padded_word_has_l_plus_1_bigrams_unpadded_l_minus_1():
    chs = ["."] + list("emma") + ["."]
    assert list(zip(chs, chs[1:])) == [(".", "e"), ("e", "m"), ("m", "m"), ("m", "a"), ("a", ".")]
    assert list(zip("emma", "emma"[1:])) == [("e", "m"), ("m", "m"), ("m", "a")]
    for w in WORDS:
        assert len(bigrams(w)) == len(w) + 1
        assert len(list(zip(w, w[1:]))) == len(w) - 1


def test_padding_records_the_start_and_the_end():
    pairs = bigrams("emma")
    assert pairs[0] == (".", "e") and pairs[-1] == ("a", ".")
    assert not any("." in pair for pair in zip("emma", "emma"[1:]))


def test_toy_corpus_total_is_the_sum_of_len_plus_1():
    assert sum(corpus_counts(TOY).values()) == sum(len(w) + 1 for w in TOY) == 32


def test_census_numbers_on_the_page():
    counts = corpus_counts(WORDS)
    assert len(WORDS) == len(set(WORDS)) == 5163 and all(w == w.lower() for w in WORDS)
    assert sum(counts.values()) == sum(len(w) + 1 for w in WORDS) == 36122
    assert len(counts) == 450
    assert counts.most_common(5) == [(("a", "."), 1758), (("e", "."), 1116), (("a", "n"), 771),
                                     (("e", "l"), 615), (("a", "r"), 612)]


def test_counter_agrees_with_the_count_matrix():
    counts = corpus_counts(WORDS)
    N = count_matrix(WORDS)
    assert {(itos[i], itos[j]): N[i, j].item() for i in range(27) for j in range(27) if N[i, j]} == dict(counts)
    assert int((N > 0).sum()) == len(counts)


def test_example_region_prints_the_census_numbers(capsys):
    run_region("example")
    out = capsys.readouterr().out
    assert "bigrams: 36122\nsum of (len + 1): 36122" in out
    assert "distinct bigrams: 450 of 729 possible" in out


def test_figure_shows_the_top_20_in_order():
    plt.close("all")
    run_region("figure")
    ax = plt.gcf().axes[0]
    top = corpus_counts(WORDS).most_common(20)
    assert [bar.get_width() for bar in ax.patches][::-1] == [n for _, n in top]
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == [a + b for (a, b), _ in top]
    assert ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")
