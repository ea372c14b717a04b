"""Building a site: from the project's own files, failing in one precise line, rebuilding only what changed,
and giving the same bytes every time. All on the fixture project (tests/engine/conftest.py), built in this process."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from glossary_site import runner, testing

MEAN = "src/{package}/alpha/mean.py"
VARIANCE = "src/{package}/alpha/variance.py"
DOT = "src/{package}/beta/dot_product.py"
HELPERS = "src/{package}/alpha/helpers.py"
EVERY_EXAMPLE = ["mean:example", "variance:example", "variance:figure", "dot_product:example", "dot_product:loop"]


def output(project, site, page: str, region: str = "example") -> str:
    """What the page shows under the region's code."""
    box = project.page(site, page).select_one(f'div.glossary-example[data-region="{region}"]')
    shown = box.select_one("div.glossary-output code")
    return shown.get_text() if shown else ""


# --- the plugin builds from the project's files --------------------------------------------------------


def test_the_build_runs_the_content_next_to_mkdocs_yml_not_the_installed_package(make_project):
    import glossary_examples.makemore  # noqa: F401  (the real content: installed, importable, working)

    project = make_project(package="glossary_examples")  # a project whose content has the same name
    line = project.line_of(MEAN, 'print("mean:", x.mean())')
    project.edit(MEAN, 'print("mean:", x.mean())', 'print("mean:", x.mean(axis=3))')
    error = project.build_error()
    assert f"{project.path(MEAN)}:{line}:" in error, "the project's broken example must fail its build"

    project.edit(MEAN, 'print("mean:", x.mean(axis=3))', 'print("average:", x.mean())')
    site = project.build()
    assert output(project, site, "alpha/mean.md").startswith("average: 2.0\n"), "the edit must be on the page"


# --- bad input: one line naming the file and the line ------------------------------------------------------


def test_a_walkthrough_cell_that_raises_fails_the_build_naming_file_cell_and_line(make_project):
    project = make_project()
    project.edit("mkdocs.yml", "markdown_extensions:", "  - mkdocs-jupyter:\n      include: ['*.ipynb']\n"
                                                       "      execute: false\nmarkdown_extensions:")
    walkthrough = project.write("docs/walkthroughs/broken.py", """\
        # %% [markdown]
        # # Broken

        # %%
        x = 1 / 0
        """)
    error = project.build_error()
    assert error.splitlines() == [error], error
    line = project.line_of("docs/walkthroughs/broken.py", "x = 1 / 0")
    assert re.match(rf"glossary: walkthrough broken\.py: cell 2 failed at {re.escape(str(walkthrough))}:{line}: "
                    "ZeroDivisionError", error), error


def syntax_error(p):
    p.edit(MEAN, 'print("mean:", x.mean())', 'print("mean:", x.mean()')
    return MEAN, p.line_of(MEAN, 'print("mean:", x.mean()'), "syntax"


def missing_metadata(p):
    p.edit(MEAN, 'DOCS = "https://numpy.org/doc/stable/reference/generated/numpy.mean.html"\n', "")
    return MEAN, 1, "DOCS"


def no_example_region(p):
    p.edit(DOT, "[start:example]", "[start:numpy]")
    p.edit(DOT, "[end:example]", "[end:numpy]")
    return DOT, 1, "example"


def region_without_end(p):
    p.edit(MEAN, "# --8<-- [end:example]\n", "")
    return MEAN, p.line_of(MEAN, "[start:example]"), "'example'"


def region_not_valid_alone(p):  # the module is valid Python; the region pasted alone is not
    p.edit(DOT, "# --8<-- [start:loop]\ntotal = 0", "if True:\n    # --8<-- [start:loop]\n    total = 0")
    return DOT, p.line_of(DOT, "    total = 0"), "'loop'"


def unknown_see_also(p):
    p.edit(MEAN, 'SEE_ALSO = ("dot_product",)', 'SEE_ALSO = ("dot_prodcut",)')
    return MEAN, p.line_of(MEAN, "SEE_ALSO"), "dot_prodcut"


def search_boost_not_a_number(p):
    p.edit(MEAN, 'SEE_ALSO = ("dot_product",)', 'SEE_ALSO = ("dot_product",)\nSEARCH_BOOST = "high"')
    return MEAN, p.line_of(MEAN, "SEARCH_BOOST"), "SEARCH_BOOST"


def page_in_another_section(p):
    p.path("docs/alpha").mkdir()
    p.path("docs/beta/dot_product.md").rename(p.path("docs/alpha/dot_product.md"))
    return "docs/alpha/dot_product.md", 1, "beta"


def one_slug_in_two_sections(p):
    shutil.copy(p.path(MEAN), p.path("src/{package}/beta/mean.py"))
    return "src/{package}/beta/mean.py", 1, str(p.path(MEAN))


def page_missing_a_region(p):
    p.edit("docs/beta/dot_product.md", '```example loop', '```example')
    return "docs/beta/dot_product.md", 1, "loop"


def page_naming_an_unknown_region(p):
    p.edit("docs/beta/dot_product.md", '```example loop', '```example lop')
    return "docs/beta/dot_product.md", p.line_of("docs/beta/dot_product.md", "```example lop"), "'lop'"


def example_raises(p):
    p.edit(MEAN, 'print("mean:", x.mean())', 'print("mean:", x.mean(axis=3))')
    return MEAN, p.line_of(MEAN, "axis=3"), "term 'mean', region 'example'"


def helper_raises(p):  # the line is the example's call, in the term module, not the helper's line
    p.edit(MEAN, "double(x.mean())", "double(None)")
    return MEAN, p.line_of(MEAN, "double(None)"), "TypeError"


def example_exits(p):  # SystemExit is a failure too, not the end of the build
    p.edit(VARIANCE, 'print("variance:", x.var())', "raise SystemExit(0)")
    return VARIANCE, p.line_of(VARIANCE, "SystemExit"), "term 'variance', region 'example'"


BAD_INPUT = [syntax_error, missing_metadata, no_example_region, region_without_end, region_not_valid_alone,
             unknown_see_also, search_boost_not_a_number, page_in_another_section,
             one_slug_in_two_sections, page_missing_a_region, page_naming_an_unknown_region, example_raises,
             helper_raises, example_exits]


@pytest.mark.parametrize("breakage", BAD_INPUT, ids=lambda f: f.__name__)
def test_bad_input_fails_the_build_in_one_line_naming_file_and_line(make_project, breakage):
    project = make_project()
    file, line, detail = breakage(project)
    error = project.build_error()
    assert "\n" not in error and error.startswith("glossary: "), error
    assert f"{project.path(file)}:{line}:" in error, error
    assert detail in error, error


def test_the_terminal_shows_one_error_line_and_no_traceback(make_project, clean_env):
    """What `mkdocs build` prints for a raising example: the term, region, file (relative) and line."""
    project = make_project()
    example_raises(project)
    line = project.line_of(MEAN, "axis=3")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project.root / "out")],
                          cwd=project.root, capture_output=True, text=True, timeout=300, env=clean_env)
    assert done.returncode == 1
    errors = [row for row in done.stderr.splitlines() if "glossary:" in row]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"src/tiny_glossary/alpha/mean.py:{line}: numpy.exceptions.AxisError" in errors[0]
    assert not (project.root / "out" / "index.html").exists()


def test_output_with_a_code_fence_in_it_is_shown_whole(make_project):
    project = make_project()
    project.edit(DOT, 'print("loop:", total)', 'print("```python\\nloop:", total, "\\n```")')
    site = project.build()
    assert output(project, site, "beta/dot_product.md", "loop") == "```python\nloop: 11 \n```\n"


# --- serve: a rebuild runs only what changed, and shows it -----------------------------------------------


def test_a_serve_rebuild_runs_only_the_edited_example_and_shows_its_output(make_project, executions):
    project = make_project()
    served = project.serve()
    site = served.rebuild()
    assert str(project.content) in served.config.watch, "serve must watch the content (mkdocs.yml has no watch:)"
    assert sorted(executions()) == sorted(EVERY_EXAMPLE)
    before = {page: output(project, site, page) for page in ("alpha/mean.md", "beta/dot_product.md")}

    project.edit(VARIANCE, 'print("variance:", x.var())', 'print("variance:", x.var(), "of", x.size)')
    served.rebuild()
    assert executions()[len(EVERY_EXAMPLE):] == ["variance:example"]
    assert output(project, site, "alpha/variance.md") == "variance: 0.6666666666666666 of 3\n"
    assert {page: output(project, site, page) for page in before} == before


def test_editing_a_helper_reruns_the_examples_that_import_it(make_project, executions):
    project = make_project()
    served = project.serve()
    served.rebuild()
    project.edit(HELPERS, "return 2 * x", "return 3 * x")  # mean imports it through alpha/__init__.py
    site = served.rebuild()
    assert executions()[len(EVERY_EXAMPLE):] == ["mean:example"]
    assert output(project, site, "alpha/mean.md") == "mean: 2.0\ndoubled: 6.0\n"


def test_editing_only_prose_reruns_nothing(make_project, executions):
    project = make_project()
    served = project.serve()
    served.rebuild()
    project.edit(MEAN, "It is the balance point of the numbers.", "It is where the numbers balance.")
    project.edit("docs/beta/dot_product.md", '=== "Loop"', '=== "For loop"')
    site = served.rebuild()
    assert executions() == EVERY_EXAMPLE, "prose edits must come from the cache"
    assert "It is where the numbers balance." in project.page(site, "alpha/mean.md").get_text()
    assert "For loop" in project.page(site, "beta/dot_product.md").get_text()


def test_a_broken_edit_fails_one_rebuild_and_the_fix_is_shown(make_project, executions):
    project = make_project()
    served = project.serve()
    served.rebuild()
    example_raises(project)
    with pytest.raises(testing.BuildFailed, match=r"^glossary: term 'mean', region 'example': .*mean\.py:\d+: "):
        served.rebuild()
    project.edit(MEAN, 'print("mean:", x.mean(axis=3))', 'print("mean:", x.mean(axis=0))')
    site = served.rebuild()
    assert executions()[len(EVERY_EXAMPLE):] == ["mean:example"]  # the log lists runs that succeeded
    assert output(project, site, "alpha/mean.md") == "mean: 2.0\ndoubled: 4.0\n"


def test_a_new_library_version_reruns_every_example(make_project, executions, monkeypatch):
    project = make_project()
    project.build()
    real = runner.version
    monkeypatch.setattr(runner, "version", lambda name: "99.0" if name == "numpy" else real(name))
    try:
        project.build()
    finally:
        monkeypatch.undo()
        runner.library_versions.cache_clear()
    assert executions() == EVERY_EXAMPLE * 2


# --- reproducible builds ---------------------------------------------------------------------------


def timings(project, site) -> dict[str, str]:
    """'slug · region' -> 'executed' or 'cache hit', as the build-timings page reports it."""
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in project.page(site, "timing.md").select("tbody tr")]
    return {row[0]: row[2] for row in rows}


def test_two_clean_builds_and_a_cached_build_give_the_same_bytes(make_project, executions, comparable):
    project = make_project()
    first_site = project.build()
    first = comparable(first_site)
    shutil.rmtree(project.cache)
    second = comparable(project.build())
    cached_site = project.build()
    cached = comparable(cached_site)
    assert executions() == EVERY_EXAMPLE * 2, "the third build must come from the cache"
    assert set(timings(project, first_site).values()) == {"executed"}
    assert set(timings(project, cached_site).values()) == {"cache hit"}
    assert len(timings(project, cached_site)) == len(EVERY_EXAMPLE)
    assert any(b"<svg" in data for data in first.values()), "no figure: figures were not checked"
    for other in (second, cached):
        assert sorted(other) == sorted(first)
        assert [name for name in first if other[name] != first[name]] == []
