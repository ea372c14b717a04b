"""`glossary bpe [FILE] [--vocab-size N] [--encode TEXT]`: train, report, encode and decode; bad input exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from glossary_examples.tokenizer import bpe
from glossary_examples.tokenizer.command import main
from glossary_examples.tokenizer.command import show as bpe_show
from glossary_examples.tokenizer.corpus import load_text
from glossary_site import cli

SRC = Path(__file__).resolve().parents[2] / "src"
TEXT = "The quick brown fox jumps over the lazy dog. " * 40 + "Ünïcödé 🙂 is fine too.\n"


def report(out: str) -> dict:
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def test_trains_on_a_file_and_reports_what_it_did(tmp_path, capsys):
    path = tmp_path / "input.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["bpe", str(path), "--vocab-size", "300", "--encode", "the lazy fox 🙂"]) == 0
    captured = capsys.readouterr()
    lines = report(captured.out)
    merges = bpe.train(TEXT, 300, bpe.GPT2_SPLIT_PATTERN)
    ids = bpe.encode(TEXT, merges, bpe.GPT2_SPLIT_PATTERN)
    n_bytes = len(TEXT.encode("utf-8"))
    assert lines["corpus"] == str(path)
    assert lines["size"] == f"{len(TEXT):,} characters, {n_bytes:,} bytes of UTF-8"
    assert lines["merges"] == f"{len(merges)} (vocabulary size {256 + len(merges)})"
    assert lines["tokens"] == f"{len(ids):,}"
    assert lines["compression ratio"] == f"{n_bytes / len(ids):.2f} bytes per token"
    encoded = bpe.encode("the lazy fox 🙂", merges, bpe.GPT2_SPLIT_PATTERN)
    assert lines["ids"] == str(encoded)
    table = bpe.vocab(merges)
    assert lines["pieces"] == " ".join(bpe_show(table[i]) for i in encoded)
    assert lines["decode"] == "'the lazy fox 🙂' (round trip: True)"
    assert "merges" in captured.err and "100%" in captured.err  # the tqdm bar, on stderr


def test_tokens_show_text_or_the_bytes_of_a_cut_character():
    from glossary_examples.tokenizer.command import show

    assert show(b" fox") == "' fox'"
    assert show("🙂".encode("utf-8")[:2]) == r"b'\xf0\x9f'"


def test_a_small_text_stops_with_fewer_merges_than_asked(tmp_path, capsys):
    path = tmp_path / "tiny.txt"
    path.write_text("ab", encoding="utf-8")  # one pair: one merge, then nothing to merge
    assert main([str(path), "--vocab-size", "1000"]) == 0
    assert report(capsys.readouterr().out)["merges"] == "1 (vocabulary size 257)"


def test_default_corpus_and_vocab_size(capsys):
    assert main([]) == 0
    lines = report(capsys.readouterr().out)
    text = load_text()
    assert lines["corpus"].endswith("(pydoc_data.topics)")
    assert lines["merges"] == "256 (vocabulary size 512)"
    ratio = float(lines["compression ratio"].split()[0])
    tokens = int(lines["tokens"].replace(",", ""))
    assert ratio > 2 and abs(len(text.encode("utf-8")) / tokens - ratio) <= 0.005
    assert lines["decode"].endswith("(round trip: True)")


def test_readme_quotes_the_ratio_the_command_prints(content, capsys):
    assert main([]) == 0
    ratio = report(capsys.readouterr().out)["compression ratio"].split()[0]
    readme = (content.root.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The MLP, the GPT and the tokenizer on your own data")[1].split("\n## ")[0]
    assert f"compresses the help pages to {ratio} bytes per token" in " ".join(section.split())


@pytest.mark.parametrize("name, data, message", [
    ("missing.txt", None, "{path}: no such file"),
    ("empty.txt", b"", "{path}: the file is empty"),
    ("latin1.txt", "line one\ncaf\u00e9\n".encode("latin-1"), "{path}:2:4: not UTF-8 (byte 0xe9: invalid continuation byte)"),
])
def test_bad_file_is_one_line_naming_it_and_exit_2(tmp_path, capsys, name, data, message):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    assert cli.main(["bpe", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"glossary bpe: error: {message.format(path=path)}"]


def test_vocab_size_below_256_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--vocab-size", "100"])
    assert done.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "glossary bpe: error: --vocab-size must be at least 256 (one id per byte), not 100"


def test_help_and_the_module_form():
    run = [sys.executable, "-m", "glossary_examples.tokenizer", "--help"]
    done = subprocess.run(run, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 0
    usage = " ".join(done.stdout.split("\n\n")[0].split())
    assert usage == "usage: python -m glossary_examples.tokenizer [-h] [--vocab-size N] [--encode TEXT] [FILE]"
