"""Reading and running a walkthrough (docs/walkthroughs/NAME.py, jupytext percent format) in a test."""

import contextlib
import io
from pathlib import Path

import jupytext

WALKTHROUGHS = Path(__file__).resolve().parents[2] / "docs" / "walkthroughs"


def cells(name: str, kind: str) -> list[str]:
    """The sources of the walkthrough's cells of this kind ("code" or "markdown"), in order."""
    return [c.source for c in jupytext.read(WALKTHROUGHS / f"{name}.py").cells if c.cell_type == kind]


def run(name: str) -> tuple[dict, list[str]]:
    """(globals, printed lines) of the code cells run in order in one namespace, as its kernel runs them."""
    namespace, out = {"__name__": "__main__"}, io.StringIO()
    with contextlib.redirect_stdout(out):
        for source in cells(name, "code"):
            exec(compile(source, str(WALKTHROUGHS / f"{name}.py"), "exec"), namespace)
    return namespace, out.getvalue().splitlines()
