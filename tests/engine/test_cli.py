"""The `glossary` command, on the fixture project (`--content DIR`), driven as a reader drives it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from glossary_site import cli, registry

SCRIPT = Path(sys.executable).parent / "glossary"  # the console script `pip install -e .` made


@pytest.fixture
def project(make_project):
    return make_project()


@pytest.fixture
def glossary(project, capsys):
    """glossary(*args) -> (status, stdout, stderr), run in this process on the fixture project."""

    def run(*args: str, content: Path | None = project.content):
        try:
            status = cli.main([*(["--content", str(content)] if content else []), *args])
        except SystemExit as exit:  # argparse's own usage errors and --help
            status = exit.code
        out, err = capsys.readouterr()
        return status, out, err

    return run


def terms_of(project) -> dict[str, registry.Term]:
    return registry.discover(project.content).terms


def test_list_shows_every_term_with_its_section_and_summary(glossary, project):
    terms = terms_of(project)
    status, out, _ = glossary("list")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split() == ["SLUG", "SECTION", "SUMMARY"]
    listed = {row.split()[0]: row.split(None, 2)[1:] for row in rows}
    assert listed == {slug: [t.section, t.summary] for slug, t in terms.items()}
    status, out, _ = glossary("list", "--section", "ALPHA")
    assert status == 0 and [row.split()[0] for row in out.splitlines()[1:]] == ["mean", "variance"]


@pytest.mark.parametrize("name", ["mean", "MEAN", "Average", "np.mean", "NP.MEAN"])
def test_show_finds_a_term_by_slug_title_or_alias_in_any_case(glossary, project, name):
    term = terms_of(project)["mean"]
    status, out, err = glossary("show", name)
    assert (status, err) == (0, "")
    assert out.startswith(term.title) and term.summary in " ".join(out.split())
    for part in (term.definition, term.docs, term.doctest, *term.aliases,
                 *(region.code for region in term.regions.values())):
        assert part in out
    see_also = re.search(r"^See also: (.*)$", out, re.M)[1]
    assert see_also.split(", ") == ["dot_product", "variance"]  # its own link, then the one pointing at it


NAMED = '''"""NAME

A probe named NAME.
"""

ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
print("SLUG")
# --8<-- [end:example]
'''


def test_names_that_differ_only_in_case_find_their_own_term(glossary, project):
    for slug, name in (("tensor_function", "torch.tensor"), ("tensor_class", "torch.Tensor")):
        project.write(f"src/{{package}}/beta/{slug}.py", NAMED.replace("NAME", name).replace("SLUG", slug))
    for name, slug in (("torch.tensor", "tensor_function"), ("torch.Tensor", "tensor_class"),
                       ("Tensor Function", "tensor_function"), ("tensor-class", "tensor_class")):
        assert glossary("run", name) == (0, f"{slug}\n", ""), name


def test_show_code_is_the_regions_code_and_pasted_it_prints_what_the_examples_print(glossary, project, clean_env,
                                                                                    execute):
    content = registry.discover(project.content)
    term = content.terms["dot_product"]
    status, out, _ = glossary("show", "dot product", "--code", "--region", "loop")
    assert status == 0 and out == term.regions["loop"].code
    status, everything, _ = glossary("show", "dot product", "--code")
    pasted = subprocess.run([sys.executable, "-c", everything], capture_output=True, text=True, timeout=60,
                            env=clean_env)
    assert pasted.returncode == 0, pasted.stderr
    assert pasted.stdout == "".join(execute(term, region, content).stdout for region in term.regions.values())


def test_run_prints_what_the_page_shows(built, capsys, isolated_imports):
    project, site = built
    shown = {box["data-region"]: box.select_one("div.glossary-output code").get_text()
             for box in project.page(site, "beta/dot_product.md").select("div.glossary-example")}
    assert cli.main(["--content", str(project.content), "run", "dot_product"]) == 0
    out = capsys.readouterr().out
    assert out == "==> example <==\n" + shown["example"] + "\n==> loop <==\n" + shown["loop"]


def test_run_saves_the_figures_it_is_asked_for(glossary, project, tmp_path, execute):
    content = registry.discover(project.content)
    term = content.terms["variance"]
    status, out, err = glossary("run", "variance", "--region", "figure", "--figures", str(tmp_path / "plots"))
    assert status == 0 and out == ""
    saved = tmp_path / "plots" / "variance-figure-1.svg"
    assert saved.read_text(encoding="utf-8") == execute(term, term.regions["figure"], content).figures[0]
    assert str(saved) in err


@pytest.mark.parametrize("command", [["show", "maen"], ["run", "variace"], ["check", "mean", "dot_prodct"]])
def test_an_unknown_term_gets_suggestions_and_exit_status_2(glossary, command):
    status, out, err = glossary(*command)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"glossary: unknown term {command[-1]!r}")
    assert re.search(r"did you mean (.*)\?$", err)[1] == {"maen": "mean", "variace": "variance",
                                                          "dot_prodct": "dot_product"}[command[-1]]


@pytest.mark.parametrize("args", [[], ["lsit"], ["list", "--bogus"], ["list", "--section", "gamma"], ["show"],
                                  ["show", "mean", "--region", "nope"], ["run", "mean", "--figures"]])
def test_usage_errors_exit_2_without_a_traceback(glossary, args):
    status, out, err = glossary(*args)
    assert status == 2 and out == ""
    assert err.startswith(("usage: glossary", "glossary: ")) and "Traceback" not in err


def test_content_that_is_not_a_package_is_a_usage_error(glossary, tmp_path):
    status, _, err = glossary("--content", str(tmp_path / "nowhere"), "list", content=None)
    assert status == 2 and err.count("\n") == 1 and str(tmp_path / "nowhere") in err


def test_a_broken_term_module_is_one_line_and_exit_status_1(glossary, project):
    project.edit("src/{package}/beta/dot_product.py", 'print("dot:", np.dot([1, 2], [3, 4]))', 'print("dot:"')
    line = project.line_of("src/{package}/beta/dot_product.py", 'print("dot:"')
    for command in (["list"], ["show", "mean"], ["check"]):
        status, out, err = glossary(*command)
        assert (status, out) == (1, "")
        assert re.fullmatch(rf"glossary: {re.escape(str(project.path('src/{package}/beta/dot_product.py')))}:"
                            rf"{line}: syntax error: .+\n", err), err


def test_a_broken_example_fails_run_in_one_line(glossary, project):
    project.edit("src/{package}/alpha/mean.py", "double(x.mean())", "double(x.mean(axis=2))")
    status, out, err = glossary("run", "mean")
    assert status == 1
    assert err.count("\n") == 1 and "term 'mean', region 'example'" in err and "mean.py:" in err
    assert out.startswith("mean: ") and out.count("\n") == 1  # what it printed before the failing line


def test_content_commands_come_from_the_sections(glossary):
    assert glossary("greet", "Ada") == (0, "hello, Ada\n", "")
    assert glossary("greet") == (2, "usage: glossary greet NAME\n", "")  # the command's own status
    status, out, _ = glossary("--help")
    assert status == 0 and re.search(r"^\s+greet\s", out, re.M)


def test_the_real_content_commands_say_what_they_do(glossary):
    status, out, _ = glossary("--help", content=None)  # the installed glossary_examples
    assert status == 0 and "glossary_examples." not in out  # a purpose, not a module path
    for command, purpose in [("bigram", "fit the bigram count model"), ("gpt", "train"), ("bpe", "train")]:
        assert re.search(rf"^\s+{command}\s+{purpose}", out, re.M), out


def check(project, clean_env, *args, content=None):
    return subprocess.run([sys.executable, "-m", "glossary_site.cli", "--content", str(content or project.content),
                           "check", *args], capture_output=True, text=True, timeout=120, env=clean_env,
                          cwd=project.root.parent)


def test_check_runs_pytest_with_the_project_settings(project, clean_env):
    # mean's doctest `0.1 + 0.2` -> `0.3` passes only with the project's NUMBER option.
    done = check(project, clean_env, "mean", "MEAN")  # named twice, checked once
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^2 passed", done.stdout, re.M), done.stdout  # the doctest and tests/alpha/test_mean.py

    project.edit("src/{package}/beta/dot_product.py", ">>> sum(a * b for a, b in zip([1, 2], [3, 4]))\n11",
                 ">>> sum(a * b for a, b in zip([1, 2], [3, 4]))\n12")
    project.edit("tests/alpha/test_mean.py", 'startswith("mean: 2.0")', 'startswith("mean: 3.0")')
    done = check(project, clean_env)
    assert done.returncode == 1
    failed = sorted(re.findall(r"^FAILED (\S+)", done.stdout, re.M))
    assert failed == ["src/tiny_glossary/beta/dot_product.py::dot_product",
                      "tests/alpha/test_mean.py::test_the_mean_is_printed"], done.stdout


def test_check_on_an_installed_copy_runs_its_doctests_and_says_so(project, clean_env, tmp_path):
    installed = tmp_path / "lib" / "site-packages" / "tiny_glossary"
    shutil.copytree(project.content, installed)
    done = check(project, clean_env, content=installed)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^3 passed", done.stdout, re.M), done.stdout  # one doctest per term, NUMBER included
    assert "doctests only" in done.stderr


@pytest.mark.skipif(not SCRIPT.is_file(), reason="no console script next to this python (pip install -e . makes it)")
def test_the_glossary_command_reports_a_typo_in_one_line(project, clean_env):
    done = subprocess.run([str(SCRIPT), "--content", str(project.content), "show", "meen"],
                          capture_output=True, text=True, timeout=60, env=clean_env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "glossary: unknown term 'meen'; did you mean mean?\n"


def test_a_reader_closing_the_pipe_is_not_an_error(project, clean_env):
    """`glossary show mean | head -1`: the command stops quietly."""
    process = subprocess.Popen([sys.executable, "-m", "glossary_site.cli", "--content", str(project.content),
                                "show", "mean"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env)
    process.stdout.close()  # before the new interpreter has started, so its first write fails
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert stderr == b""
