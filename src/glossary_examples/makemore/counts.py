"""The counting bigram model: count every bigram, add k to each count, normalise the
rows.

The same steps as the lecture (makemore, part 1), as small functions the terms and the
word-list command share. Every function takes words of the letters a-z.
"""

import torch

from glossary_examples.makemore.data import BOUNDARY, itos, stoi

V = len(itos)  # 27 symbols: '.' and a-z


def bigrams(word: str) -> list[tuple[str, str]]:
    """The word's bigrams, with '.' before and after it: a word of length L has L + 1.
    """
    chs = [BOUNDARY] + list(word) + [BOUNDARY]
    return list(zip(chs, chs[1:]))


def encode(words: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """All bigrams as two int64 index tensors: xs (current symbol) and ys (next symbol).
    """
    pairs = [(stoi[a], stoi[b]) for w in words for a, b in bigrams(w)]
    xs = [a for a, _ in pairs]
    ys = [b for _, b in pairs]
    return torch.tensor(xs, dtype=torch.long), torch.tensor(ys, dtype=torch.long)


def count_matrix(words: list[str]) -> torch.Tensor:
    """N[i, j] = how often symbol j follows symbol i (a 27x27 int32 tensor)."""
    N = torch.zeros((V, V), dtype=torch.int32)
    for w in words:
        for a, b in bigrams(w):
            N[stoi[a], stoi[b]] += 1
    return N


def probabilities(N: torch.Tensor, k: float = 0) -> torch.Tensor:
    """P[i, j] = P(next = j | current = i): add k to every count, then divide each row
    by its sum.

    float32, as in the lecture. With k = 0, a row whose symbol never occurs is 0 / 0
    (nan).
    """
    P = (N + k).float()
    P /= P.sum(1, keepdim=True)
    return P


def average_nll(P: torch.Tensor, xs: torch.Tensor, ys: torch.Tensor) -> float:
    """Average negative log likelihood of the bigrams (xs[i], ys[i]) under the table P.

    The log-probabilities are taken and averaged in float64, so every printed digit is
    right.
    """
    return -P[xs, ys].double().log().mean().item()


def lecture_loop_nll(P: torch.Tensor, xs: torch.Tensor, ys: torch.Tensor) -> float:
    """The same average, computed as the lecture's loop does: one bigram at a time.

    `log_likelihood += torch.log(P[ix1, ix2])` makes the running sum a float32 tensor,
    and every addition rounds it to float32, so the result can differ in the 4th
    decimal.
    """
    log_likelihood = 0.0
    for ix1, ix2 in zip(xs.tolist(), ys.tolist()):
        log_likelihood += torch.log(P[ix1, ix2])
    nll = -log_likelihood
    return (nll / len(xs)).item()


def sample(P: torch.Tensor, generator: torch.Generator) -> str:
    """One word, drawn symbol by symbol from P, starting after '.' and ending with '.'.
    """
    out = []
    ix = 0
    while True:
        p = P[ix]
        ix = torch.multinomial(
            p, num_samples=1, replacement=True, generator=generator
        ).item()
        out.append(itos[ix])
        if ix == 0:
            return "".join(out)
