"""`glossary bigram FILE` is the word-list command of the makemore section, under the glossary command."""

import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, timeout=300)


def test_same_report_as_the_makemore_module(tmp_path):
    words = tmp_path / "names.txt"
    words.write_text("emma\nolivia\nava\nisabella\nsophia\n")
    via_glossary = run("glossary_examples._cli", "bigram", str(words))
    via_module = run("glossary_examples.makemore", str(words))
    assert via_glossary.returncode == via_module.returncode == 0
    assert via_glossary.stdout == via_module.stdout
    assert "words: 5\nbigrams: 32\n" in via_glossary.stdout


def test_bad_file_is_one_clear_line_and_exit_2(tmp_path):
    done = run("glossary_examples._cli", "bigram", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"glossary bigram: error: {tmp_path / 'missing.txt'}: no such file"]


def test_help_is_the_commands_own():
    done = run("glossary_examples._cli", "bigram", "--help")
    assert done.returncode == 0 and done.stdout.startswith("usage: glossary bigram [-h] [FILE]")


def test_readme_quotes_the_default_corpus_numbers_the_command_prints():
    from conftest import ROOT

    out = run("glossary_examples._cli", "bigram").stdout
    words, bigrams = (int(line.split(": ")[1]) for line in out.splitlines()[1:3])
    losses = [line.rsplit(": ", 1)[1] for line in out.splitlines() if line.startswith("average NLL")]
    readme = (ROOT / "README.md").read_text()
    assert f"{words:,} names, {bigrams:,} bigrams" in readme
    assert f"{losses[0]} without" in readme and f"{losses[1]} with +1 smoothing" in readme
