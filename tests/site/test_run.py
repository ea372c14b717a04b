"""Run buttons: examples that need only the standard library run in the reader's browser, offline.

The runtime (Pyodide, served by the site itself) loads only when a reader first presses Run; an
unedited example prints what its page shows; an edited one that raises shows its traceback; an
endless loop is stopped (Stop, or the time limit) and the next run works. Examples that cannot run
in the page say that their output is the build's and link the page's notebook.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
import time
from collections import defaultdict
from urllib.parse import urljoin, urlparse

import pytest
from site_html import EXAMPLE_BOXES, EXAMPLE_CODE, copy_text, has_class, tree_of

from glossary_site import inbrowser

FINISHED = "box => ['done', 'error', 'stopped'].includes(box.dataset.runState)"


def runnable_pages(site) -> dict[str, list[str]]:
    """Site-relative page URL -> the term:region of each example marked to run in the browser."""
    found = defaultdict(list)
    for path in sorted(site.rglob("*.html")):  # every page: a hand-written one may show examples too
        if 'data-run="python"' not in path.read_text(encoding="utf-8"):
            continue
        for box in tree_of(path).xpath(EXAMPLE_BOXES + '[@data-run="python"]'):
            found[path.relative_to(site).parent.as_posix() + "/"].append(f"{box.get('data-term')}:{box.get('data-region')}")
    return dict(found)


def imports_of(code: str) -> set[str]:
    tops = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            tops |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            tops.add(node.module.split(".")[0])
    return tops


def test_only_standard_library_examples_get_a_run_button_and_the_others_link_their_notebook(site, content):
    runnable, notes = 0, 0
    term_pages = [site / term.page.removesuffix(".md") / "index.html" for term in content.terms.values()]
    for path in sorted(term_pages):
        for box in tree_of(path).xpath(EXAMPLE_BOXES):
            copy = copy_text(box.xpath(EXAMPLE_CODE)[0])
            outside = {name for name in imports_of(copy) if name not in sys.stdlib_module_names}
            where = f"{path.relative_to(site)}: {box.get('data-term')}:{box.get('data-region')}"
            note = next(iter(box.xpath(f".//*[{has_class('glossary-run-note')}]")), None)
            if box.get("data-run") == "python":
                runnable += 1
                assert not outside and note is None, where
                assert "files(" not in copy and "open(" not in copy, f"{where}: reads files the browser lacks"
            else:
                notes += 1
                assert box.get("data-run") == "build" and note is not None, where
                named = {c.text_content() for c in note.iter("code")}
                assert named and named <= outside | inbrowser.UNAVAILABLE | {"names"}, f"{where}: names {named}"
                link = urljoin(f"http://site/{path.relative_to(site).as_posix()}", note.xpath(".//a[@download]/@href")[0])
                assert (site / urlparse(link).path.lstrip("/")).is_file(), f"{where}: {link}"
    assert runnable and notes, (runnable, notes)
    for name in inbrowser.RUNTIME_FILES:  # a site with Run buttons serves the runtime itself
        assert (site / inbrowser.SITE_FOLDER / name).is_file(), f"{name}: run `make runtime` before building"


def same_up_to_last_digit(a: str, b: str) -> bool:
    """Equal, or equal but for floats that are adjacent doubles (libm rounding: glibc vs the browser's musl)."""
    number = re.compile(r"-?\d+\.\d+(?:e[-+]?\d+)?", re.I)
    if number.sub("#", a) != number.sub("#", b):
        return False
    bits = [[struct.unpack("<q", struct.pack("<d", float(x)))[0] for x in number.findall(s)] for s in (a, b)]
    return len(bits[0]) == len(bits[1]) and all(abs(x - y) <= 1 for x, y in zip(*bits))


@pytest.fixture
def page(browser, site_server, site_url):
    """A page whose console errors, uncaught exceptions and requests (URLs) are recorded."""
    context = browser.new_context()
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.problems, page.requests = [], []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"exception: {e}"))
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("worker", lambda w: w.on("request", lambda r: page.requests.append(r.url)))
    yield page
    context.close()


def box_of(page, example: str):
    term, region = example.split(":")
    return page.locator(f'div.glossary-example[data-term="{term}"][data-region="{region}"]')


def run(page, box, timeout: float = 60_000) -> str:
    """Press Run and wait until the run ends; what it printed."""
    box.evaluate(REVEAL)
    box.get_by_role("button", name="Run", exact=True).click()
    page.wait_for_function(FINISHED, arg=box.element_handle(), timeout=timeout)
    return box.locator("pre.glossary-run-output").evaluate("e => e.textContent")


def built_output(box) -> str:
    shown = box.locator(".glossary-output code")
    return shown.evaluate("e => e.textContent") if shown.count() else ""


def edit(page, box, code: str) -> None:
    """Replace the example's code as a reader would: click into it, select all, type."""
    editor = box.locator("div.highlight:has(> span.filename) code").first  # the example's own, not its output
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)


def visit(page, site_url: str, url: str, example: str) -> None:
    """Follow a link to `url` (Material's instant navigation: the same document, so the same worker),
    and wait until its `example` is set up (the URL changes before the page's content does)."""
    page.evaluate("url => { const a = document.createElement('a'); a.href = url; document.body.append(a); a.click(); }",
                  site_url + url)
    page.wait_for_url(site_url + url)
    term, region = example.split(":")
    page.wait_for_selector(f'div.glossary-example[data-term="{term}"][data-region="{region}"][data-run-ready="true"]',
                           state="attached")


# Opens the tab or collapsed block an example sits in, so that its buttons can be pressed.
REVEAL = """box => {
  for (let el = box; el; el = el.parentElement) {
    if (el.tagName === "DETAILS") el.open = true;
    if (el.classList.contains("tabbed-block")) {
      const index = [...el.parentElement.children].indexOf(el);
      el.closest(".tabbed-set").querySelectorAll(":scope > .tabbed-labels > label")[index].click();
    }
  }
}"""


@pytest.mark.browser
def test_every_runnable_example_prints_in_the_browser_what_its_page_shows(page, site, site_url):
    by_page = runnable_pages(site)
    assert by_page, "no example is marked to run in the browser"
    first = next(iter(by_page))
    page.goto(site_url + first, wait_until="networkidle")
    loaded = list(page.requests)
    assert not [u for u in loaded if "/pyodide/" in u or "run-worker" in u], "the runtime loads before any Run"
    mismatches, last_digit, times = [], [], []
    for url, found in by_page.items():
        if url != first:
            visit(page, site_url, url, found[0])
        for example in found:
            box = box_of(page, example)
            start = time.perf_counter()
            printed = run(page, box)
            times.append(time.perf_counter() - start)
            expected = built_output(box)
            if box.get_attribute("data-run-state") != "done":
                mismatches.append(f"{example}: {box.get_attribute('data-run-state')}: {printed[-800:]}")
            elif printed.rstrip("\n") != expected.rstrip("\n"):
                if same_up_to_last_digit(printed.rstrip("\n"), expected.rstrip("\n")):
                    last_digit.append(example)
                else:
                    mismatches.append(f"{example}: printed\n{printed}\nwhere the page shows\n{expected}")
    assert not mismatches, "\n\n".join(mismatches)
    assert len(last_digit) <= 2, f"more than a stray libm rounding: {last_digit}"
    assert sum("run-worker.js" in u for u in page.requests) == 1, "one worker for the whole visit"
    assert {urlparse(u).netloc for u in page.requests} == {urlparse(site_url).netloc}, "a request to another host"
    assert not page.problems, "\n".join(page.problems)
    print(f"\n{len(times)} examples on {len(by_page)} pages; first run {times[0]:.2f} s (runtime load included), "
          f"later runs median {sorted(times[1:])[len(times[1:]) // 2] * 1000:.0f} ms; "
          f"same up to a float's last digit: {last_digit}")


def first_with_helpers(site) -> tuple[str, str]:
    """A runnable example that carries helper code (the harder case: the helpers run first)."""
    for url, found in runnable_pages(site).items():
        tree = tree_of(site / url / "index.html")
        for example in found:
            term, region = example.split(":")
            box = tree.xpath(EXAMPLE_BOXES + f'[@data-term="{term}"][@data-region="{region}"]')[0]
            if box.xpath(EXAMPLE_CODE + "[@data-copy]"):
                return url, example
    pytest.fail("no runnable example with helper code")


@pytest.mark.browser
def test_an_edited_example_that_raises_shows_its_traceback_and_reset_brings_back_the_original(page, site, site_url):
    url, example = first_with_helpers(site)
    page.goto(site_url + url)
    box = box_of(page, example)
    code = box.locator("div.highlight:has(> span.filename) code").first
    slug = example.split(":")[0]
    edit(page, box, "print('before the error')\nratio = 1 / 0\n")
    assert code.get_attribute("data-copy").endswith("ratio = 1 / 0"), "the copy button copies the edited code"
    printed = run(page, box)
    assert box.get_attribute("data-run-state") == "error"
    assert printed.startswith("before the error\n")
    assert f'File "{slug}.py", line 2' in printed and "ratio = 1 / 0" in printed  # the reader's own line
    assert printed.rstrip().endswith("ZeroDivisionError: division by zero")
    edit(page, box, "def broken(:\n")
    assert "SyntaxError" in run(page, box) and box.get_attribute("data-run-state") == "error"
    box.get_by_role("button", name="Reset", exact=True).click()
    assert run(page, box).rstrip("\n") == built_output(box).rstrip("\n")
    assert box.get_attribute("data-run-state") == "done"
    assert not page.problems, "\n".join(page.problems)


@pytest.mark.browser
def test_an_endless_loop_is_ended_by_the_time_limit_or_stop_and_the_next_run_works(page, site, site_url):
    url, example = next(iter(runnable_pages(site).items()))
    example = example[0]
    page.goto(site_url + url)
    page.evaluate("window.glossaryRun.timeLimit = 1500; window.glossaryRun.maxOutput = 1000")
    box = box_of(page, example)
    expected = built_output(box).rstrip("\n")
    assert run(page, box).rstrip("\n") == expected  # Python loaded

    edit(page, box, "while True:\n    pass\n")
    start = time.perf_counter()
    run(page, box, timeout=20_000)
    assert box.get_attribute("data-run-state") == "stopped" and time.perf_counter() - start >= 1.5
    box.get_by_role("button", name="Reset", exact=True).click()
    assert run(page, box).rstrip("\n") == expected and box.get_attribute("data-run-state") == "done"

    page.evaluate("window.glossaryRun.timeLimit = 60000")
    edit(page, box, "i = 0\nwhile True:\n    print(i)\n    i += 1\n")
    box.get_by_role("button", name="Run", exact=True).click()
    output = box.locator("pre.glossary-run-output")
    page.wait_for_function("e => e.textContent.length >= 1000", arg=output.element_handle())  # printed while running
    box.get_by_role("button", name="Stop", exact=True).click()
    page.wait_for_function(FINISHED, arg=box.element_handle(), timeout=5_000)
    assert box.get_attribute("data-run-state") == "stopped"
    assert output.evaluate("e => e.textContent").startswith("0\n1\n2\n")
    assert len(output.evaluate("e => e.textContent")) < 1100  # the cap, plus its notice
    box.get_by_role("button", name="Reset", exact=True).click()
    assert run(page, box).rstrip("\n") == expected and box.get_attribute("data-run-state") == "done"
    assert not page.problems, "\n".join(page.problems)
