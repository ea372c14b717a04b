"""Mutation testing: do the tests notice when the code changes? A small AST-based runner.

    python scripts/mutation.py                      # every term module, with its own tests
    python scripts/mutation.py softmax relu         # some terms
    python scripts/mutation.py --engine --sample 10 # 10 random mutants of each engine module
    python scripts/mutation.py softmax --report docs/mutation.md

Each mutant is one small change to one file (flip a comparison, swap + and -, * and /, @ and *,
bump a number, negate a boolean, change a string, drop a statement, `and`/`or`, drop `not`).
It is written into a throwaway copy of the project, the relevant tests run there in a new
process forked from this one (torch and pytest are imported once; `PYTHONPATH` points at
the copy), and the mutant is *killed* if they fail or time out.
A term module's tests are its doctests and `tests/<section>/test_<slug>.py`, plus running each
region alone as the build does; an engine module's (src/glossary_site/) are tests/engine/.
The score is killed / all.

Why not mutmut: mutmut 3 mutates only code inside functions (it swaps functions through
trampolines), and a term module is module-level code, so it finds 0 mutants in `softmax.py`.
This runner edits source text at AST node positions, so region markers and comments survive.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from glossary_site import testing

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "glossary_examples"  # the content: one folder per section
ENGINE = ROOT / "src" / "glossary_site"
ENGINE_TESTS = ["tests/engine"]  # builds a fixture project in-process: about half a minute
METADATA = {"ALIASES", "SEE_ALSO", "DOCS"}
FRESH = ("glossary_site", "glossary_examples")  # a test run imports these from the mutated copy
NOTES_MARKER = "<!-- notes below this line are kept when scripts/mutation.py rewrites this page -->"

SWAP = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div,
        ast.MatMult: ast.Mult, ast.Pow: ast.Mult, ast.Mod: ast.FloorDiv,
        ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
        ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.And: ast.Or, ast.Or: ast.And}
DROPPABLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Delete, ast.Raise, ast.Assert)


@dataclass
class Mutant:
    file: Path  # relative to the project root
    line: int
    change: str
    source: str  # the whole mutated file
    outcome: str = ""  # "killed", "timeout" (counted as killed) or "survived"


def mutants(path: Path, is_term: bool) -> list[Mutant]:
    """Every single-change mutant of one file that still compiles."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    data = source.encode()
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    skip = _skipped_nodes(tree, is_term)
    lines = source.splitlines()
    found = []
    for node in ast.walk(tree):
        if node in skip or not hasattr(node, "end_lineno") or "pragma: no mutate" in lines[node.lineno - 1]:
            continue
        for change, text in _changes(node):
            begin = starts[node.lineno - 1] + node.col_offset
            end = starts[node.end_lineno - 1] + node.end_col_offset
            if isinstance(node, ast.stmt):
                new = text + "\n" * (node.end_lineno - node.lineno)  # keep line numbers
            else:
                new = "(" + text + "\n" * (node.end_lineno - node.lineno) + ")"
            mutated = (data[:begin] + new.encode() + data[end:]).decode()
            try:
                compile(mutated, str(path), "exec")
            except SyntaxError:
                continue
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(Mutant(shown, node.lineno, change, mutated))
    return sorted(found, key=lambda m: m.line)


def _skipped_nodes(tree: ast.Module, is_term: bool) -> set[ast.AST]:
    """Docstrings, annotations, f-string internals and (in a term) the metadata: not behaviour."""
    skip: set[ast.AST] = set()

    def whole(node):
        skip.update(ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            whole(body[0])
        if isinstance(node, ast.JoinedStr):
            skip.update(n for n in ast.walk(node) if n is not node)
        for annotation in (getattr(node, "annotation", None), getattr(node, "returns", None)):
            if annotation is not None:
                whole(annotation)
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (isinstance(node, ast.AnnAssign) and node.value is None):
            whole(node)
        if isinstance(node, ast.If) and "__name__" in ast.unparse(node.test):
            whole(node)
    for node in tree.body:
        if is_term and isinstance(node, ast.Assign) and any(getattr(t, "id", "") in METADATA for t in node.targets):
            whole(node)
    return skip


def _changes(node: ast.AST) -> list[tuple[str, str]]:
    """(description, replacement source) for each way this node can be mutated."""
    out = []

    def swapped(copy: ast.AST, description: str):
        out.append((description, ast.unparse(copy)))

    if isinstance(node, ast.BinOp) and type(node.op) in SWAP:
        new = SWAP[type(node.op)]()
        swapped(ast.BinOp(node.left, new, node.right), f"{_sym(node.op)} -> {_sym(new)}")
    elif isinstance(node, ast.BoolOp):
        new = SWAP[type(node.op)]()
        swapped(ast.BoolOp(new, node.values), f"{_sym(node.op)} -> {_sym(new)}")
    elif isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            if type(op) in SWAP:
                ops = [*node.ops[:i], SWAP[type(op)](), *node.ops[i + 1 :]]
                swapped(ast.Compare(node.left, ops, node.comparators), f"{_sym(op)} -> {_sym(ops[i])}")
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        out.append((f"drop {_sym(node.op).strip()}", ast.unparse(node.operand)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        out.append((f"{node.value} -> {not node.value}", repr(not node.value)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        out.append((f"{node.value!r} -> {node.value + 1!r}", repr(node.value + 1)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        out.append((f"{_short(repr(node.value))} -> 'XX…XX'", repr("XX" + node.value + "XX")))
    elif isinstance(node, DROPPABLE):
        out.append((f"drop `{_short(ast.unparse(node))}`", "pass"))
    return out


def _sym(op: ast.AST) -> str:
    symbols = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.MatMult: "@",
               ast.Pow: "**", ast.Mod: "%", ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=",
               ast.Gt: ">", ast.GtE: ">=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
               ast.And: "and", ast.Or: "or", ast.Not: "not ", ast.USub: "-"}
    return symbols[type(op)]


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def term_files() -> dict[str, Path]:
    """slug -> module file of every term, as the engine finds them (sections, SUPPORT, `_` modules)."""
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from glossary_site import registry
    finally:
        sys.path.remove(str(ROOT / "src"))
    return {slug: term.path for slug, term in registry.discover(PACKAGE).terms.items()}


def engine_files() -> list[Path]:
    return sorted(p for p in ENGINE.glob("*.py") if p.name != "__init__.py")


def is_engine(path: Path) -> bool:
    return path.parent == ENGINE


def tests_for(path: Path) -> list[str]:
    """The tests that must notice a change to `path`: the engine's, or the term's doctests and claim tests."""
    if is_engine(path):
        return ENGINE_TESTS
    return [str(path.relative_to(ROOT)), f"tests/{path.parent.name}/test_{path.stem}.py"]


def preload() -> None:
    """Import the heavy libraries once; every test run is a fork of this process (seconds saved per mutant).

    Each fork forgets glossary_site and glossary_examples, and imports them from the mutated copy.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import pytest  # noqa: F401
    import torch  # noqa: F401


def run_tests(project: Path, tests: list[str], timeout: float, term: Path | None = None) -> str:
    """'killed', 'timeout' or 'survived': pytest -x on `tests`, in a fork, inside the project copy.

    For a term module, also run each of its regions as the site build does (alone, fresh globals):
    a mutant that makes a region depend on another one breaks the build, so it is killed.
    """
    pid = os.fork()
    if pid == 0:  # the child: run pytest as `cd project && PYTHONPATH=src python -m pytest` would
        try:
            os.setpgid(0, 0)  # its own process group: a timeout also ends the builds it started
            os.chdir(project)
            os.environ.update(PYTHONPATH=str(project / "src"), NO_MKDOCS_2_WARNING="1", MPLBACKEND="Agg")
            sys.path.insert(0, str(project / "src"))
            for name in [n for n in sys.modules if n.split(".")[0] in FRESH]:
                del sys.modules[name]
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            import pytest

            code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", *tests])
            if code == 0 and term is not None:  # the build runs each region alone, in fresh globals
                from glossary_site import registry, runner

                parsed = registry.parse(project / term, term.parent.name)
                for region in parsed.regions.values():
                    runner.execute(parsed, region)
        except BaseException:  # noqa: BLE001 - whatever happens, the child must not return into the runner
            code = 99
        os._exit(int(code))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return "survived" if os.waitstatus_to_exitcode(status) == 0 else "killed"
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return "timeout"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("terms", nargs="*", help="term slugs (default: every term, unless --engine)")
    parser.add_argument("--engine", action="store_true", help="mutate the engine modules (src/glossary_site/*.py)")
    parser.add_argument("--sample", type=int, help="at most this many random mutants per engine module")
    parser.add_argument("--seed", default="1", help="seed for --sample (another seed, another sample)")
    parser.add_argument("--timeout", type=float, default=5.0, help="a mutant times out after this many times "
                        "the unmutated test run (plus 10 s)")
    parser.add_argument("--report", type=Path, help="write a Markdown report here (keeps notes below its marker)")
    parser.add_argument("--match", action="append", default=[],
                        help="only mutants whose 'file:line: change' contains this text (repeatable)")
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    args = parser.parse_args(argv)

    terms = term_files()
    unknown = [slug for slug in args.terms if slug not in terms]
    if unknown:
        parser.error(f"no such term: {', '.join(unknown)}")
    files = [terms[slug] for slug in args.terms]
    if args.engine:
        files += engine_files()
    elif not args.terms:
        files = sorted(terms.values())

    plan, totals = {}, {}
    for path in files:
        found = mutants(path, is_term=not is_engine(path))
        if args.match:
            found = [m for m in found if any(text in f"{m.file}:{m.line}: {m.change}" for text in args.match)]
        totals[path] = len(found)
        if args.sample and is_engine(path) and len(found) > args.sample:
            found = sorted(random.Random(f"{args.seed}:{path.name}").sample(found, args.sample), key=lambda m: m.line)
        plan[path] = found
    if args.list:
        for found in plan.values():
            for m in found:
                print(f"{m.file}:{m.line}: {m.change}")
        return 0

    started = time.perf_counter()
    preload()
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        project = testing.copy_project(ROOT, Path(tmp) / "project")
        for path, found in plan.items():
            if not found:
                continue
            tests = tests_for(path)
            clock = time.perf_counter()
            term = None if is_engine(path) else path.relative_to(ROOT)
            baseline = run_tests(project, tests, timeout=3600, term=term)
            limit = args.timeout * (time.perf_counter() - clock) + 10
            if baseline != "survived":
                print(f"{path.name}: the tests fail without any mutation; fix them first", file=sys.stderr)
                return 1
            target = project / path.relative_to(ROOT)
            original = target.read_text(encoding="utf-8")
            for number, mutant in enumerate(found, 1):
                target.write_text(mutant.source, encoding="utf-8")
                mutant.outcome = run_tests(project, tests, timeout=limit, term=term)
                print(f"[{number}/{len(found)}] {mutant.file}:{mutant.line}: {mutant.change}: {mutant.outcome}",
                      flush=True)
            target.write_text(original, encoding="utf-8")
    seconds = time.perf_counter() - started

    summary = _summary(plan, totals, seconds, args)
    print("\n" + summary)
    if args.report:
        old = args.report.read_text(encoding="utf-8") if args.report.is_file() else ""
        notes = old.split(NOTES_MARKER, 1)[1] if NOTES_MARKER in old else "\n"
        args.report.write_text(summary + "\n" + NOTES_MARKER + notes, encoding="utf-8")
    return 0


def _summary(plan: dict[Path, list[Mutant]], totals: dict[Path, int], seconds: float, args) -> str:
    command = "python scripts/mutation.py " + " ".join(
        [*args.terms, *(["--engine"] if args.engine else []),
         *([f"--sample {args.sample} --seed {args.seed}"] if args.sample else [])])
    lines = ["# Mutation testing", "",
             f"Run on {date.today().isoformat()} with `{command.strip()}`: {seconds / 60:.1f} minutes. "
             "A mutant is killed when the tests fail (or time out) with it in place.", "",
             "| module | mutants run | killed | survived | score |", "| --- | ---: | ---: | ---: | ---: |"]

    def row(name: str, found: list[Mutant], total: int) -> str:
        killed = sum(m.outcome in ("killed", "timeout") for m in found)
        score = f"{100 * killed / len(found):.0f} %" if found else "N/A"
        run = f"{len(found)} of {total}" if len(found) < total else str(total)
        return f"| {name} | {run} | {killed} | {len(found) - killed} | {score} |"

    for path, found in plan.items():
        lines.append(row(f"`{path.name}`", found, totals[path]))
    terms = [path for path in plan if not is_engine(path)]
    if len(terms) > 1:
        lines.append(row("**all terms**", [m for p in terms for m in plan[p]], sum(totals[p] for p in terms)))
    survivors = [m for found in plan.values() for m in found if m.outcome == "survived"]
    if survivors:
        lines += ["", "## Survivors", "", "| where | change |", "| --- | --- |"]
        lines += [f"| `{m.file.name}:{m.line}` | {m.change.replace('|', '&#124;')} |" for m in survivors]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
