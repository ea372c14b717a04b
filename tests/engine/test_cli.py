"""The `glossary` command, driven as a learner drives it: a real process, real output, exit codes."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from glossary_examples import _cli, _registry, _runner
from test_site import examples

SCRIPT = Path(sys.executable).parent / "glossary"  # the venv's console script (pip install -e . made it)
FORMS = {"module": [sys.executable, "-m", "glossary_examples._cli"], "script": [str(SCRIPT)]}


def env_for(src: Path) -> dict[str, str]:
    """`src` first on the path: the command then imports this checkout's package, whichever one is installed."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}


def glossary(*args: str, form: str = "module", src: Path = ROOT / "src", cwd: Path = ROOT):
    if form == "script" and not SCRIPT.is_file():
        pytest.skip(f"no console script at {SCRIPT} (pip install -e . creates it)")
    return subprocess.run([*FORMS[form], *args], capture_output=True, text=True, env=env_for(src), cwd=cwd,
                          timeout=900)


def run_sections(stdout: str, regions: list[str]) -> dict[str, str]:
    """Split `glossary run` output into regions: a `==> name <==` line heads each when there are several."""
    if len(regions) == 1:
        return {regions[0]: stdout}
    sections, name = {}, None
    for line in stdout.splitlines(keepends=True):
        if line.startswith("==> ") and line.rstrip("\n").endswith(" <==") and line[4:-5] in regions:
            name = line[4:-5]
            sections[name] = ""
        elif name is not None:
            sections[name] += line
    return {name: text.removesuffix("\n") if i < len(sections) - 1 else text
            for i, (name, text) in enumerate(sections.items())}


@pytest.mark.parametrize("form", FORMS)
def test_list_shows_every_term_with_section_and_summary(form, terms):
    done = glossary("list", form=form)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["SLUG", "SECTION", "SUMMARY"]
    listed = {row.split()[0]: row for row in rows}
    assert sorted(listed) == sorted(terms)
    first = max(len("SLUG"), *map(len, terms)) + 2  # columns: two spaces after the longest entry
    second = first + max(len("SECTION"), *(len(t.section) for t in terms.values())) + 2
    assert header[first:second].rstrip() == "SECTION" and header[second:] == "SUMMARY"
    for slug, row in listed.items():
        assert row[:first].rstrip() == slug
        assert row[first:second].rstrip() == terms[slug].section and row[second:] == terms[slug].summary


def test_list_section_filter(terms):
    for section in _registry.SECTIONS:
        done = glossary("list", "--section", section.upper())
        assert done.returncode == 0, done.stderr
        listed = {row.split()[0] for row in done.stdout.splitlines()[1:]}
        assert listed == {t.slug for t in terms.values() if t.section == section}
        if not listed:
            assert f"no terms in section '{section}' yet" in done.stderr


@pytest.mark.parametrize("name", ["softmax", "SoftMax", "F.SOFTMAX", "normalized exponential", "softmax-function"])
def test_show_resolves_slug_title_and_alias_in_any_case(name, terms):
    done = glossary("show", name)
    assert done.returncode == 0, done.stderr
    term = terms["softmax"]
    title, summary, *_ = done.stdout.split("\n\n")
    assert title == f"{term.title}  (Makemore; slug: softmax)"
    assert " ".join(summary.split()) == term.summary
    assert term.definition in done.stdout and term.doctest in done.stdout and term.docs in done.stdout
    for region in term.regions.values():
        assert region.code.rstrip("\n") in done.stdout


def probe_project(tmp_path: Path, terms: dict[str, str]) -> Path:
    """A copy of the package plus throwaway term modules (name -> source)."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__"))
    for slug, source in terms.items():
        (src / "glossary_examples" / f"{slug}.py").write_text(source)
    return src


def test_many_terms_are_listed_sorted_and_see_also_works_both_ways(tmp_path):
    probes = {f"probe_{n}": FLOAT_TERM.replace("float probe", f"probe {n}").replace("EXPECTED", "0.3")
              for n in (2, 1, 3)}
    probes["probe_1"] = probes["probe_1"].replace("SEE_ALSO = ()", 'SEE_ALSO = ("probe_2",)')
    src = probe_project(tmp_path, probes)
    listed = [row.split()[0] for row in glossary("list", "--section", "numpy", src=src).stdout.splitlines()[1:]]
    assert listed == sorted(listed) and [s for s in listed if s.startswith("probe_")] == ["probe_1", "probe_2", "probe_3"]
    assert "See also: probe_2\n" in glossary("show", "probe 1", src=src).stdout
    assert "See also: probe_1\n" in glossary("show", "PROBE_2", src=src).stdout  # the reverse link
    assert "See also" not in glossary("show", "probe_3", src=src).stdout


def test_a_broken_term_module_is_one_line_not_a_traceback(tmp_path):
    src = probe_project(tmp_path, {"half_typed": FLOAT_TERM.replace("print(0.1 + 0.2)", "print((0.1 + 0.2)")})
    for command in (["list"], ["show", "softmax"], ["check"]):
        done = glossary(*command, src=src)
        assert done.returncode == 1 and done.stdout == ""
        assert re.fullmatch(r"glossary: half_typed.py:\d+: syntax error: .+\n", done.stderr), done.stderr


def test_show_code_is_exactly_the_region_code_and_runs(terms):
    term = terms["softmax"]
    done = glossary("show", "softmax", "--code", "--region", "example")
    assert done.stdout == term.regions["example"].code
    everything = glossary("show", "softmax", "--code").stdout
    assert everything == "\n".join(f"# ==> {name} <==\n{region.code}" for name, region in term.regions.items())
    pasted = subprocess.run([sys.executable, "-c", everything], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "MPLBACKEND": "Agg"})
    assert pasted.returncode == 0, pasted.stderr  # all regions pasted at once: valid Python, printing it all
    _runner.configure_matplotlib()
    assert pasted.stdout == "".join(_runner.execute(term, region).stdout for region in term.regions.values())


def test_run_prints_what_the_page_shows(site, terms):
    """`glossary run` for softmax and the first term of each section, against the built HTML."""
    slugs = {"softmax"} | {min(t.slug for t in terms.values() if t.section == s)
                           for s in _registry.SECTIONS if any(t.section == s for t in terms.values())}
    shown = {(e["term"], e["region"]): e["output"] for e in examples(site)}
    for slug in sorted(slugs):
        done = glossary("run", slug)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        regions = list(terms[slug].regions)
        outputs = run_sections(done.stdout, regions)
        assert list(outputs) == regions
        for name, output in outputs.items():
            assert output.rstrip("\n") == shown[slug, name].rstrip("\n"), f"{slug}:{name} differs from its page"


def test_run_one_region_equals_the_runner_and_saves_figures(terms, tmp_path):
    term = terms["softmax"]
    _runner.configure_matplotlib()
    expected = {name: _runner.execute(term, region) for name, region in term.regions.items()}
    done = glossary("run", "softmax", "--region", "example")
    assert done.returncode == 0 and done.stdout == expected["example"].stdout
    done = glossary("run", "softmax", "--region", "figure", "--figures", str(tmp_path))
    assert done.returncode == 0 and done.stdout == expected["figure"].stdout
    saved = tmp_path / "softmax-figure-1.svg"
    assert saved.read_text(encoding="utf-8") == expected["figure"].figures[0]
    assert f"saved to {saved}" in done.stderr


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("command", [["show", "sofmax"], ["run", "softmx"], ["check", "softmax", "sotfmax"]])
def test_unknown_term_exits_2_with_suggestions(form, command):
    done = glossary(*command, form=form)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"glossary: unknown term {command[-1]!r}; did you mean softmax?\n"


@pytest.mark.parametrize("args", [[], ["lsit"], ["list", "--bogus"], ["list", "--section", "physics"],
                                  ["show"], ["show", "softmax", "--region", "nope"], ["run", "softmax", "--figures"]])
def test_user_errors_exit_2_without_traceback(args):
    done = glossary(*args)
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr and done.stderr.startswith(("usage: glossary", "glossary: "))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("command", [[], ["list"], ["show"], ["run"], ["check"]])
def test_every_command_has_help(form, command):
    done = glossary(*command, "--help", form=form)
    assert done.returncode == 0 and done.stdout.startswith(f"usage: {' '.join(['glossary', *command])}")


def test_a_reader_closing_the_pipe_is_not_an_error_message():
    """`glossary show softmax | head -1`: the command stops quietly (exit 1, nothing on stderr)."""
    process = subprocess.Popen([*FORMS["module"], "show", "softmax"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env_for(ROOT / "src"), cwd=ROOT)
    process.stdout.close()  # before the new interpreter has started, so its first write fails
    stderr = process.stderr.read()
    assert process.wait(timeout=300) == 1
    assert stderr == b""


def test_check_passes_for_softmax(terms):
    done = glossary("check", "softmax", "F.softmax")  # the same term twice is checked once
    assert done.returncode == 0, done.stdout + done.stderr
    examples_in_docstring = len(doctest.DocTestParser().get_examples(terms["softmax"].doctest))
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                                "tests/test_softmax.py"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    claim_tests = sum("::" in line for line in collected.stdout.splitlines())
    assert done.stdout.splitlines() == [
        f"ok    softmax: {examples_in_docstring} doctest examples, {claim_tests} claim tests passed",
        "1 term checked: 1 passed, 0 failed",
    ]


@pytest.fixture
def broken_copy(tmp_path) -> Path:
    """A copy of the package and tests whose softmax doctest and one claim test are wrong."""
    copy = tmp_path / "project"
    for part in ("src", "tests"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy)
    module = copy / "src/glossary_examples/softmax.py"
    claim = ">>> round(p.sum().item(), 6)\n"
    module.write_text(module.read_text().replace(claim + "1.0", claim + "2.0"))
    test = copy / "tests/test_softmax.py"
    test.write_text(test.read_text().replace("assert (probs > 0).all()", "assert (probs < 0).all()"))
    return copy


def test_check_reports_the_failing_doctest_and_claim_test(broken_copy):
    done = glossary("check", "softmax", src=broken_copy / "src", cwd=broken_copy)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("FAIL  softmax: ")
    assert "Expected:\n          2.0\n      Got:\n          1.0" in done.stdout
    assert "FAILED tests/test_softmax.py::test_outputs_are_positive_and_sum_to_one[logits0] (call)" in done.stdout
    assert "1 term checked: 0 passed, 1 failed" in lines
    assert "Traceback" not in done.stdout + done.stderr


def test_check_says_why_claim_tests_are_skipped_without_a_checkout(tmp_path):
    """An installed (non-editable) copy has no tests/ folder: doctests still run, and the skip is said."""
    site_packages = tmp_path / "lib"
    shutil.copytree(ROOT / "src/glossary_examples", site_packages / "glossary_examples",
                    ignore=shutil.ignore_patterns("__pycache__"))
    done = glossary("check", "softmax", src=site_packages, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "claim tests skipped: no tests/ folder next to the package" in done.stdout
    assert done.stdout.splitlines()[-1] == "1 term checked: 1 passed, 0 failed (doctests only)"


FLOAT_TERM = '''"""float probe

A float probe is a throwaway term whose doctest prints an inexact float.

>>> 0.1 + 0.2
EXPECTED
"""
SECTION = "numpy"
ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
print(0.1 + 0.2)
# --8<-- [end:example]
'''


# NUMBER allows one unit of the last digit written: 0.4 passes for 0.30000000000000004, 0.5 does not.
FLOAT_CASES = {"0.3": True, "0.30": True, "3e-1": True, "0.4": True, "0.30000000000000004": True,
               "0.5": False, "0.302": False, "3": False, "0.3 0.3": False}
OTHER_CASES = {">>> 0.1 < 0.2\n1": True,  # doctest's default: 1 may stand for True
               ">>> print('a   b')\na b": True,  # NORMALIZE_WHITESPACE
               ">>> [0.1 + 0.2,\n...  1.0 / 3]\n[0.3, 0.333]": True}


def test_check_and_pytest_agree_on_doctest_output(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project)
    (project / "tests").mkdir()
    cases = {**{f">>> 0.1 + 0.2\n{expected}": passes for expected, passes in FLOAT_CASES.items()}, **OTHER_CASES}
    slugs = {}
    for number, (doctest_text, passes) in enumerate(cases.items()):
        slug = slugs[doctest_text] = f"float_probe_{number}"
        (project / f"src/glossary_examples/{slug}.py").write_text(
            FLOAT_TERM.replace(">>> 0.1 + 0.2\nEXPECTED", doctest_text).replace("float probe", f"float probe {number}"))
        (project / f"tests/test_{slug}.py").write_text("def test_sum():\n    assert 0.1 + 0.2 > 0.3\n")
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    by_pytest = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
                                *(f"src/glossary_examples/{slug}.py" for slug in slugs.values())],
                               cwd=project, capture_output=True, text=True, env=env, timeout=300)
    by_glossary = glossary("check", *slugs.values(), src=project / "src", cwd=project)
    for doctest_text, passes in cases.items():
        slug = slugs[doctest_text]
        verdict = "PASSED" if passes else "FAILED"
        assert f"{verdict} src/glossary_examples/{slug}.py::" in by_pytest.stdout, (doctest_text, by_pytest.stdout)
        assert f"{'ok  ' if passes else 'FAIL'}  {slug}:" in by_glossary.stdout, (doctest_text, by_glossary.stdout)


def test_doctest_options_are_those_of_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert tuple(config["tool"]["pytest"]["ini_options"]["doctest_optionflags"]) == _cli.DOCTEST_OPTIONS


_numbers = st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.integers(-10**6, 10**6))
_written = st.tuples(_numbers, st.sampled_from(["{}", "{:.1f}", "{:.3f}", "{:.2e}", "{:.0f}.", "{:g}"])).map(
    lambda pair: pair[1].format(pair[0]))


@given(want=st.lists(_written, min_size=1, max_size=3), got=st.lists(_written, min_size=1, max_size=3),
       nudge=st.sampled_from([0.0, 1e-7, 4e-4, 0.04, 0.5]))
def test_number_checker_agrees_with_pytest(want, got, nudge):
    """Our NUMBER comparison gives pytest's verdict (pytest's checker is private API: this test pins it)."""
    from _pytest.doctest import _get_checker

    flags = doctest.NORMALIZE_WHITESPACE | _cli.NUMBER
    wanted = "tensor([" + ", ".join(want) + "])"
    for got_text in ("tensor([" + ", ".join(got) + "])",
                     "tensor([" + ", ".join(f"{float(w.rstrip('.')) + nudge!r}" for w in want) + "])"):
        assert _cli._NumberChecker().check_output(wanted, got_text, flags) == \
            _get_checker().check_output(wanted, got_text, flags), (wanted, got_text)
