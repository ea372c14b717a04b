"""bigram: the page's claims, checked; the corpus numbers recounted with the count matrix instead of Counter."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.counts import bigrams, count_matrix
from glossary_examples.makemore.data import LETTERS, itos, load_names

WORDS = load_names()


def printed(stdout: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in stdout.splitlines())


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(LETTERS, max_size=20))
def test_padding_gives_l_plus_1_bigrams_and_records_start_and_end(word):
    pairs = bigrams(word)
    assert len(pairs) == len(word) + 1  # also for the empty word: ('.', '.')
    assert pairs[0][0] == "." and pairs[-1][1] == "."
    unpadded = list(zip(word, word[1:]))
    assert len(unpadded) == max(len(word) - 1, 0)  # L - 1 only for L >= 1
    assert not any("." in pair for pair in unpadded)  # no start, no end


def test_the_example_counts_the_census_bigrams(example):
    out = printed(example("bigram").stdout)
    N = count_matrix(WORDS)  # a second count: the 27 x 27 table
    assert out["bigrams of emma"] == str(bigrams("emma"))
    assert int(out["words"]) == len(WORDS) == len(set(WORDS)) == 5163
    assert int(out["bigrams"]) == int(out["sum of (len + 1)"]) == N.sum().item() == 36122
    assert int(out["distinct bigrams"].split()[0]) == (N > 0).sum().item() == 450
    cells = sorted(((N[i, j].item(), itos[i], itos[j]) for i in range(27) for j in range(27)), reverse=True)
    assert out["most common"] == str([((a, b), n) for n, a, b in cells[:5]])  # no ties among the top 5
    assert cells[4][0] > cells[5][0]


def test_the_figure_shows_the_top_20_largest_at_the_top(example):
    run = example("bigram", "figure")
    ax = run.globals["ax"]
    N = count_matrix(WORDS)
    top = Counter({(itos[i], itos[j]): N[i, j].item() for i in range(27) for j in range(27)}).most_common(20)
    assert [bar.get_width() for bar in ax.patches][::-1] == [n for _, n in top]
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == [a + b for (a, b), _ in top]
    assert len(run.figures) == 1
