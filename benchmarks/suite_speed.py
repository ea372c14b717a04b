"""Measure the README test command: time, examples executed per run, and how both grow with the glossary.

    .venv/bin/python benchmarks/suite_speed.py [--terms 150] [--write docs/benchmarks/suite.md]

Everything runs in throwaway copies of the project (so no cache of yours is touched):

1. the test command (`pytest -n auto --dist loadfile -m "not slow"`, as `make test` runs it after
   set-up) on the project as it is, three times in a row, the last one with both cores kept busy
   by two processes that spin, then once as CI runs it (`CI=true`: with the slow test), and once
   without the browser tests (`-m "not slow and not browser"`: what the rest of the suite costs);
   each run counts how often every example was executed (runner's GLOSSARY_EXECUTION_LOG) and the
   CPU time the machine spent meanwhile (Linux's /proc/stat, less the spinners' own: pytest's
   workers, the site build, Chromium; Chromium's processes are not all reaped by their parent, so
   the run's own resource usage would miss them);
2. the same command on a copy grown to --terms terms with synthetic ones: a section `synthetic`
   whose terms each have a small torch example (a seeded matmul, like a typical page), a doctest
   and a test file that reads the example through the `example` fixture.
"""

import argparse
import collections
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from glossary_site import registry, testing

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

SYNTHETIC_TERM = '''"""synthetic term {n}

Synthetic term {n} stands in for a typical page: a seeded tensor product, printed.

>>> 2 + {n}
{n2}
"""

ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
import torch

g = torch.Generator().manual_seed({n})
a, b = torch.randn(4, 3, generator=g), torch.randn(3, 2, generator=g)
print((a @ b).sum().item() == (a @ b).sum().item(), tuple((a @ b).shape))
# --8<-- [end:example]
'''

SYNTHETIC_TEST = '''def test_the_product_has_the_shape_printed(example):
    shown = example("synthetic_term_{n}")
    assert shown.stdout == "True (4, 2)\\n"
    assert tuple((shown.globals["a"] @ shown.globals["b"]).shape) == (4, 2)
'''


def copy_project(into: Path) -> Path:
    return testing.copy_project(ROOT, into / "project")


def grow(project: Path, total: int) -> int:
    """Add synthetic terms until the glossary has `total` terms; returns how many were added."""
    content = project / "src" / "glossary_examples"
    count = max(total - len(registry.discover(content).terms), 0)  # terms, not helper modules
    if not count:
        return 0  # an empty section would be a section without terms, which the site tests reject
    section, tests = content / "synthetic", project / "tests" / "synthetic"
    section.mkdir()
    tests.mkdir()
    slugs = ", ".join(f'"synthetic_term_{n}"' for n in range(count))
    (section / "__init__.py").write_text(  # a lecture of their own: every term is in exactly one
        '"""Synthetic terms for the benchmark."""\n\nLECTURES = {"synthetic": {"title": "Synthetic terms", '
        f'"url": "https://www.youtube.com/watch?v=synthetic", "terms": ({slugs},)}}}}\n')
    init = content / "__init__.py"
    text = init.read_text().replace("SECTIONS = {", 'SECTIONS = {"synthetic": "Synthetic", ', 1)
    course = re.search(r"^COURSE = \((.*)\)$", text, re.M)  # the synthetic lecture comes last
    init.write_text(text[:course.end(1)] + ', "synthetic"' + text[course.end(1):])
    for n in range(count):
        (section / f"synthetic_term_{n}.py").write_text(SYNTHETIC_TERM.format(n=n, n2=n + 2))
        (tests / f"test_synthetic_term_{n}.py").write_text(SYNTHETIC_TEST.format(n=n))
    return count


# The README's test command after set-up, as `make test` runs it: with CI unset, without the slow test.
TEST_COMMAND = ["-m", "pytest", "-n", "auto", "--dist", "loadfile", "-m", "not slow"]
NO_BROWSER = "not slow and not browser"


def busy_cpu_seconds(pid: str = "") -> float:
    """CPU time spent so far by the whole machine (no pid: all but idle and I/O wait) or by one process."""
    ticks = os.sysconf("SC_CLK_TCK")  # Linux only, like /proc
    if pid:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    cpu = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(cpu) - cpu[3] - cpu[4]) / ticks


def run_suite(project: Path, busy: bool = False, marks: str | None = "not slow") -> dict:
    log = project / f"executions-{time.monotonic_ns()}.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GLOSSARY_EXECUTION_LOG": str(log), "PYTHONPATH": str(project / "src")}
    spinners = [subprocess.Popen([PY, "-c", "while True: pass"]) for _ in range(2)] if busy else []
    measure_cpu = Path("/proc/stat").is_file()
    start, cpu = time.perf_counter(), busy_cpu_seconds() if measure_cpu else float("nan")
    try:
        command = TEST_COMMAND[:-2] + (["-m", marks] if marks else [])  # no marks: as CI runs it, the slow test too
        done = subprocess.run([PY, *command, "-q", "-rf", "-p", "no:randomly"],
                              cwd=project, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if measure_cpu:
            cpu = busy_cpu_seconds() - cpu - sum(busy_cpu_seconds(str(spinner.pid)) for spinner in spinners)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
    counts = collections.Counter(log.read_text().split()) if log.is_file() else collections.Counter()
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-300:]
    failed = [line.split(" - ")[0].removeprefix("FAILED ") for line in done.stdout.splitlines() if line.startswith("FAILED ")]
    return {"seconds": seconds, "cpu": cpu, "passed": done.returncode == 0, "summary": summary, "failed": failed,
            "examples": len(counts), "most": max(counts.values(), default=0),
            "histogram": dict(sorted(collections.Counter(counts.values()).items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--terms", type=int, default=150, help="grow a copy to this many terms (0: skip)")
    parser.add_argument("--write", type=Path, help="write the results as Markdown to this file")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        project = copy_project(Path(scratch))
        for run, busy in enumerate((False, False, True), 1):
            result = run_suite(project, busy)
            rows.append((f"as is, run {run}" + (" (both cores busy)" if busy else ""), result))
            print(rows[-1], flush=True)
        rows.append(("as CI runs it (`CI=true`: with the slow second build)", run_suite(project, marks=None)))
        print(rows[-1], flush=True)
        rows.append((f"without the browser tests (`-m \"{NO_BROWSER}\"`)", run_suite(project, marks=NO_BROWSER)))
        print(rows[-1], flush=True)
    if args.terms:
        with tempfile.TemporaryDirectory() as scratch:
            project = copy_project(Path(scratch))
            added = grow(project, args.terms)
            result = run_suite(project)
            rows.append((f"grown to {args.terms} terms (+{added} synthetic terms)", result))
            print(rows[-1], flush=True)
    lines = ["# Test suite speed", "",
             "How long the README's test command takes, and how often it executes each example (target: at "
             "most 2; the build executes an example once, the `example` fixture once more on 3 torch threads).",
             "Re-run with `make benchmark`.", "",
             f"Measured on {date.today()}, {platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}; wall time of `make test`'s command after set-up, "
             f"`python {shlex.join(TEST_COMMAND)}`.", "",
             "CPU time: what the machine's cores spent while the command ran (pytest's workers, the site "
             "build, Chromium; in the busy run, less the spinning processes' own). Two minutes on "
             f"{os.cpu_count()} cores is {120 * os.cpu_count()} CPU-seconds at most.", "",
             "| run | time (s) | CPU time (s) | result | examples executed | most executions of one example |",
             "| --- | ---: | ---: | --- | ---: | ---: |"]
    lines += [f"| {name} | {r['seconds']:.1f} | {r['cpu']:.0f} | {r['summary']} | {r['examples']} | {r['most']} "
              f"(times executed: examples {r['histogram']}) |" for name, r in rows]
    lines += [f"\nFailed in {name}: " + ", ".join(f"`{test}`" for test in r["failed"]) for name, r in rows if r["failed"]]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text)


if __name__ == "__main__":
    main()
