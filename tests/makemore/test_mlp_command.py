"""`glossary mlp`: trains on a word list, prints train and dev loss; bad input is one line and exit status 2."""

import math
import os
import subprocess
import sys

import pytest

from glossary_examples.makemore.mlp_command import main

NAMES = ["emma", "olivia", "ava", "isabella", "sophia", "charlotte", "mia", "amelia", "harper", "evelyn",
         "abigail", "emily", "elizabeth", "mila", "ella", "avery", "sofia", "camila", "aria", "scarlett"]


@pytest.fixture
def names(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("\n".join(NAMES) + "\n")
    return path


def run(capsys, *argv):
    status = main([str(a) for a in argv], prog="glossary mlp")
    out, err = capsys.readouterr()
    return status, out, err


def report(out):
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def test_trains_the_part_2_mlp_with_the_lectures_settings(capsys, names):
    status, out, _ = run(capsys, names, "--steps", 20)
    assert status == 0
    got = report(out)
    assert got["corpus"] == str(names)
    assert got["words"] == "20 (train 16, dev 2, test 2)"
    assert got["model"] == "mlp (block_size 3, n_embd 10, n_hidden 200), 11897 parameters"
    assert got["training"] == "20 steps, batch 32, learning rate 0.1, 0.01 from step 10, seed 42"
    for split in ("train loss", "dev loss"):
        assert 0 < float(got[split]) < 2 * math.log(27)
    samples = out.split("five samples:\n")[1].splitlines()
    assert len(samples) == 5 and all(s.endswith(".") and s[:-1].isalpha() for s in samples)


def test_the_wavenet_and_the_same_output_for_the_same_seed(capsys, names):
    first = run(capsys, names, "--model", "wavenet", "--steps", 10, "--seed", 3)[1]
    second = run(capsys, names, "--model", "wavenet", "--steps", 10, "--seed", 3)[1]
    assert report(first)["model"] == "wavenet (block_size 8, n_embd 24, n_hidden 128), 76579 parameters"
    assert "0.01 from step 8" in report(first)["training"]
    strip = [line for line in first.splitlines() if not line.startswith("time:")]
    assert strip == [line for line in second.splitlines() if not line.startswith("time:")]


def test_without_a_file_it_uses_the_census_names(capsys):
    status, out, _ = run(capsys, "--steps", 0)
    assert status == 0
    assert report(out)["words"] == "5163 (train 4130, dev 516, test 517)"
    assert report(out)["examples"] == "train 28876, dev 3587"
    assert float(report(out)["train loss"]) == pytest.approx(math.log(27), abs=0.05)  # untrained


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("", "no words (the file is empty or blank)"),
    ("emma\nol1via\n", ":2:3: character '1' is not a letter a-z"),
    ("emma\n  zoë\n", ":2:5: character 'ë' is not a letter a-z"),
    ("emma\nava\n", ": 2 words; the 80/10/10 split needs at least 10"),
])
def test_bad_input_is_one_line_naming_the_file_and_exit_status_2(capsys, tmp_path, content, message):
    path = tmp_path / "words.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, path)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"glossary mlp: error: {path}")
    assert message in err


@pytest.mark.parametrize("argv", [["--steps", "-1"], ["--model", "gpt"], ["--steps", "many"]])
def test_bad_options_are_usage_errors(capsys, argv):
    with pytest.raises(SystemExit) as done:
        main(argv, prog="glossary mlp")
    assert done.value.code == 2
    assert "glossary mlp: error:" in capsys.readouterr().err


def test_it_is_wired_into_the_glossary_command(names):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "glossary_site.cli", "mlp", str(names), "--steps", "3"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "dev loss: " in done.stdout
    helped = subprocess.run([sys.executable, "-m", "glossary_site.cli", "mlp", "--help"], capture_output=True,
                            text=True, env=env, timeout=300)
    assert helped.stdout.startswith("usage: glossary mlp [-h] [--model {mlp,wavenet}] [--steps N] [--seed S]")
