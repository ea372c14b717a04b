"""`glossary`: the glossary in a terminal.

    glossary list [--section S]         every term: slug, section, one-line summary
    glossary show TERM [--code]         the definition and the example code, as plain text
    glossary run TERM                   run the example; prints what the page shows
    glossary check [TERM ...]           pytest on the terms' doctests and claim tests
    glossary COMMAND ...                commands the content adds (glossary --help lists them)

TERM is a slug, a title or an alias, in any case. Exit status: 0 success, 1 a failed
check or a broken example, 2 a usage error (unknown term, bad option).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import importlib.util
import os
import shutil
import sys
import textwrap
from pathlib import Path

from . import registry, runner

CONTENT_PACKAGE = "glossary_examples"  # the default content: the package Python would import


class UsageError(Exception):
    """A mistake on the command line: reported in one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        root, argv = _content_option(argv)
        content = registry.discover(root)
        runner.use_content(content.root)  # examples and content commands import this tree, not another copy
        commands = {name: target for s in content.sections.values() for name, target in s.commands.items()}
        if argv[:1] and argv[0] in commands:  # its own parser, --help included
            return _content_command(argv[0], commands[argv[0]], argv[1:])
        args = _parser(commands).parse_args(argv)
        args.content = content
        return args.handler(args)
    except UsageError as err:
        print(f"glossary: {err}", file=sys.stderr)
        return 2
    except (registry.TermError, runner.ExampleError) as err:
        print(f"glossary: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `glossary list | head`: the reader stopped reading, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _content_option(argv: list) -> tuple:
    """`--content DIR` (anywhere) names the content package folder; by default the one Python imports."""
    if "--content" in argv:
        at = argv.index("--content")
        if at + 1 >= len(argv):
            raise UsageError("--content needs a folder (the content package, e.g. src/glossary_examples)")
        root = Path(argv[at + 1])
        if not (root / "__init__.py").is_file():
            raise UsageError(f"--content {root}: not a content package (no __init__.py declaring SECTIONS)")
        return root, argv[:at] + argv[at + 2 :]
    spec = importlib.util.find_spec(CONTENT_PACKAGE)  # finds it without running it
    if spec is None or not spec.origin:
        raise UsageError(f"no {CONTENT_PACKAGE} package to read; pass --content DIR")
    return Path(spec.origin).parent, argv


def _parser(commands_of_content: dict) -> argparse.ArgumentParser:
    """One subparser per command; each sets `handler`, a function of the parsed args returning the exit status."""
    parser = argparse.ArgumentParser(prog="glossary", description="The executable deep-learning glossary, "
                                     "in a terminal.", epilog="TERM is a slug, title or alias, in any case.")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    term_help = "a slug, title or alias, in any case (glossary list shows them)"

    listing = commands.add_parser("list", help="every term: slug, section, summary")
    listing.add_argument("--section", type=str.lower, help="only this section")
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

    check = commands.add_parser("check", help="pytest on doctests and claim tests (all terms if none named)")
    check.add_argument("terms", nargs="*", metavar="TERM", help=term_help)
    check.set_defaults(handler=check_terms)

    for name, target in commands_of_content.items():
        extra = commands.add_parser(name, add_help=False, help=f"{_purpose(target)} (glossary {name} --help)")
        extra.add_argument("args", nargs=argparse.REMAINDER)  # listed in --help; main() hands it over
    parser.add_argument("--content", metavar="DIR", help="the content package folder (default: the installed one)")
    return parser


def _purpose(target: str) -> str:
    """What a content command does: its module docstring's first line after "The ... command:".

    Read with ast, so `glossary --help` imports no torch."""
    module = target.partition(":")[0]
    try:
        source = Path(importlib.util.find_spec(module).origin).read_text(encoding="utf-8")
        first = (ast.get_docstring(ast.parse(source)) or "").split("\n\n")[0]
    except (ImportError, AttributeError, OSError, SyntaxError, ValueError):
        return target
    first = " ".join(first.split()).partition(": ")[2] or first
    return first.split(". ")[0].rstrip(".") or target


def _content_command(name: str, target: str, argv: list) -> int:
    """A command a section declares (COMMANDS = {"bigram": "module:function"}), imported only when used."""
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)(argv, prog=f"glossary {name}")


def _term(name: str, content: registry.Content) -> registry.Term:
    try:
        return registry.resolve(name, content.terms)
    except LookupError as err:
        raise UsageError(err.args[0]) from None


def _regions(term: registry.Term, name: str | None) -> list:
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
    sections = args.content.sections
    if args.section is not None and args.section not in sections:
        raise UsageError(f"no section {args.section!r}; sections: {', '.join(sections)}")
    terms = [t for t in args.content.terms.values() if args.section in (None, t.section)]
    rows = [("SLUG", "SECTION", "SUMMARY")] + [(t.slug, t.section, t.summary) for t in terms]
    widths = [max(len(row[i]) for row in rows) for i in (0, 1)]
    room = shutil.get_terminal_size().columns - sum(widths) - 4 if sys.stdout.isatty() else None
    for slug, section, summary in rows:
        if room and len(summary) > room:
            summary = summary[: max(room - 1, 10)] + "…"
        print(f"{slug:<{widths[0]}}  {section:<{widths[1]}}  {summary}")
    return 0


def show_term(args) -> int:
    term = _term(args.term, args.content)
    regions = _regions(term, args.region)
    if args.code:
        for i, region in enumerate(regions):
            header = [f"# ==> {region.name} <=="] if len(regions) > 1 else []
            print("\n".join([""] * (i > 0) + header + [region.code.rstrip("\n")]))
        return 0
    terms = args.content.terms
    related = [*term.see_also, *(t.slug for t in terms.values() if term.slug in t.see_also)]
    lines = [f"{term.title}  ({args.content.sections[term.section].title}; slug: {term.slug})", ""]
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
    term = _term(args.term, args.content)
    regions = _regions(term, args.region)
    for i, region in enumerate(regions):
        if len(regions) > 1:
            print("\n" * (i > 0) + f"==> {region.name} <==")
        try:
            result = runner.execute(term, region, args.content)
        except runner.ExampleError as err:
            print(err.printed, end="", flush=True)  # as `python` would have shown it before the traceback
            raise
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
    """Run pytest, with the project's own settings, on the terms' doctests and claim tests."""
    content = args.content
    terms = [_term(name, content) for name in args.terms] or list(content.terms.values())
    project = content.root.parents[1]
    targets = []
    for term in {term.slug: term for term in terms}.values():  # a term named twice is checked once
        targets.append(str(term.path))  # its docstring's doctests (collected without importing the module)
        claims = project / "tests" / term.section / f"test_{term.slug}.py"
        targets += [str(claims)] if claims.is_file() else []
    if (project / "pyproject.toml").is_file():
        settings = ["--rootdir", str(project)]
    else:  # an installed copy: no project settings, so the ones the content was written for
        settings = ["-p", "glossary_site.testing", "-p", "no:cacheprovider", "-o", f"glossary_content={content.root}",
                    "-o", "doctest_optionflags=NUMBER NORMALIZE_WHITESPACE"]
    if not (project / "tests").is_dir():
        print(f"glossary: no tests/ folder next to {content.root}: an installed copy checks the doctests only; "
              "the claim tests come with the source checkout", file=sys.stderr)
    import subprocess

    return subprocess.call([sys.executable, "-m", "pytest", "-q", *settings, *targets], cwd=project)


if __name__ == "__main__":
    sys.exit(main())
