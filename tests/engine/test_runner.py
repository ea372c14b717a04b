"""An example runs as a reader's fresh `python` runs it, whatever ran before it in the build process.

The build, `glossary run` and the tests' `example` fixture all run regions through `runner.execute`.
"""

from __future__ import annotations  # this file's; the examples it runs must not inherit it

import subprocess
import sys

import pytest

from glossary_site import registry, runner, testing

PROBE = '''\
"""probe

A probe is a term whose regions look at the state an example starts from.
"""

ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
def scale(x: int, factor: float = 2.0) -> float:
    return x * factor


print(scale.__annotations__)
print(__name__)
# --8<-- [end:example]

# --8<-- [start:draws]
import random

import numpy as np

print(random.random(), random.randint(0, 10**9))
print(np.random.rand(), np.random.randint(10**9))
# --8<-- [end:draws]

# --8<-- [start:torch_draws]
import torch

print(torch.rand(3))
print(torch.randint(10**6, (3,)))
print(torch.initial_seed())
# --8<-- [end:torch_draws]

# --8<-- [start:state]
import matplotlib.pyplot as plt
import numpy as np
import torch

print(torch.get_default_dtype(), torch.tensor([1 / 3]), np.array([1 / 3]), plt.get_fignums())
# --8<-- [end:state]

# --8<-- [start:meddler]
import random

import matplotlib.pyplot as plt
import numpy as np
import torch

random.seed(1)
random.random()
np.random.seed(1)
np.random.rand(5)
torch.manual_seed(1)
torch.rand(5)
torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=1)
np.set_printoptions(precision=2)
plt.figure()
plt.plot([1, 2, 3])
greeting = "left behind"
# --8<-- [end:meddler]

# --8<-- [start:threads]
import torch

x = torch.rand(100_000, generator=torch.Generator().manual_seed(0))
print(torch.get_num_threads(), x.sum().item())
# --8<-- [end:threads]

# --8<-- [start:leftover]
print("greeting" in globals())
# --8<-- [end:leftover]
'''


@pytest.fixture
def tiny(make_project) -> registry.Content:
    """The fixture project's content, with the probe term in its alpha section."""
    project = make_project()
    project.write("src/{package}/alpha/probe.py", PROBE)
    runner.use_content(project.content)
    return registry.discover(project.content)


@pytest.fixture
def term(tiny) -> registry.Term:
    return tiny.terms["probe"]


@pytest.fixture
def probe(term, tiny, execute):
    """probe(region) -> runner.Result: the region of the probe term, run as the build runs it."""
    return lambda region, **options: execute(term, term.regions[region], tiny, **options)


def test_annotations_are_evaluated_and_the_example_runs_as_main(probe):
    # A `from __future__ import annotations` in the engine (or here) would make them strings.
    assert probe("example").stdout == (
        "{'x': <class 'int'>, 'factor': <class 'float'>, 'return': <class 'float'>}\n__main__\n")


def test_unseeded_draws_do_not_depend_on_what_ran_before(probe):
    alone = probe("draws").stdout
    probe("meddler")  # seeds and draws from random, numpy and torch
    after = probe("draws").stdout
    probe("draws")
    assert probe("draws").stdout == after == alone


FIRST_IMPORT = """
import sys
from glossary_site import registry, runner

content = registry.discover(sys.argv[1])
term = content.terms["probe"]
for name in ("torch_draws", "state"):  # torch is imported by the first example that uses it
    print(runner.execute(term, term.regions[name], content).stdout, end="")
import torch

torch.manual_seed(runner.TORCH_FRESH_SEED)
exec(term.regions["torch_draws"].code, {"__name__": "__main__"})
"""


def test_torch_starts_from_a_fresh_generator_and_fresh_defaults(probe, tiny, clean_env):
    """torch 2.13 seeds each new interpreter at random (so examples must seed; the contract says so).
    The build seeds every example with TORCH_FRESH_SEED, even the first to import torch: unseeded draws
    are those of a generator seeded so, whatever ran before; dtype, print options and figures are fresh."""
    first = subprocess.run([sys.executable, "-c", FIRST_IMPORT, str(tiny.root)], capture_output=True, text=True,
                           timeout=120, env=clean_env)
    assert first.returncode == 0, first.stderr
    probe("torch_draws")
    probe("meddler")  # draws, seeds, changes the default dtype and print options, leaves a figure open
    draws, state = probe("torch_draws").stdout, probe("state").stdout
    assert first.stdout == draws + state + draws
    assert state == "torch.float32 tensor([0.3333]) [0.33333333] []\n"  # as in a fresh interpreter


def test_globals_and_figures_belong_to_one_example(probe):
    meddler = probe("meddler")
    assert len(meddler.figures) == 1  # the figure it left open is its own ...
    assert meddler.globals["greeting"] == "left behind"
    assert probe("leftover").stdout == "False\n"  # ... and nothing of it reaches the next example
    assert probe("state").stdout.rstrip().endswith("[]")


def test_print_options_and_default_dtype_are_restored_for_the_caller(probe):
    import numpy as np
    import torch

    before = (np.get_printoptions(), torch.get_default_dtype())
    probe("meddler")
    assert (np.get_printoptions(), torch.get_default_dtype()) == before



def test_the_page_is_made_on_one_torch_thread_and_the_tests_run_it_again_on_several(probe):
    """A float32 sum split over threads rounds differently: the tests' run shows what a learner's would."""
    import torch

    before = torch.get_num_threads()
    page = probe("threads").stdout
    again = probe("threads", threads=testing.LEARNER_THREADS).stdout
    assert page.split()[0] == "1" and again.split()[0] == str(testing.LEARNER_THREADS) != "1"
    assert page.split()[1] != again.split()[1]  # what the `example` fixture would report for such a page
    assert torch.get_num_threads() == before
