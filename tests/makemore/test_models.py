"""The makemore helpers (counts.py, neural.py): each result checked a second way."""

from __future__ import annotations

import math
from collections import Counter

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.makemore import counts, neural
from glossary_examples.makemore.data import itos, load_names, stoi

WORDS = load_names()
XS, YS = counts.encode(WORDS)
N = counts.count_matrix(WORDS)


def test_the_census_lists_hold_4275_and_1219_names():
    from importlib.resources import files

    sizes = [sum(1 for line in files("names").joinpath(name).read_text().splitlines() if line.strip())
             for name in ("dist.female.first", "dist.male.first")]
    assert sizes == [4275, 1219]
    assert len(WORDS) < sum(sizes)  # names on both lists are kept once


def test_the_corpus_is_lower_case_distinct_census_names():
    assert len(WORDS) == len(set(WORDS)) == 5163
    assert all(w.isascii() and w.isalpha() and w.islower() for w in WORDS)
    assert WORDS[:3] == ["mary", "patricia", "linda"]  # the female list comes first


def test_a_word_of_length_l_gives_l_plus_1_bigrams():
    assert counts.bigrams("emma") == [(".", "e"), ("e", "m"), ("m", "m"), ("m", "a"), ("a", ".")]
    assert all(len(counts.bigrams(w)) == len(w) + 1 for w in WORDS)
    assert len(XS) == len(YS) == sum(len(w) + 1 for w in WORDS) == 36122


def test_count_matrix_matches_a_counter_and_a_bincount():
    assert N.dtype == torch.int32 and N.shape == (27, 27)
    counter = Counter(pair for w in WORDS for pair in counts.bigrams(w))
    by_counter = torch.zeros((27, 27), dtype=torch.int32)
    for (a, b), n in counter.items():
        by_counter[stoi[a], stoi[b]] = n
    assert torch.equal(N, by_counter)
    assert torch.equal(N, torch.bincount(XS * 27 + YS, minlength=729).view(27, 27).int())


@pytest.mark.parametrize("k", [0, 1, 0.5, 100])
def test_probabilities_are_the_closed_form_and_rows_sum_to_one(k):
    P = counts.probabilities(N, k)
    expected = (N.double() + k) / (N.double().sum(1, keepdim=True) + 27 * k)
    assert P.dtype == torch.float32
    assert torch.allclose(P.double(), expected, atol=1e-7)
    assert torch.allclose(P.sum(1), torch.ones(27))


def test_a_row_never_seen_is_nan_without_smoothing_and_uniform_with_it():
    N_small = counts.count_matrix(["ava"])  # 'z' never occurs
    assert torch.isnan(counts.probabilities(N_small)[stoi["z"]]).all()
    assert torch.equal(counts.probabilities(N_small, k=1)[stoi["z"]], torch.full((27,), 1 / 27))


def test_encode_gives_int64_indices_also_for_no_words():
    xs, ys = counts.encode([])
    assert xs.dtype == ys.dtype == torch.int64 and len(xs) == len(ys) == 0
    assert XS.dtype == torch.int64


def test_average_nll_is_the_exact_mean_of_minus_log_p_to_every_printed_digit():
    for k, printed in ((0, 2.3346), (1, 2.3423)):
        P = counts.probabilities(N, k)
        exact = -math.fsum(math.log(P[x, y].item()) for x, y in zip(XS.tolist(), YS.tolist())) / len(XS)
        assert counts.average_nll(P, XS, YS) == pytest.approx(exact, abs=1e-12)
        assert round(exact, 4) == printed


def test_sample_is_the_lecture_loop_and_is_deterministic():
    P = counts.probabilities(N, k=1)
    g = torch.Generator().manual_seed(2147483647)
    lecture = []
    for _ in range(5):  # the lecture's loop, written out
        out, ix = [], 0
        while True:
            ix = torch.multinomial(P[ix], num_samples=1, replacement=True, generator=g).item()
            out.append(itos[ix])
            if ix == 0:
                break
        lecture.append("".join(out))
    g = torch.Generator().manual_seed(2147483647)
    ours = [counts.sample(P, g) for _ in range(5)]
    assert ours == lecture == ["cexze.", "loma.", "mikica.", "karha.", "vinimitta."]


def test_neural_forward_is_softmax_of_the_rows_of_w():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(0))
    xenc = F.one_hot(XS[:100], num_classes=27).float()
    probs = neural.forward(W, xenc)
    assert torch.allclose(probs, F.softmax(W[XS[:100]], dim=1), atol=1e-6)
    assert torch.allclose(probs.sum(1), torch.ones(100))


def test_neural_training_lowers_the_loss_towards_the_count_model_and_repeats_exactly():
    words = WORDS[::10]  # a tenth of the names keeps this fast; the page trains on all of them
    xs, ys = counts.encode(words)
    threads = torch.get_num_threads()
    W, history = neural.train(xs, ys, steps=100, lr=50.0, reg=0.01)
    assert all(b < a for a, b in zip(history, history[1:]))  # plain gradient descent, small enough steps
    table = counts.count_matrix(words)
    mle = counts.average_nll(counts.probabilities(table), xs, ys)
    neural_nll = counts.average_nll(F.softmax(W, 1), xs, ys)
    assert mle < neural_nll < mle + 0.05  # close to, and never below, the maximum likelihood table
    W_again, history_again = neural.train(xs, ys, steps=100, lr=50.0, reg=0.01)
    assert torch.equal(W, W_again) and history == history_again  # seeded: calling twice repeats it
    assert torch.get_num_threads() == threads  # train() gives back the threads it borrowed

