"""The word-list command (`glossary bigram [FILE]`, wordlist.py), driven as a learner runs it.

Every number it prints is recomputed here another way: counts with Counter, the accurate
average NLL with math.fsum over float64 logs, the lecture-loop value as a sequential float32
sum in NumPy.
"""

from __future__ import annotations

import io
import math
import os
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import counts
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.wordlist import WordListError, main, read_words

SEED = 2147483647
TOY = ["emma", "olivia", "ava", "isabella", "sophia"]


@pytest.fixture(scope="module")
def run(content):
    env = {**os.environ, "PYTHONPATH": str(content.root.parent)}  # this checkout's code

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "glossary_examples.makemore", *args],
                              capture_output=True, text=True, env=env, timeout=300)
    return run


def report(stdout: str) -> dict:
    """The printed report as fields: counts, the two NLL lines split into (accurate, lecture loop), samples."""
    lines = stdout.splitlines()
    fields = dict(line.split(": ", 1) for line in lines[:3])
    for line in lines[3:5]:
        label, values = line.split(": ", 1)
        accurate, loop = values.removesuffix(")").split(" (the lecture's loop: ")
        fields[label] = (accurate, loop)
    fields["note"] = lines[5]
    fields["samples"] = lines[7:]
    return fields


def accurate_nll(words: list[str], k: float) -> float:
    """Average NLL of the add-k bigram table from Counter counts, summed exactly (math.fsum)."""
    pairs = [pair for w in words for pair in zip("." + w, w + ".")]
    pair_counts, row_counts = Counter(pairs), Counter(a for a, _ in pairs)
    return -math.fsum(math.log((pair_counts[a, b] + k) / (row_counts[a] + 27 * k)) for a, b in pairs) / len(pairs)


def table(words: list[str], k: float) -> torch.Tensor:
    """The lecture's float32 table (N + k, rows normalised), from a bincount of the bigram indices."""
    xs, ys = counts.encode(words)
    N = torch.bincount(xs * 27 + ys, minlength=27 * 27).view(27, 27)
    P = (N + k).float()
    return P / P.sum(1, keepdim=True)


def float32_running_sum_nll(words: list[str], k: float) -> float:
    """The lecture loop's value another way: NumPy adds the float32 log-probabilities in order, in float32."""
    xs, ys = counts.encode(words)
    logs = table(words, k)[xs, ys].log().numpy()
    total = np.cumsum(logs, dtype=np.float32)[-1]  # accumulate: out[i] = out[i-1] + logs[i], rounded to float32
    return float(np.float32(-total) / np.float32(len(logs)))


def samples(words: list[str]) -> list[str]:
    g = torch.Generator().manual_seed(SEED)
    return [counts.sample(table(words, 1), g) for _ in range(5)]


@pytest.fixture
def word_file(tmp_path):
    def write(text: str | bytes, name: str = "words.txt") -> Path:
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return path
    return write


def check_report(fields: dict, words: list[str]) -> None:
    assert fields["words"] == str(len(words))
    assert fields["bigrams"] == str(sum(len(w) + 1 for w in words))
    for label, k in (("average NLL without smoothing", 0), ("average NLL with +1 smoothing", 1)):
        accurate, loop = fields[label]
        assert accurate == f"{accurate_nll(words, k):.4f}"  # the accurate value, to every digit shown
        assert loop == f"{float32_running_sum_nll(words, k):.4f}"  # the lecture's float32 running sum
    assert fields["samples"] == samples(words)


def test_default_corpus_report(capsys):
    assert main([]) == 0
    fields = report(capsys.readouterr().out)
    assert fields["corpus"].startswith("1990 US census first names")
    check_report(fields, load_names())
    # on the census the two ways already disagree in the 4th decimal
    assert fields["average NLL with +1 smoothing"] == ("2.3423", "2.3422")


def in_process(path: Path, capsys) -> dict:
    """The report of main([path]), run in this process (the subprocess tests show it is the same program)."""
    assert main([str(path)]) == 0
    return report(capsys.readouterr().out)


def test_a_small_word_file_cr_lf_bom_case_and_blank_lines(word_file, capsys):
    path = word_file("\ufeffEmma\r\n  olivia \n\nAVA\r\nisabella\rsophia\n\n".encode())
    fields = in_process(path, capsys)
    assert fields["corpus"] == str(path)
    check_report(fields, TOY)


def test_duplicates_and_one_letter_words_are_counted_like_any_line(word_file, capsys):
    words = ["ava", "ava", "a", "emma"]
    check_report(in_process(word_file("\n".join(words)), capsys), words)  # no newline at the end either


def test_a_single_word(word_file, capsys):
    check_report(in_process(word_file("emma\n"), capsys), ["emma"])


def test_the_lecture_loop_is_a_float32_running_sum_and_the_accurate_value_is_not():
    # many copies of a few names: the running sum grows large, so its float32 steps are coarse
    words = TOY * 400 + ["kim", "bo"] * 300
    xs, ys = counts.encode(words)
    for k in (0, 1):
        P = counts.probabilities(counts.count_matrix(words), k)
        accurate = counts.average_nll(P, xs, ys)
        loop = counts.lecture_loop_nll(P, xs, ys)
        assert loop == float32_running_sum_nll(words, k)  # bit for bit: a sequential float32 sum
        assert accurate == pytest.approx(accurate_nll(words, k), abs=1e-6)  # P itself is float32
        # each of the n additions rounds by at most half a float32 step of the running sum,
        # so the average is off by at most half a step of the final sum
        half_step = float(np.spacing(np.float32(accurate * len(xs)))) / 2
        assert 1e-5 < abs(loop - accurate) <= half_step + 1e-6


@pytest.mark.parametrize("text, where, bad", [
    ("emma\nmary-jane\n", "2:5", "'-'"),
    ("emma\n  mary ann\n", "2:7", "' '"),
    ("zoë\n", "1:3", "'ë'"),
    ("emma\r\nava2\r\n", "2:4", "'2'"),
    ("\u212aim\n", "1:1", "'\u212a'"),  # the Kelvin sign lower-cases to 'k', but is not a letter a-z
    ("emma\x85ava\n", "1:5", "'\\x85'"),  # NEL ends a line for str.splitlines(), not for editors
    ("ava\n\n\nbo.\n", "4:3", "'.'"),  # the boundary token cannot be part of a word
])
def test_a_character_outside_a_to_z_names_file_line_and_column(run, word_file, text, where, bad):
    path = word_file(text)
    done = run(str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"python -m glossary_examples.makemore: error: {path}:{where}: character {bad} ")


@pytest.mark.parametrize("text, message", [
    ("", "no words (the file is empty or blank)"),
    ("\n  \n\r\n", "no words (the file is empty or blank)"),
])
def test_empty_and_blank_files(run, word_file, text, message):
    path = word_file(text)
    done = run(str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.strip().endswith(f"{path}: {message}")


@pytest.mark.parametrize("data, where, byte", [
    (b"emma\n\xff\xfe\n", "2:1", "0xff"),
    (b"emma\r\nav\xe9\r\n", "2:3", "0xe9"),  # Latin-1 'é'
    (b"emma\rzo\xc3\xab\xff\r", "2:4", "0xff"),  # old Mac line ends; 'ë' (two bytes) is one column
    (b"\xef\xbb\xbfab\xff\n", "1:3", "0xff"),  # the byte order mark is no column
])
def test_bytes_that_are_not_utf_8_are_named_by_line_and_column(run, word_file, data, where, byte):
    path = word_file(data)
    done = run(str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"python -m glossary_examples.makemore: error: {path}:{where}: not UTF-8 text (byte {byte})\n"


def test_missing_file_and_directory(run, tmp_path):
    for target, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "is a directory, not a word list")):
        done = run(str(target))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and done.stderr.strip().endswith(f"{target}: {message}")


def test_unreadable_file(word_file, monkeypatch, capsys):
    path = word_file("emma\n")

    def refuse(*args, **kwargs):  # as for a file without read permission (root could read it anyway)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main([str(path)], prog="glossary bigram") == 2
    assert capsys.readouterr().err == f"glossary bigram: error: {path}: permission denied\n"


def test_main_returns_an_exit_status_under_any_program_name(word_file, capsys):
    assert main([str(word_file("emma\nava\n"))], prog="glossary bigram") == 0
    assert report(capsys.readouterr().out)["words"] == "2"
    assert main([str(word_file("?\n", "bad.txt"))], prog="glossary bigram") == 2
    assert capsys.readouterr().err.startswith("glossary bigram: error: ")


LINE_CHARS = st.sampled_from(string.ascii_letters + " \t-.é0\r\u212a")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.text(LINE_CHARS, max_size=8), min_size=1, max_size=6))
def test_read_words_accepts_exactly_ascii_letters_and_points_at_the_first_other_character(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("words") / "words.txt"
    text = "\n".join(lines)
    path.write_bytes(text.encode())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # \r alone ends a line too, as in editors
    try:
        words = read_words(path)
    except WordListError as err:
        if str(err) == f"{path}: no words (the file is empty or blank)":
            assert not any(line.strip() for line in lines)
            return
        location, _, rest = str(err).removeprefix(f"{path}:").partition(": ")
        line, column = (int(n) for n in location.split(":"))
        ch = lines[line - 1][column - 1]
        assert ch not in string.ascii_letters and rest.startswith(f"character {ch!r} ")
        earlier = lines[:line - 1] + [lines[line - 1][:column - 1]]  # everything before it is fine
        assert all(set(text.strip()) <= set(string.ascii_letters) for text in earlier)
    else:
        expected = [line.strip().lower() for line in lines if line.strip()]
        assert words == expected and all(set(w) <= set(string.ascii_lowercase) for w in words)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet="abé\r\n ", max_size=30), st.sampled_from([b"\xff", b"\xe9x", b"\xc3(", b"\x80"]))
def test_a_bad_byte_is_reported_where_an_editor_shows_it(tmp_path_factory, before, bad):
    path = tmp_path_factory.mktemp("words") / "words.txt"
    path.write_bytes(before.encode() + bad + b"\n")
    seen = io.StringIO(before, newline=None).read()  # Python's universal newlines: \r\n, \r and \n end a line
    with pytest.raises(WordListError) as raised:
        read_words(path)
    where = f"{seen.count(chr(10)) + 1}:{len(seen) - seen.rfind(chr(10))}"
    assert str(raised.value) == f"{path}:{where}: not UTF-8 text (byte 0x{bad[0]:02x})"
