"""Measure the Run buttons in Chromium and write docs/run-in-browser.md.

    .venv/bin/python scripts/run_timing.py --site site     # a site built for http://127.0.0.1:PORT/
    .venv/bin/python scripts/run_timing.py --site site --nice -10   # the browser at a higher priority

Measured, not tested (times depend on the machine's load): for every term page with a Run button, in
one visit (Material's instant navigation keeps the page's worker), the time from pressing Run to the
end of the run; the first Run of a visit includes loading the runtime. Then a fresh visit to measure
the first Run with the runtime in the browser's HTTP cache, the bytes a term page loads before anyone
presses Run (with and without what the Run buttons add), the runtime's size, and every request's host.
The site is served gzip-compressed, as a static host serves it.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gzip
import io
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"
FINISHED = "box => ['done', 'error', 'stopped'].includes(box.dataset.runState)"
# What the Run buttons add to a page's HTML: the wrapper's data-run, the notes, the script tag.
ADDED = re.compile(r' data-run="(?:python|build)"|<p class="glossary-run-note"[^>]*>.*?</p>\n?'
                   r'|<script[^>]*assets/run\.js[^>]*></script>', re.S)


WITHOUT_RUN = "without-run"
RUN_SCRIPT = re.compile(rb'<script[^>]*assets/run\.js[^>]*></script>')


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when asked (not the .wasm and .zip, as most hosts), cacheable for an hour."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        path = path / "index.html" if path.is_dir() else path
        if not path.is_file():
            return super().send_head()
        zipped = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix not in (".zip", ".png")
        body = _compressed(path) if zipped else path.read_bytes()
        if self.path.endswith("?" + WITHOUT_RUN):  # the page as it would be without the Run buttons' script
            body = RUN_SCRIPT.sub(b"", path.read_bytes())
            body = gzip.compress(body, mtime=0) if zipped else body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


@functools.cache
def _compressed(path: Path) -> bytes:
    """Compressed once, as a host keeps its .gz files (compressing 10 MB per request would be measured too)."""
    return gzip.compress(path.read_bytes(), mtime=0)


def runnable_pages(site: Path) -> dict[str, int]:
    pages = {}
    for path in sorted(site.rglob("index.html")):
        count = path.read_text(encoding="utf-8").count('data-run="python"')
        if count:
            pages[path.parent.relative_to(site).as_posix() + "/"] = count
    return pages


def press_run(page, box) -> float:
    """Seconds from pressing Run to the end of the run."""
    start = time.perf_counter()
    box.get_by_role("button", name="Run", exact=True).click()
    page.wait_for_function(FINISHED, arg=box.element_handle(), timeout=120_000, polling=10)
    seconds = time.perf_counter() - start
    state = box.get_attribute("data-run-state")
    assert state == "done", f"{state}: {box.inner_text()}"
    return seconds


def reveal(box) -> None:
    box.page.wait_for_selector('div.glossary-example[data-run-ready="true"]', state="attached")
    box.evaluate("""box => { for (let el = box; el; el = el.parentElement) {
        if (el.tagName === "DETAILS") el.open = true;
        if (el.classList.contains("tabbed-block")) {
          const i = [...el.parentElement.children].indexOf(el);
          el.closest(".tabbed-set").querySelectorAll(":scope > .tabbed-labels > label")[i].click(); } } }""")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, mtime=0))


def measure(site: Path, base: str, repeats: int) -> dict:
    from playwright.sync_api import sync_playwright

    pages = runnable_pages(site)
    first_url = next(iter(pages))
    found = {"pages": pages, "examples": [], "hosts": set()}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[OFFLINE])
        context = browser.new_context()
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r))
        page.on("worker", lambda w: w.on("request", lambda r: requests.append(r)))
        page.goto(base + first_url, wait_until="networkidle")
        found["before_run"] = [(r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"])
                               for r in requests if r.response()]
        first = True
        for url in pages:
            if url != first_url:
                page.evaluate("u => { document.querySelector('article').dataset.left = 'yes'; "
                              "const a = document.createElement('a'); a.href = u; document.body.append(a); "
                              "a.click(); }", base + url)
                page.wait_for_url(base + url)  # the URL changes before the content: wait for the new article
                page.wait_for_selector('article:not([data-left]) div.glossary-example[data-run-ready="true"]',
                                       state="attached")
            for index in range(pages[url]):
                box = page.locator('div.glossary-example[data-run="python"]').nth(index)
                reveal(box)
                if first:
                    found["first_run"] = press_run(page, box)
                    first = False
                times = [press_run(page, box) for _ in range(repeats)]
                name = f"{box.get_attribute('data-term')}:{box.get_attribute('data-region')}"
                found["examples"].append((name, statistics.median(times)))
        found["hosts"] = {urlparse(r.url).netloc for r in requests}
        context.close()
        # A later visit, the runtime in the HTTP cache (and V8's compiled code): a fresh context, one visit
        # to fill its cache, then a reload and the first Run of that visit.
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + first_url, wait_until="networkidle")
        box = page.locator('div.glossary-example[data-run="python"]').first
        reveal(box)
        press_run(page, box)
        page.reload(wait_until="networkidle")
        box = page.locator('div.glossary-example[data-run="python"]').first
        reveal(box)
        found["cached_first_run"] = press_run(page, box)
        browser.close()
    return found


LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"  # scripts/lighthouse.py's


def lighthouse(site: Path, base: str, page: str, runs: int) -> dict[str, list[float]]:
    """Lighthouse performance (mobile) of a page with Run buttons, and of the same page without run.js,
    alternating, so that both see the same machine load."""
    import json
    import tempfile

    scores: dict[str, list[float]] = {"with Run buttons": [], "without run.js": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            for name, url in (("with Run buttons", base + page), ("without run.js", f"{base}{page}?{WITHOUT_RUN}")):
                report = Path(tmp) / "report.json"
                subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--form-factor=mobile", "--output=json",
                                f"--output-path={report}", "--only-categories=performance",
                                "--chrome-flags=--headless=new --no-sandbox"],
                               env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
                scores[name].append(100 * json.loads(report.read_text())["categories"]["performance"]["score"])
    return scores


NOTES = [
    "## How it works, and its limits", "",
    "- **Which examples run**: the build decides from the copy's imports (`src/glossary_site/inbrowser.py`):",
    "  standard library only, minus the modules the browser's Python lacks or cannot use (threads,",
    "  processes, sockets, `sqlite3`, `tkinter`, ...), and no package data (`names`). Everything else, torch",
    "  and NumPy included, says under its output that it was printed while the site was built and links",
    "  the page's notebook. NumPy is not loaded from elsewhere: the site serves only the core runtime.",
    "- **Same output**: each run starts as the build ran the example: fresh globals, `random.seed(0)`,",
    "  helper code first. `tests/site/test_run.py` presses Run on every such example and compares with",
    "  the page. One differs, in the last digit: `prediction` prints `Value(data=0.6994093620224068)` in the",
    "  browser where the build printed `...067`, because `math.tanh` of the same double rounds one unit",
    "  differently in the browser's C library (musl) than in the build machine's (glibc); the browser's is",
    "  the correctly rounded one. The page says so next to the run when it happens.",
    "- **Python version**: Pyodide 0.27.8 is CPython 3.12.7; the build runs 3.11. No example prints",
    "  differently because of it; error messages of edited code may differ from 3.11's.",
    "- **Bad input**: a traceback is printed in the run's output (with the reader's own line); an endless",
    "  loop is ended by Stop or by the 10 s time limit, which end the worker and start a fresh one (the",
    "  next run then waits for Python to load again); output beyond 200,000 characters is cut.",
    "- **Loading**: nothing of the runtime loads with a page; the first Run fetches it (5.5 MiB with",
    "  gzip, 13.2 MiB without) and keeps it for the visit (instant navigation keeps the worker).",
    "- **These times and the machine's load**: the first Run is mostly CPU work (compiling the",
    "  WebAssembly, starting Python: about 2.7 CPU-seconds when Node.js loads the same files), so on a",
    "  shared machine it grows with the load average printed above; run the script again to compare.",
    "",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site (mkdocs build -d DIR)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per example after the first (median)")
    parser.add_argument("--nice", type=int, default=0, help="run the browser at this nice value (root: negative)")
    parser.add_argument("--lighthouse", type=int, default=0, metavar="RUNS",
                        help="also Lighthouse performance, with and without run.js (needs scripts/lighthouse.py's npm install)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "run-in-browser.md")
    args = parser.parse_args()
    if args.nice:
        os.setpriority(os.PRIO_PROCESS, 0, args.nice)  # Chromium inherits it
    site = args.site.resolve()
    # Served where it was built for (its sitemap's address): Material's instant navigation, which keeps the
    # page's worker from page to page, only follows links to the addresses in the sitemap.
    built_for = urlparse(re.search(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))[1])
    assert built_for.hostname == "127.0.0.1", f"build the site for a loopback address (GLOSSARY_SITE_URL), not {built_for}"
    server = ThreadingHTTPServer(("127.0.0.1", built_for.port or 80), partial(GzipHandler, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for path in (site / "assets" / "pyodide").iterdir():  # compressed before the clock starts, as on a host
        if path.suffix != ".zip":
            _compressed(path)
    load = os.getloadavg()[0]
    found = measure(site, base, args.repeats)
    scores = lighthouse(site, base, next(iter(found["pages"])), args.lighthouse) if args.lighthouse else {}
    server.shutdown()

    runtime = sorted((site / "assets" / "pyodide").iterdir())
    raw = sum(p.stat().st_size for p in runtime)
    zipped = sum(gz(p.read_bytes()) if p.suffix not in (".zip",) else p.stat().st_size for p in runtime)
    page_html = (site / next(iter(found["pages"])) / "index.html").read_bytes()
    added_html = len(page_html) - len(ADDED.sub("", page_html.decode()).encode())
    added_gz = gz(page_html) - gz(ADDED.sub("", page_html.decode()).encode())
    script = (site / "assets" / "run.js").read_bytes()
    before = sum(size for _, size in found["before_run"])
    examples = found["examples"]
    times = sorted(seconds for _, seconds in examples)
    slow = [(name, s) for name, s in examples if s > 0.2]
    sections: dict[str, int] = {}
    for url, count in found["pages"].items():
        sections[url.split("/")[0]] = sections.get(url.split("/")[0], 0) + count
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    chromium = " ".join(subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split()[:2])
    kib = lambda n: f"{n / 1024:,.1f} KiB"  # noqa: E731
    mib = lambda n: f"{n / 2**20:,.1f} MiB"  # noqa: E731
    lines = [
        "---", "term_links: false", "---", "",
        "# Run in the browser", "",
        "Examples whose code needs only the standard library (and the glossary's own pure-Python helper",
        "code, which their copy carries) have a **Run** button: the code becomes editable and runs in",
        "Pyodide (CPython compiled to WebAssembly) in a Web Worker. The site serves",
        "the runtime itself: the build copies it from the npm package `pyodide` (version pinned in",
        "`package-lock.json`, installed by `make runtime`), and the page fetches it only when a reader first",
        "presses Run. Other examples say that their output was printed while the site was built and link",
        "the page's notebook.", "",
        f"Measured on {datetime.date.today().isoformat()} by `scripts/run_timing.py`: {chromium} (headless),",
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), load average {load:.1f} when it"
        + (f" started; the browser ran at nice {args.nice}." if args.nice else " started."),
        "The site was served from loopback with gzip (not the .zip), as a static host serves it.", "",
        "| What | Measured | Target |", "| --- | --- | --- |",
        f"| Examples with a Run button | {len(examples)} on {len(found['pages'])} pages ("
        + ", ".join(f"{s} {n}" for s, n in sorted(sections.items())) + ") | |",
        f"| Runtime (5 files, fetched on the first Run) | {mib(raw)}, {mib(zipped)} with gzip | |",
        f"| First Run of a visit, click to printed output | {found['first_run']:.2f} s | ≤ 5 s |",
        f"| First Run of a later visit (runtime in the HTTP cache) | {found['cached_first_run']:.2f} s | |",
        f"| Later runs, median of all examples | {1000 * statistics.median(times):.0f} ms | ≤ 200 ms |",
        f"| Later runs over 200 ms | {len(slow)} of {len(examples)} | |",
        f"| Requests to other hosts | {len(found['hosts'] - {urlparse(base).netloc})} | 0 |",
        f"| A term page's first load, before any Run | {kib(before)} in {len(found['before_run'])} requests"
        f" (of which the Run buttons' run.js {kib(gz(script))} and {kib(added_gz)} of HTML, gzipped)"
        " | no growth but a small script |", "",
        *([f"Lighthouse 12 performance (mobile, median of {args.lighthouse} runs, alternating) of "
           f"`/{next(iter(found['pages']))}`: " + "; ".join(f"{name} {statistics.median(values):.0f} "
           f"(runs: {', '.join(f'{v:.0f}' for v in values)})" for name, values in scores.items())
           + ". Target: ≥ 98.", ""] if scores else []),
        "Later runs over 200 ms:", "",
        *(f"- `{name}`: {1000 * s:.0f} ms" for name, s in slow), "",
        *NOTES,
        "Every run, click to output:", "",
        "| Example | ms |", "| --- | ---: |",
        *(f"| `{name}` | {1000 * s:.0f} |" for name, s in examples), "",
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[:40]))
    print(f"wrote {args.output}; HTML added to the first page: {added_html} bytes")


if __name__ == "__main__":
    sys.exit(main())
