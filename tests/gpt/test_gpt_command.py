"""`glossary gpt [FILE] [--steps N] [--sample N]`: trains, reports, samples; bad files get one line and exit 2."""

import subprocess
import sys

import pytest

from glossary_examples.gpt import train

TEXT = "To be, or not to be, that is the question:\nWhether 'tis nobler in the mind to suffer\n" * 30


def glossary(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "glossary_site.cli", "gpt", *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def tiny(monkeypatch):
    """The command's code path with a model small enough for a test."""
    monkeypatch.setattr(train, "SIZES", dict(block_size=8, n_embd=8, n_head=2, n_layer=1, dropout=0.1))
    monkeypatch.setattr(train, "BATCH_SIZE", 4)
    monkeypatch.setattr(train, "EVAL_BATCHES", 2)


def test_trains_reports_and_samples_exactly_n_characters_of_the_files_vocabulary(tiny, tmp_path, capsys):
    path = tmp_path / "input.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert train.main([str(path), "--steps", "3", "--sample", "40", "--threads", "1"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"corpus: {path}: {len(TEXT):,} characters, {len(set(TEXT))} distinct"
    assert lines[2].startswith("trained 3 steps in ") and lines[2].endswith(" tokens/s")
    assert lines[3].startswith("train loss ") and "val loss" in lines[3]
    sample = out.split("sample (40 characters):\n", 1)[1]
    assert len(sample) == 40 + 1 and sample.endswith("\n")  # print's newline
    assert set(sample[:-1]) <= set(TEXT)
    assert "training" in err and "tokens_per_s=" in err and "loss=" in err  # the tqdm bar, on stderr


def test_the_same_seed_gives_the_same_report(tiny, tmp_path, capsys):
    path = tmp_path / "input.txt"
    path.write_text(TEXT, encoding="utf-8")
    reports = []
    for _ in range(2):
        train.main([str(path), "--steps", "2", "--sample", "30", "--threads", "1"])
        reports.append([line for line in capsys.readouterr().out.splitlines() if not line.startswith("trained")])
    assert reports[0] == reports[1]


def test_zero_steps_and_zero_sample_on_the_default_corpus(tiny, capsys):
    assert train.main(["--steps", "0", "--sample", "0", "--threads", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"corpus: {train.STDLIB}: ")
    assert "trained" not in out and "sample" not in out


@pytest.mark.parametrize("content, where, problem", [
    (b"ok line\nab\xffc\n", ":2:3:", "not UTF-8 (byte 0xff: invalid start byte)"),
    ("é".encode() + b"\xff", ":1:2:", "not UTF-8 (byte 0xff: invalid start byte)"),  # columns count characters
    (b"abc\xc3", ":1:4:", "not UTF-8 (byte 0xc3: unexpected end of data)"),  # a character cut short at the end
])
def test_not_utf8_names_file_line_and_column(tmp_path, capsys, content, where, problem):
    path = tmp_path / "latin1.txt"
    path.write_bytes(content)
    assert train.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"python -m glossary_examples.gpt: error: {path}{where}")
    assert problem in err


@pytest.mark.parametrize("name, message", [
    ("missing.txt", "no such file"),
    (".", "is a directory, not a text file"),
    ("empty.txt", "the file is empty"),
])
def test_missing_directory_or_empty_is_one_line_and_exit_2(tmp_path, capsys, name, message):
    (tmp_path / "empty.txt").write_text("")
    path = tmp_path / name
    assert train.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"python -m glossary_examples.gpt: error: {path}: {message}\n"


def test_shortest_text_is_the_exact_boundary_and_shorter_files_are_refused(tmp_path, capsys):
    for block_size in (1, 8, 64, 256):
        n = train.shortest_text(block_size)
        for size, fits in ((n, True), (n - 1, False)):
            train_part, val_part = int(0.9 * size), size - int(0.9 * size)
            assert (min(train_part, val_part) > block_size) == fits, (block_size, size)
    path = tmp_path / "short.txt"
    path.write_text("x" * (train.shortest_text(train.SIZES["block_size"]) - 1))
    assert train.main([str(path)]) == 2
    assert "too short" in capsys.readouterr().err


def test_glossary_gpt_runs_the_command_with_its_own_name_and_exit_status(tmp_path):
    done = glossary(str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr == f"glossary gpt: error: {tmp_path / 'missing.txt'}: no such file\n"
    usage = glossary("--help")
    assert usage.returncode == 0 and usage.stdout.startswith("usage: glossary gpt [-h] [--steps N] [--sample N]")


def test_the_real_model_sizes_train_for_one_step(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(train, "EVAL_BATCHES", 1)
    path = tmp_path / "input.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert train.main([str(path), "--steps", "1", "--sample", "5", "--threads", "1"]) == 0
    out = capsys.readouterr().out
    V, C, T, L = len(set(TEXT)), train.SIZES["n_embd"], train.SIZES["block_size"], train.SIZES["n_layer"]
    per_block = 3 * C * C + (C * C + C) + (C * 4 * C + 4 * C) + (4 * C * C + C) + 2 * 2 * C  # q k v, proj, ffwd, 2 LN
    count = V * C + T * C + L * per_block + 2 * C + (C * V + V)  # embeddings, blocks, ln_f, lm_head
    assert out.splitlines()[1] == f"model: {count:,} parameters, " + ", ".join(f"{k} {v}" for k, v in train.SIZES.items())
    assert len(out.split("sample (5 characters):\n", 1)[1]) == 6
