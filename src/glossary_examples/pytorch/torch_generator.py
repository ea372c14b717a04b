r"""torch.Generator

A torch.Generator is a random number generator with its own state: seed it, pass it to sampling functions as generator=g, and the random numbers are reproducible.

Every random function in PyTorch (`torch.rand`, `torch.randn`, `torch.multinomial`, ...)
draws from a generator. Without `generator=` it uses the global one, which
`torch.manual_seed` seeds and which any other code may also be drawing from. A
generator of your own is separate: only the calls you pass it to use and advance its
state.

`g.manual_seed(seed)` resets the state and returns the generator itself, so creating and
seeding fit on one line, as in makemore:
`g = torch.Generator().manual_seed(2147483647)`. From the same seed the same sequence
follows. Each draw moves the state on, so two successive calls give different numbers,
and reseeding starts the sequence over. `g.initial_seed()` reports the seed;
`g.get_state()` and `g.set_state(state)` save and restore a position in the sequence.

>>> import torch
>>> g = torch.Generator()
>>> g.manual_seed(2147483647) is g
True
>>> g.initial_seed()
2147483647
>>> a = torch.rand(3, generator=torch.Generator().manual_seed(2147483647))
>>> b = torch.rand(3, generator=torch.Generator().manual_seed(2147483647))
>>> torch.equal(a, b)
True
"""

ALIASES = ("generator", "Generator.manual_seed")
SEE_ALSO = ("torch_rand", "torch_multinomial", "sampling")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.Generator.html"

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed(2147483647)  # manual_seed returns g itself
print("seed:", g.initial_seed())
print("first draw: ", torch.rand(3, generator=g))
print("second draw:", torch.rand(3, generator=g))  # the state has moved on

g.manual_seed(2147483647)  # reseed: the sequence starts over
print("after reseed:", torch.rand(3, generator=g))
# --8<-- [end:example]

# --8<-- [start:own_state]
import torch

g = torch.Generator().manual_seed(2147483647)
state = g.get_state()  # remember this position
first = torch.rand(3, generator=g)

g.set_state(state)  # go back to it
torch.manual_seed(0)
torch.rand(1000)  # draws from the global generator ...
again = torch.rand(3, generator=g)  # ... leave g alone
print("same numbers:", torch.equal(first, again))
# --8<-- [end:own_state]
