"""Measure the site with Lighthouse (mobile) and write the scores to docs/lighthouse.md.

    .venv/bin/python scripts/lighthouse.py            # build, serve, measure, write the page
    .venv/bin/python scripts/lighthouse.py --runs 5   # median performance of 5 runs per page

Measured, not tested: scores depend on the machine's load, so `make test` never runs this.
It builds the site into a temporary folder for a free loopback port, serves it gzip-compressed
(as any static host does; Python's http.server sends files uncompressed), and runs Lighthouse 12
on a term page, a term page with Run buttons, the first walkthrough, the A-Z index and the
course path, with Debian's Chromium. Lighthouse comes from npm into .cache/lighthouse (git-ignored) on first use.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_DIR = ROOT / ".cache" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


def install_lighthouse() -> str:
    if not LIGHTHOUSE.is_file():
        subprocess.run(["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-audit", "--no-fund", "lighthouse@12"],
                       check=True)
    return json.loads((LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "package.json").read_text())["version"]


def build(site_dir: Path, url: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GLOSSARY_SITE_URL": url,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def pages_to_measure(site_dir: Path) -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from glossary_site import registry

    content = registry.discover(ROOT / "src" / "glossary_examples")
    terms = sorted(content.terms.values(), key=lambda t: (t.slug != "softmax", t.slug))
    runnable = next(f"{t.section}/{t.slug}/" for t in sorted(content.terms.values(), key=lambda t: t.slug)
                    if 'data-run="python"' in (site_dir / t.section / t.slug / "index.html").read_text(encoding="utf-8"))
    walkthroughs = sorted(p.parent.relative_to(site_dir).as_posix()
                          for p in site_dir.glob("walkthroughs/*/index.html"))
    return [("term page", f"{terms[0].section}/{terms[0].slug}/"), ("term page with Run buttons", runnable),
            ("walkthrough", f"{walkthroughs[0]}/"), ("A–Z index", "a-z/"), ("course path", "course/")]


METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
           "cumulative-layout-shift": "CLS", "speed-index": "SI"}


def measure(url: str, runs: int, out: Path) -> tuple[dict[str, int], list[str]]:
    """Scores (performance: median of the runs), then the last run's metrics and failed audits."""
    reports = []
    for run in range(runs):
        report = out / f"report-{run}.json"
        subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--form-factor=mobile", "--output=json",
                        f"--output-path={report}", "--only-categories=" + ",".join(CATEGORIES),
                        "--chrome-flags=--headless=new --no-sandbox"],
                       env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
        reports.append(json.loads(report.read_text()))
    scores = {c: round(100 * reports[-1]["categories"][c]["score"]) for c in CATEGORIES}
    scores["performance"] = round(statistics.median(100 * r["categories"]["performance"]["score"] for r in reports))
    audits = reports[-1]["audits"]
    notes = [", ".join(f"{short} {audits[key]['displayValue']}" for key, short in METRICS.items())]
    for category in CATEGORIES[1:]:
        for ref in reports[-1]["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                notes.append(f"{category} audit failed: {audit['title']}")
    return scores, notes


def chromium_version() -> str:
    """'Chromium 156.0.8078.79' (without the distribution's build note)."""
    return " ".join(subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split()[:2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median performance)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "lighthouse.md")
    args = parser.parse_args()
    version = install_lighthouse()
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        site_dir.mkdir()
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(site_dir)))
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        build(site_dir, base)
        rows, notes = [], []
        for name, path in pages_to_measure(site_dir):
            scores, page_notes = measure(base + path, args.runs, Path(tmp))
            print(name, scores, *page_notes, sep="\n  ")
            rows.append(f"| {name}: `/{path}` | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")
            notes += [f"- {name}: {note}" for note in page_notes]
        server.shutdown()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    lines = [
        "# Lighthouse scores", "",
        f"Measured on {datetime.date.today().isoformat()} by `scripts/lighthouse.py`: Lighthouse {version},",
        f"{chromium_version()} (headless), mobile form factor (simulated slow 4G, 4× CPU slowdown),",
        f"on {platform.system()} {platform.machine()} with {os.cpu_count()} cores ({cpu}). The site was served",
        "from a loopback server with gzip, as a static host serves it. Performance is the median of",
        f"{args.runs} runs; the other scores do not vary between runs.", "",
        "| Page | Performance | Accessibility | Best practices | SEO |",
        "| --- | ---: | ---: | ---: | ---: |",
        *rows, "",
        "Targets: performance ≥ 98, accessibility, best practices and SEO 100.", "",
        "Metrics of the last run, and any audit that failed:", "", *notes, "",
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")


if __name__ == "__main__":
    main()
