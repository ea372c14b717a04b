"""The word-list command, `python -m glossary_examples.makemore [FILE]`, driven as a learner runs it."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import torch

from conftest import ROOT
from glossary_examples.makemore import counts
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.wordlist import main

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "glossary_examples.makemore", *args],
                          capture_output=True, text=True, env=ENV, timeout=300)


def report(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()
    fields = dict(line.split(": ", 1) for line in lines[:5])
    fields["samples"] = lines[6:]
    return fields


def expected_nll(words: list[str], k: float) -> float:
    """Average NLL of the add-k bigram table, computed with Counter and math.log."""
    pairs = [pair for w in words for pair in zip("." + w, w + ".")]
    pair_counts, row_counts = Counter(pairs), Counter(a for a, _ in pairs)
    return -sum(math.log((pair_counts[a, b] + k) / (row_counts[a] + 27 * k)) for a, b in pairs) / len(pairs)


@pytest.fixture
def word_file(tmp_path):
    def write(text: str | bytes, name: str = "words.txt") -> Path:
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return path
    return write


def test_default_corpus_report():
    done = run()
    assert done.returncode == 0, done.stderr
    fields = report(done.stdout)
    words = load_names()
    assert fields["corpus"].startswith("1990 US census first names")
    assert fields["words"] == "5163" and fields["bigrams"] == "36122"
    assert fields["average NLL without smoothing"] == f"{expected_nll(words, 0):.4f}" == "2.3346"
    assert fields["average NLL with +1 smoothing"] == f"{expected_nll(words, 1):.4f}" == "2.3423"
    assert fields["samples"] == ["cexze.", "loma.", "mikica.", "karha.", "vinimitta."]


def test_a_word_file_is_lower_cased_and_blank_lines_are_skipped(word_file):
    path = word_file("Emma\n  olivia \n\nAVA\r\nisabella\nsophia\n\n")
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    fields = report(done.stdout)
    words = ["emma", "olivia", "ava", "isabella", "sophia"]
    assert fields["corpus"] == str(path)
    assert fields["words"] == "5" and fields["bigrams"] == "32"
    nll = float(fields["average NLL without smoothing"])
    assert math.isfinite(nll) and nll == pytest.approx(expected_nll(words, 0), abs=5e-5)
    assert float(fields["average NLL with +1 smoothing"]) == pytest.approx(expected_nll(words, 1), abs=5e-5)
    P = counts.probabilities(counts.count_matrix(words), k=1)
    g = torch.Generator().manual_seed(2147483647)
    assert fields["samples"] == [counts.sample(P, g) for _ in range(5)]


def test_duplicates_are_counted_like_any_line(word_file):
    fields = report(run(str(word_file("ava\nava\nemma\n"))).stdout)
    assert fields["words"] == "3" and fields["bigrams"] == "13"


def test_help():
    done = run("--help")
    assert done.returncode == 0
    assert "FILE" in done.stdout and "names.txt" in done.stdout and "2147483647" in done.stdout


@pytest.mark.parametrize("text, expected", [
    ("emma\nmary-jane\n", "words.txt:2: character '-' (column 5) is not a letter a-z"),
    ("emma\n  mary ann\n", "words.txt:2: character ' ' (column 7) is not a letter a-z"),
    ("zoë\n", "words.txt:1: character 'ë' (column 3) is not a letter a-z"),
    ("emma\nava2\n", "words.txt:2: character '2' (column 4) is not a letter a-z"),
    ("", "words.txt: no words (the file is empty or blank)"),
    ("\n  \n\n", "words.txt: no words (the file is empty or blank)"),
    (b"emma\n\xff\xfe\n", "words.txt: not UTF-8 text (byte 5)"),
])
def test_bad_word_lists_fail_with_one_line_naming_the_file(word_file, text, expected):
    path = word_file(text)
    done = run(str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(path.parent / expected) in done.stderr


def test_missing_file_and_directory(tmp_path):
    for target, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "is a directory")):
        done = run(str(target))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert f"{target}: {message}" in done.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(word_file):
    path = word_file("emma\n")
    path.chmod(0)
    done = run(str(path))
    assert done.returncode == 2 and f"{path}: permission denied" in done.stderr


def test_unreadable_file_message_without_permissions(word_file, monkeypatch, capsys):
    path = word_file("emma\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_text", refuse)
    assert main([str(path)]) == 2
    assert capsys.readouterr().err.strip().endswith(f"{path}: permission denied")


def test_main_is_importable_and_returns_an_exit_status(word_file, capsys):
    assert main([str(word_file("emma\nava\n"))], prog="glossary bigram") == 0
    assert "words: 2" in capsys.readouterr().out
    assert main([str(word_file("?\n", "bad.txt"))], prog="glossary bigram") == 2
    assert capsys.readouterr().err.startswith("glossary bigram: error: ")
