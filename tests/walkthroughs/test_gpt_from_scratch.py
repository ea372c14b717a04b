"""The GPT walkthrough notebook: built from the glossary's modules, linking real terms, and true to its text."""

import ast
import re

import nbformat
from walkthrough import cells

def test_the_lectures_model_size_quoted_in_the_introduction():
    from glossary_examples.gpt.model import GPTLanguageModel

    lecture = GPTLanguageModel(65, block_size=256, n_embd=384, n_head=6, n_layer=6)  # its gpt.py settings
    assert round(sum(p.numel() for p in lecture.parameters()) / 1e6, 1) == 10.8
    assert "10.8 million parameters" in " ".join(cells("gpt_from_scratch", "markdown")[0].split())


def test_the_gpt_beats_the_bigram_baseline_as_the_executed_notebook_printed(site):
    executed = nbformat.read(str(site / "walkthroughs" / "gpt_from_scratch.ipynb"), as_version=4)
    stdout = "".join(o["text"] for c in executed.cells if c.cell_type == "code"
                     for o in c.outputs if o.output_type == "stream" and o.name == "stdout")
    losses = {name: ast.literal_eval(line.split(":", 1)[1].strip())
              for line in stdout.splitlines() for name in ("bigram", "GPT") if line.startswith(name + ":")}
    assert losses["GPT"]["val"] < losses["bigram"]["val"] and losses["GPT"]["train"] < losses["bigram"]["train"]
    untrained, uniform = (float(v) for v in re.search(r"loss (\S+), uniform (\S+)", stdout).groups())
    assert untrained > uniform  # "worse than a uniform guess" before training
    steps = re.findall(r"^step (\d+): loss", stdout, re.M)
    assert steps.count("299") == 2  # both models: 300 steps
    parameters = int(re.search(r"^(\d+) parameters$", stdout, re.M).group(1))
    assert round(parameters, -3) == 32_000  # "about 32,000 parameters"
