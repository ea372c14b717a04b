"""Run many snippets, each in its own new process, as if pasted into a fresh `python`.

Usage: python tests/fresh_python.py < snippets.json > outputs.json
Input: a JSON list of code strings. Output: a JSON list of {"stdout", "stderr", "status"}.

Starting ~150 interpreters that each import torch would take minutes, so this process
imports the heavy libraries once and then forks one child per snippet. A child starts
from that clean parent (nothing from any other snippet), runs the code as `__main__`
and exits; its stdout is what the learner would see.
"""

import json
import os
import sys
import tempfile

os.environ.setdefault("MPLBACKEND", "Agg")  # snippets may plot; there is no screen
import matplotlib.pyplot  # noqa: E402,F401  (preloaded only; every child starts with no figure)
import numpy  # noqa: E402,F401
import torch  # noqa: E402,F401


def run_in_child(code: str) -> dict:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
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
        _, wait_status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return {"stdout": out.read().decode(), "stderr": err.read().decode(),
                "status": os.waitstatus_to_exitcode(wait_status)}


if __name__ == "__main__":
    json.dump([run_in_child(code) for code in json.load(sys.stdin)], sys.stdout)
