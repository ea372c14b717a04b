"""The GPT walkthrough notebook: built from the glossary's modules, linking real terms, and true to its text."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import jupytext

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "docs" / "walkthroughs" / "gpt_from_scratch.py"
LINK = re.compile(r"\]\(\.\./\.\./(?P<section>[a-z]+)/(?P<slug>[a-z_]+)/\)")


def cells(kind):
    return [c.source for c in jupytext.read(NOTEBOOK).cells if c.cell_type == kind]


def test_a_percent_notebook_titled_gpt_from_scratch():
    assert cells("markdown")[0].startswith("# GPT from scratch")
    assert len(cells("code")) >= 10


def test_it_imports_the_model_instead_of_copying_it():
    code = "\n".join(cells("code"))
    assert "from glossary_examples.gpt.model import" in code and "from glossary_examples.gpt.data import" in code
    assert not re.search(r"^\s*class ", code, re.M)  # Head, Block, the models: all imported
    defined = {node.name for node in ast.walk(ast.parse(code)) if isinstance(node, ast.FunctionDef)}
    assert defined == {"estimate_loss", "train"}  # only the training loop is written out here


def test_every_term_link_is_a_term_of_that_section_and_all_gpt_terms_are_linked(terms):
    links = [m.groupdict() for m in LINK.finditer("\n".join(cells("markdown")))]
    for link in links:
        assert link["slug"] in terms, link
        assert terms[link["slug"]].section == link["section"], link
    gpt_terms = {slug for slug, term in terms.items() if term.section == "gpt"}
    assert gpt_terms - {"scaled_dot_product_attention"} <= {link["slug"] for link in links}


def test_the_lectures_model_size_quoted_in_the_introduction():
    from glossary_examples.gpt.model import GPTLanguageModel

    lecture = GPTLanguageModel(65, block_size=256, n_embd=384, n_head=6, n_layer=6)  # its gpt.py settings
    assert round(sum(p.numel() for p in lecture.parameters()) / 1e6, 1) == 10.8
    assert "10.8 million parameters" in " ".join(cells("markdown")[0].split())


def test_it_runs_and_the_gpt_beats_the_bigram_baseline():
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, str(NOTEBOOK)], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    losses = {name: ast.literal_eval(line.split(":", 1)[1].strip())
              for line in done.stdout.splitlines() for name in ("bigram", "GPT") if line.startswith(name + ":")}
    assert losses["GPT"]["val"] < losses["bigram"]["val"] and losses["GPT"]["train"] < losses["bigram"]["train"]
    untrained, uniform = (float(v) for v in re.search(r"loss (\S+), uniform (\S+)", done.stdout).groups())
    assert untrained > uniform  # "worse than a uniform guess" before training
    steps = re.findall(r"^step (\d+): loss", done.stdout, re.M)
    assert steps.count("299") == 2  # both models: 300 steps
    parameters = int(re.search(r"^(\d+) parameters$", done.stdout, re.M).group(1))
    assert round(parameters, -3) == 32_000  # "about 32,000 parameters"
