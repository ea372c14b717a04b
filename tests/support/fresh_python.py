"""Run many snippets, each in its own new process, as if pasted into a fresh `python`.

Usage: python tests/fresh_python.py < snippets.json > outputs.json
Input: a JSON list of code strings. Output: a JSON list of {"stdout", "stderr", "status"}.

Starting ~150 interpreters that each import torch would take minutes, so this process
imports the heavy libraries once and then forks one child per snippet (one per core at a
time). A child starts from that clean parent (nothing from any other snippet), runs the
code as `__main__` and exits; its stdout is what the learner would see.
"""

import json
import os
import sys
import tempfile

os.environ.setdefault("MPLBACKEND", "Agg")  # snippets may plot; there is no screen
import matplotlib.pyplot  # noqa: E402,F401  (preloaded only; every child starts with no figure)
import numpy  # noqa: E402,F401
import torch  # noqa: E402,F401


def start_child(code: str):
    """Fork a child that runs `code` as __main__ with stdout/stderr in temp files; return (pid, out, err)."""
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        sys.stdout = os.fdopen(1, "w", closefd=False)
        sys.stderr = os.fdopen(2, "w", closefd=False)
        status = 0
        try:
            exec(compile(code, "<pasted>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        except BaseException:  # noqa: BLE001 - report anything, like the interpreter would
            import traceback

            traceback.print_exc()
            status = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return pid, out, err


def run_all(codes: list[str], jobs: int) -> list[dict]:
    """Run every snippet in its own child, `jobs` children at a time."""
    results: list[dict] = [{}] * len(codes)
    running: dict[int, tuple[int, object, object]] = {}

    def reap() -> None:
        pid, wait_status = os.wait()
        index, out, err = running.pop(pid)
        out.seek(0)
        err.seek(0)
        results[index] = {"stdout": out.read().decode(), "stderr": err.read().decode(),
                          "status": os.waitstatus_to_exitcode(wait_status)}
        out.close()
        err.close()

    for index, code in enumerate(codes):
        while len(running) >= jobs:
            reap()
        pid, out, err = start_child(code)
        running[pid] = (index, out, err)
    while running:
        reap()
    return results


if __name__ == "__main__":
    json.dump(run_all(json.load(sys.stdin), jobs=os.cpu_count() or 1), sys.stdout)
