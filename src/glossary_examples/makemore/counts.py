"""The counting bigram model: count every bigram, add k to each count, normalise the rows.

The same steps as the lecture (makemore, part 1), as small functions the terms and the
word-list command share. Every function takes words of the letters a-z.
"""

import torch

from .data import BOUNDARY, itos, stoi

V = len(itos)  # 27 symbols: '.' and a-z


def bigrams(word: str) -> list[tuple[str, str]]:
    """The word's bigrams, with '.' before and after it: a word of length L has L + 1."""
    chs = [BOUNDARY] + list(word) + [BOUNDARY]
    return list(zip(chs, chs[1:]))


def encode(words: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """All bigrams as two index tensors: xs (current symbol) and ys (next symbol)."""
    pairs = [(stoi[a], stoi[b]) for w in words for a, b in bigrams(w)]
    xs, ys = zip(*pairs)
    return torch.tensor(xs), torch.tensor(ys)


def count_matrix(words: list[str]) -> torch.Tensor:
    """N[i, j] = how often symbol j follows symbol i (a 27x27 int32 tensor)."""
    N = torch.zeros((V, V), dtype=torch.int32)
    for w in words:
        for a, b in bigrams(w):
            N[stoi[a], stoi[b]] += 1
    return N


def probabilities(N: torch.Tensor, k: float = 0) -> torch.Tensor:
    """P[i, j] = P(next = j | current = i): add k to every count, then divide each row by its sum."""
    P = (N + k).float()
    P /= P.sum(1, keepdim=True)
    return P


def average_nll(P: torch.Tensor, xs: torch.Tensor, ys: torch.Tensor) -> float:
    """Average negative log likelihood of the bigrams (xs[i], ys[i]) under the table P."""
    return -P[xs, ys].log().mean().item()


def sample(P: torch.Tensor, generator: torch.Generator) -> str:
    """One word, drawn symbol by symbol from P, starting after '.' and ending with '.'."""
    out = []
    ix = 0
    while True:
        p = P[ix]
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=generator).item()
        out.append(itos[ix])
        if ix == 0:
            return "".join(out)
