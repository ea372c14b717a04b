"""The micrograd walkthrough notebook: it runs, uses the glossary's engine, links to real terms, and is on the site."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import jupytext
from bs4 import BeautifulSoup

from conftest import ROOT
from glossary_examples import _registry

NOTEBOOK = ROOT / "docs" / "walkthroughs" / "micrograd_from_scratch.py"
# Terms the notebook links to that other branches add (slug -> section, from the project's master list).
ELSEWHERE = {"neuron": "micrograd", "weight": "micrograd", "bias": "micrograd", "activation_function": "micrograd",
             "tanh": "micrograd", "pytorch": "micrograd", "layer": "micrograd", "mlp": "micrograd",
             "ground_truth": "micrograd", "prediction": "micrograd", "loss": "micrograd",
             "gradient_descent": "makemore"}


def test_it_is_a_percent_notebook_titled_micrograd_from_scratch():
    nb = jupytext.read(NOTEBOOK)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# Micrograd from scratch")
    assert sum(c.cell_type == "code" for c in nb.cells) >= 10


def test_it_imports_the_engine_instead_of_copying_it():
    source = NOTEBOOK.read_text(encoding="utf-8")
    assert "from glossary_examples.micrograd import MLP, Value" in source
    assert "from glossary_examples.micrograd.graph import draw_graph" in source
    assert not re.search(r"^\s*class (Value|Neuron|Layer|MLP)\b", source, re.M)
    assert not re.search(r"^\s*def (_backward|backward|draw_dot)\b", source, re.M)


def test_every_term_link_points_at_its_section():
    terms = _registry.discover()
    links = re.findall(r"\]\(\.\./\.\./(\w+)/(\w+)/\)", NOTEBOOK.read_text(encoding="utf-8"))
    assert len(links) >= 20
    for section, slug in links:
        expected = terms[slug].section if slug in terms else ELSEWHERE.get(slug)
        assert expected == section, f"../../{section}/{slug}/ is not a glossary page"
    mine = {"gradient", "chain_rule", "computational_graph", "backpropagation", "forward_pass", "backward_pass",
            "zero_grad", "learning_rate"}
    assert mine <= {slug for _, slug in links}


def test_it_runs_as_a_plain_script_and_ends_with_the_trained_predictions():
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, str(NOTEBOOK)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "final loss: 0.0535"
    assert [line.split("prediction")[1].strip() for line in lines[-5:-1]] == ["0.8678", "-0.9786", "-0.8655", "0.8676"]


def test_the_executed_notebook_is_on_the_site_with_its_outputs(site):
    page = site / "walkthroughs" / "micrograd_from_scratch" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.title.get_text().startswith("Micrograd from scratch")
    text = soup.get_text()
    assert "final loss: 0.0535" in text and "Traceback" not in text
    assert len(soup.select("img[src^='data:image/png']")) == 5  # f(x), the graph twice, the neuron, the loss curve
