"""`glossary bigram [FILE]`: the makemore section's word-list command, run through the glossary command."""

import os
import re
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def run(content):
    env = {**os.environ, "PYTHONPATH": str(content.root.parent)}  # this checkout's code

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, env=env, timeout=300)
    return run


@pytest.fixture(scope="module")
def default_report(run):
    done = run("glossary_site.cli", "bigram")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_same_report_as_the_makemore_module(run, tmp_path):
    words = tmp_path / "names.txt"
    words.write_text("emma\nolivia\nava\nisabella\nsophia\n")
    via_glossary = run("glossary_site.cli", "bigram", str(words))
    via_module = run("glossary_examples.makemore", str(words))
    assert via_glossary.returncode == via_module.returncode == 0, via_glossary.stderr + via_module.stderr
    assert via_glossary.stdout == via_module.stdout
    assert via_glossary.stdout.splitlines()[1:3] == ["words: 5", "bigrams: 32"]


@pytest.mark.parametrize("text, detail", [
    (None, "no such file"),
    ("", "no words (the file is empty or blank)"),
    ("emma\nmary-jane\n", "2:5: character '-' is not a letter a-z"),
])
def test_bad_file_is_one_line_naming_the_file_and_exit_status_2(run, tmp_path, text, detail):
    path = tmp_path / "words.txt"
    if text is not None:
        path.write_text(text)
    done = run("glossary_site.cli", "bigram", str(path))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"glossary bigram: error: {path}:")
    assert detail in lines[0]


def test_help_is_the_commands_own(run):
    done = run("glossary_site.cli", "bigram", "--help")
    assert done.returncode == 0 and done.stdout.startswith("usage: glossary bigram [-h] [FILE]")


def test_readme_quotes_the_numbers_the_command_prints(content, default_report):
    words, bigrams = (int(line.split(": ")[1]) for line in default_report.splitlines()[1:3])
    losses = re.findall(r"average NLL with(?:out| \+1) smoothing: (\d\.\d{4}) \(the lecture's loop: (\d\.\d{4})\)",
                        default_report)
    assert len(losses) == 2
    readme = (content.root.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The bigram model on your own word list")[1].split("\n## ")[0]
    quoted = set(re.findall(r"\d[\d,.]*\d", section))  # every number the section quotes
    assert {f"{words:,}", f"{bigrams:,}"} <= quoted
    assert {value for pair in losses for value in pair} <= quoted
