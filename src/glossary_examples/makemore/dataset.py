"""The datasets of makemore parts 2-5: context windows of block_size characters -> next
character.

`build_dataset` is the lecture's function without its print. `split_words` shuffles and
cuts the word list 80/10/10 as the lecture does (`random.seed(42);
random.shuffle(words)`), but with its own `random.Random(seed)`, so it leaves Python's
global random state alone and does not reorder the caller's list; the order it produces
is the lecture's.
"""

import random

import torch

from glossary_examples.makemore.data import stoi


def build_dataset(words, block_size=3):
    """X: (n, block_size) indices of the previous characters ('.' = 0 before the start);
    Y: (n,) the next."""
    X, Y = [], []
    for w in words:
        context = [0] * block_size
        for ch in w + ".":
            ix = stoi[ch]
            X.append(context)
            Y.append(ix)
            context = context[1:] + [ix]  # crop and append: the window slides by one
    return (torch.tensor(X, dtype=torch.long).view(len(X), block_size),
            torch.tensor(Y, dtype=torch.long))


def split_words(words, seed=42):
    """(train, dev, test): the words shuffled with random.Random(seed), cut at 80% and
    90%."""
    words = list(words)
    random.Random(seed).shuffle(words)
    n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
    return words[:n1], words[n1:n2], words[n2:]
