r"""sampling

Sampling generates text from a language model one token at a time: draw the next token at random from the model's predicted distribution, append it to the context, and repeat until the end token comes up.

Each new token depends on the ones drawn before it, which is why this is called
*autoregressive* generation. In a bigram model the context is just the last token:
start at the boundary token `.` (index 0), draw the next index from row `P[ix]` of the
probability table with `torch.multinomial`, and stop when the draw is `.` again. The
draw is random, so the same model can give a different word each time; seeding a
`torch.Generator` makes the sequence of draws, and so the words, reproducible on the same
PyTorch version and platform (PyTorch does not promise the same draws across releases).

Sampling follows the model's probabilities: a character with probability 0.3 comes up
about 30% of the time. Always taking the single most likely character instead
(greedy decoding, `argmax`) has no randomness left: it produces the same word every
time, and for the census table that word is `ma.` (on a table whose most likely
characters form a loop that never reaches `.`, it would never stop). The samples show what the model has
learnt: from a uniform table they are random strings, from the census bigram table they
sound like names but are mostly not names.

The samples here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline), because the lecture's
`names.txt` (32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` samples five names with the lecture's seed.

>>> import torch
>>> g = torch.Generator().manual_seed(2147483647)
>>> P = torch.tensor([[0.0, 1.0], [1.0, 0.0]])  # '.' -> 'a' -> '.', always
>>> torch.multinomial(P[0], num_samples=1, replacement=True, generator=g).item()
1
>>> torch.multinomial(P[1], num_samples=1, replacement=True, generator=g).item()
0
"""

ALIASES = ("autoregressive generation", "autoregressive sampling", "generation", "text generation")
SEE_ALSO = ("bigram_language_model", "vocabulary", "torch_multinomial", "torch_generator", "multinomial")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.multinomial.html"

# --8<-- [start:example]
import torch

from glossary_examples.makemore.counts import count_matrix, probabilities
from glossary_examples.makemore.data import itos, load_names

P = probabilities(count_matrix(load_names()), k=1)  # census table, +1 smoothing
g = torch.Generator().manual_seed(2147483647)
for _ in range(5):
    out = []
    ix = 0  # start at the boundary token '.'
    while True:
        p = P[ix]  # P(next | current)
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(itos[ix])
        if ix == 0:  # drew '.': the word is over
            break
    print("".join(out))
# --8<-- [end:example]

# --8<-- [start:uniform]
import torch

from glossary_examples.makemore.counts import sample

P = torch.ones((27, 27)) / 27  # untrained: every next character equally likely
g = torch.Generator().manual_seed(2147483647)
print([sample(P, g) for _ in range(5)])
# --8<-- [end:uniform]

# --8<-- [start:pitfall]
from glossary_examples.makemore.counts import count_matrix, probabilities
from glossary_examples.makemore.data import itos, load_names

P = probabilities(count_matrix(load_names()), k=1)
words = []
for _ in range(5):
    out = []
    ix = 0
    while True:
        ix = P[ix].argmax().item()  # greedy: always the most likely next character
        out.append(itos[ix])
        if ix == 0:
            break
    words.append("".join(out))
print("greedy:", words)
# --8<-- [end:pitfall]
