"""`glossary`: the glossary in a terminal.

    glossary list [--section S]         every term: slug, section, one-line summary
    glossary show TERM [--code]         the definition and the example code, as plain text
    glossary run TERM                   run the example; prints what the page shows
    glossary check [TERM ...]           doctests and claim tests, one line per term

TERM is a slug, a title or an alias, in any case. Exit status: 0 success, 1 a failed
check or a broken example, 2 a usage error (unknown term, bad option).
"""

from __future__ import annotations

import argparse
import contextlib
import doctest
import importlib
import io
import os
import re
import shutil
import sys
import textwrap
import traceback
from pathlib import Path

from . import _registry, _runner

ROOT = _registry.PACKAGE_DIR.parents[1]  # the source checkout, for an editable install
DOCTEST_OPTIONS = ("NUMBER", "NORMALIZE_WHITESPACE")  # the same as pyproject.toml's doctest_optionflags
NUMBER = doctest.register_optionflag("NUMBER")  # pytest registers the same name, so both read the directive


class UsageError(Exception):
    """A mistake on the command line: reported in one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["bigram"]:  # its own parser, --help included (argparse would take --help for itself)
            return bigram_model(argv[1:])
        args = _parser().parse_args(argv)
        return args.handler(args)
    except UsageError as err:
        print(f"glossary: {err}", file=sys.stderr)
        return 2
    except (_registry.TermError, _runner.ExampleError) as err:
        print(f"glossary: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `glossary list | head`: the reader stopped reading, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _parser() -> argparse.ArgumentParser:
    """One subparser per command; each sets `handler`, a function of the parsed args returning the exit status."""
    parser = argparse.ArgumentParser(prog="glossary", description="The executable deep-learning glossary, "
                                     "in a terminal.", epilog="TERM is a slug, title or alias, in any case.")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    term_help = "a slug, title or alias, in any case (glossary list shows them)"

    listing = commands.add_parser("list", help="every term: slug, section, summary")
    listing.add_argument("--section", type=str.lower, choices=_registry.SECTIONS, help="only this section")
    listing.set_defaults(handler=list_terms)

    show = commands.add_parser("show", help="a term's definition and example code, as plain text")
    show.add_argument("term", metavar="TERM", help=term_help)
    show.add_argument("--code", action="store_true", help="print only the runnable code of the example(s)")
    show.add_argument("--region", help="only this region (default: all, in order)")
    show.set_defaults(handler=show_term)

    run = commands.add_parser("run", help="run a term's example and print its output (as on the page)")
    run.add_argument("term", metavar="TERM", help=term_help)
    run.add_argument("--region", help="only this region (default: all, in order)")
    run.add_argument("--figures", metavar="DIR", type=Path, help="also save the figures as SVG files in DIR")
    run.set_defaults(handler=run_term)

    check = commands.add_parser("check", help="verify doctests and claim tests (all terms if none named)")
    check.add_argument("terms", nargs="*", metavar="TERM", help=term_help)
    check.set_defaults(handler=check_terms)

    bigram = commands.add_parser("bigram", add_help=False, help="fit the bigram count model to a word list "
                                 "(glossary bigram --help)")
    bigram.add_argument("args", nargs=argparse.REMAINDER)  # listed in --help; main() hands it over
    return parser


def bigram_model(argv: list[str]) -> int:
    from .makemore import wordlist  # imports torch: only for this command

    return wordlist.main(argv, prog="glossary bigram")


def _term(name: str) -> _registry.Term:
    try:
        return _registry.resolve(name, _registry.discover())
    except LookupError as err:
        raise UsageError(err.args[0]) from None


def _regions(term: _registry.Term, name: str | None) -> list[_registry.Region]:
    if name is None:
        return list(term.regions.values())
    if name not in term.regions:
        raise UsageError(f"{term.slug} has no region {name!r}; its regions: {', '.join(term.regions)}")
    return [term.regions[name]]


def _shown(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.relative_to(Path.cwd()))
    return str(path)


def list_terms(args) -> int:
    terms = [t for t in _registry.discover().values() if args.section in (None, t.section)]
    if not terms:
        print(f"no terms in section {args.section!r} yet", file=sys.stderr)
        return 0
    rows = [("SLUG", "SECTION", "SUMMARY")] + [(t.slug, t.section, t.summary) for t in terms]
    widths = [max(len(row[i]) for row in rows) for i in (0, 1)]
    room = shutil.get_terminal_size().columns - sum(widths) - 4 if sys.stdout.isatty() else None
    for slug, section, summary in rows:
        if room and len(summary) > room:
            summary = summary[: max(room - 1, 10)] + "…"
        print(f"{slug:<{widths[0]}}  {section:<{widths[1]}}  {summary}")
    return 0


def show_term(args) -> int:
    term = _term(args.term)
    regions = _regions(term, args.region)
    if args.code:
        for i, region in enumerate(regions):
            header = [f"# ==> {region.name} <=="] if len(regions) > 1 else []
            print("\n".join([""] * (i > 0) + header + [region.code.rstrip("\n")]))
        return 0
    terms = _registry.discover()
    related = [*term.see_also, *(t.slug for t in terms.values() if term.slug in t.see_also)]
    lines = [f"{term.title}  ({_registry.SECTIONS[term.section]}; slug: {term.slug})", ""]
    lines += [textwrap.fill(term.summary, 88), ""]
    lines += [term.definition, ""] if term.definition else []
    lines += [f"Also called: {', '.join(term.aliases)}"] if term.aliases else []
    lines += [f"Official docs: {term.docs}"] if term.docs else []
    lines += [f"See also: {', '.join(dict.fromkeys(related))}"] if related else []
    for region in regions:
        lines += ["", f"--- {region.name} ({_shown(term.path)}, line {region.first_line}) ---",
                  region.code.rstrip("\n")]
    if term.doctest:
        lines += ["", "--- checked claims (doctests) ---", term.doctest]
    print("\n".join(lines))
    return 0


def run_term(args) -> int:
    term = _term(args.term)
    regions = _regions(term, args.region)
    _runner.configure_matplotlib()
    for i, region in enumerate(regions):
        if len(regions) > 1:
            print("\n" * (i > 0) + f"==> {region.name} <==")
        result = _runner.execute(term, region)
        print(result.stdout, end="", flush=True)
        for number, svg in enumerate(result.figures, 1):
            where = "shown on the page; --figures DIR saves it as SVG"
            if args.figures:
                args.figures.mkdir(parents=True, exist_ok=True)
                path = args.figures / f"{term.slug}-{region.name}-{number}.svg"
                path.write_text(svg, encoding="utf-8")
                where = f"saved to {path}"
            print(f"[figure {number} of region {region.name!r}: {where}]", file=sys.stderr)
    return 0


def check_terms(args) -> int:
    terms = [_term(name) for name in args.terms] or list(_registry.discover().values())
    terms = list({t.slug: t for t in terms}.values())
    _runner.configure_matplotlib()  # examples run on import; a figure must not open a window
    doctests = {t.slug: _doctest(t) for t in terms}
    claims, skipped = _claim_tests(list(doctests))
    failed = 0
    for slug, (tried, problems) in doctests.items():
        counts = f"{tried} doctest example{'s' * (tried != 1)}"
        if claims:
            problems = problems + claims.problems[slug]
            counts += f", {claims.passed[slug]} claim test{'s' * (claims.passed[slug] != 1)} passed"
        failed += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '}  {slug}: {counts}")
        for problem in problems:
            print(textwrap.indent(problem.rstrip("\n"), "      "))
    if skipped:
        print(f"claim tests skipped: {skipped}")
    print(f"{len(terms)} term{'s' * (len(terms) != 1)} checked: {len(terms) - failed} passed, {failed} failed"
          + (" (doctests only)" if skipped else ""))
    if failed:
        print("details: python -m pytest tests/test_SLUG.py src/glossary_examples/SLUG.py")
    return 1 if failed else 0


class _NumberChecker(doctest.OutputChecker):
    """Doctest comparison with pytest's NUMBER option: `0.67` in the expected output matches 0.6652.

    A float written with n decimals matches any number within 10**-n of it (an exponent
    shifts n), as pytest does, so `glossary check` and `pytest` agree on every doctest.
    """

    _FLOAT = re.compile(r"(?:[+-]?\d*\.(?P<decimals>\d+)|[+-]?\d+\.)(?:[Ee](?P<exp>[+-]?\d+))?"
                        r"|[+-]?\d+[Ee](?P<exp_only>[+-]?\d+)")

    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        if super().check_output(want, got, optionflags):
            return True
        return bool(optionflags & NUMBER) and super().check_output(want, self._as_written(want, got), optionflags)

    def _as_written(self, want: str, got: str) -> str:
        """`got` with each number replaced by the expected one where they agree to the written precision."""
        wanted, found = list(self._FLOAT.finditer(want)), list(self._FLOAT.finditer(got))
        if len(wanted) != len(found):
            return got
        pieces, end = [], 0
        for w, g in zip(wanted, found):
            digits = len(w["decimals"] or "") - int(w["exp"] or w["exp_only"] or 0)
            close = float(w[0]) == float(g[0]) or abs(float(w[0]) - float(g[0])) <= 10**-digits
            pieces += [got[end : g.start()], w[0] if close else g[0]]
            end = g.end()
        return "".join(pieces) + got[end:]


def _doctest(term: _registry.Term) -> tuple[int, list[str]]:
    """Run the module's doctests as pytest --doctest-modules does: imported, with the module's globals."""
    try:
        with _runner._isolated(), contextlib.redirect_stdout(io.StringIO()):
            module = importlib.import_module(f"{_registry.PACKAGE_DIR.name}.{term.slug}")
    except Exception as err:  # noqa: BLE001 - any error in the edited example is the learner's to see
        frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == str(term.path)]
        where = f"{_shown(term.path)}:{frames[-1].lineno}" if frames else _shown(term.path)
        return 0, [f"importing the module failed at {where}: {traceback.format_exception_only(err)[-1].strip()}"]
    flags = 0
    for name in DOCTEST_OPTIONS:
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    runner = doctest.DocTestRunner(checker=_NumberChecker(), optionflags=flags)
    report = io.StringIO()
    with _runner._isolated():
        for test in doctest.DocTestFinder().find(module, module.__name__):
            runner.run(test, out=report.write)
    problems = [report.getvalue().replace("*" * 70 + "\n", "")] if runner.failures else []
    return runner.tries, problems


class _Claims:
    """pytest hooks: what happened to each term's tests/test_<slug>.py."""

    def __init__(self, slugs: list[str]):
        self.passed = dict.fromkeys(slugs, 0)
        self.problems: dict[str, list[str]] = {slug: [] for slug in slugs}

    def _slug(self, nodeid: str) -> str:
        return Path(nodeid.split("::")[0]).stem.removeprefix("test_")

    def _add(self, slug: str, problem: str) -> None:
        if problem not in self.problems[slug]:  # --doctest-modules collects a test file twice
            self.problems[slug].append(problem)

    def pytest_collectreport(self, report):
        slug = self._slug(report.nodeid)
        if report.failed and slug in self.problems:
            self._add(slug, f"ERROR collecting {report.nodeid}: {_last_line(report.longreprtext)}")

    def pytest_runtest_logreport(self, report):
        slug = self._slug(report.nodeid)
        if slug not in self.problems:
            return
        if report.failed:
            crash = getattr(report.longrepr, "reprcrash", None)
            message = crash.message.splitlines()[0] if crash else _last_line(report.longreprtext)
            self._add(slug, f"FAILED {report.nodeid} ({report.when}): {message}")
        elif report.passed and report.when == "call":
            self.passed[slug] += 1


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1].removeprefix("E").strip()


def _claim_tests(slugs: list[str]) -> tuple[_Claims | None, str]:
    """Run the checkout's tests/test_<slug>.py with pytest, in this process; or say why not."""
    if not (ROOT / "pyproject.toml").is_file() or not (ROOT / "tests").is_dir():
        return None, (f"no tests/ folder next to the package ({_registry.PACKAGE_DIR}): an installed copy "
                      "has no tests, they come with the source checkout (pip install -e .)")
    try:
        import pytest
    except ImportError:
        return None, "pytest is not installed (pip install -e '.[test]')"
    claims = _Claims(slugs)
    files = {slug: ROOT / "tests" / f"test_{slug}.py" for slug in slugs}
    for slug, path in files.items():
        if not path.is_file():
            claims.problems[slug].append(f"no claim tests: {_shown(path)} does not exist")
    existing = [str(path) for path in files.values() if path.is_file()]
    if existing:
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            status = pytest.main(["-q", "-p", "no:cacheprovider", "--continue-on-collection-errors",
                                  "--rootdir", str(ROOT), *existing], plugins=[claims])
        if status not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            for slug in slugs:
                claims.problems[slug].append(f"pytest stopped ({status!r}):\n{output.getvalue().strip()}")
    for slug in slugs:
        if files[slug].is_file() and not claims.passed[slug] and not claims.problems[slug]:
            claims.problems[slug].append(f"no claim test ran in {_shown(files[slug])}")
    return claims, ""


if __name__ == "__main__":
    sys.exit(main())
