"""Measure how the site's build time grows with what changed, against a floor and a peer approach.

    .venv/bin/python benchmarks/build_speed.py [--runs 3] [--peer-runs 1] [--write docs/benchmarks.md]

Everything runs in throwaway copies of the project (so no cache of yours is touched), one
after the other, on this machine. Reported numbers are medians of --runs runs.

1. floor: (a) one process that imports torch and runs every example once, serially, no cache (and each
   walkthrough once in a kernel of its own, as any build must), plus
   (b) a bare `mkdocs build` of the same pages with execution turned off
2. clean build (empty caches)            3. warm build (nothing changed)
4. rebuild after editing one term module: as `mkdocs serve` does it (same process, torch
   already imported) and as a new `mkdocs build` process
5. the peer approach: every term as its own notebook, executed by mkdocs-jupyter in its own kernel
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from glossary_site import testing

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": ""}

FLOOR_EXAMPLES = """
import sys, tempfile
from pathlib import Path
from glossary_site import notebooks, registry, runner
content = registry.discover(Path("src/glossary_examples"))
for term in content.terms.values():  # serially, in this one process
    for region in term.regions.values():
        runner.execute(term, region, content)
with tempfile.TemporaryDirectory() as cache:  # each walkthrough once, in its own kernel, as a build runs it
    for notebook in sorted(Path("docs/walkthroughs").glob("*.py")):
        notebooks.prepare(notebook, "walkthroughs/" + notebook.name, Path(cache), Path("."), content=content)
"""

# What `mkdocs serve` does on a change: reload the config and build again in the same process.
SERVE_EDIT = """
import json, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

def rebuild():
    start = time.perf_counter()
    config = load_config("mkdocs.yml", site_dir=sys.argv[1])
    build(config)
    results = config.plugins["glossary"].results
    return time.perf_counter() - start, sorted(f"{s}:{r}" for (s, r), res in results.items() if not res.cached)

rebuild()  # a warm server: caches filled, torch imported
times, executed = [], []
for run in range(int(sys.argv[3])):
    module = Path(sys.argv[2])  # a comment inside the example region changes the shown code
    module.write_text(module.read_text().replace("# --8<-- [end:example]", f"# serve edit {run}\\n# --8<-- [end:example]"))
    seconds, ran = rebuild()
    times.append(seconds)
    executed.append(ran)
print(json.dumps({"times": times, "executed": executed}))
"""


def timed(cmd: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int]:
    """Wall time of a command and its peak resident memory in MiB (via a small wrapper process)."""
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "code = subprocess.run(sys.argv[1:]).returncode; s = time.perf_counter() - t; "
               "print(s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")
    done = subprocess.run([PY, "-c", wrapper, *cmd], cwd=cwd, env=env or ENV, capture_output=True, text=True)
    seconds, rss_kib, code = done.stdout.split()[-3:]
    if code != "0":
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return float(seconds), int(rss_kib) // 1024


def fresh_copy(parent: Path, name: str) -> Path:
    return testing.copy_project(ROOT, parent / name)


def mkdocs(project: Path, env_extra: dict | None = None) -> tuple[float, int]:
    env = {**ENV, "PYTHONPATH": str(project / "src"), **(env_extra or {})}
    return timed([PY, "-m", "mkdocs", "build", "-q", "-d", str(project / "site")], project, env)


def median(values: list[float]) -> float:
    return statistics.median(values)


def peer_project(project: Path) -> Path:
    """The same terms as a site built on mkdocs-jupyter alone: one executed notebook per term."""
    from glossary_site import registry

    peer = project.parent / "peer"
    (peer / "docs").mkdir(parents=True)
    for term in registry.discover(project / "src/glossary_examples").terms.values():
        cells = [f"# %% [markdown]\n# # {term.title}\n#\n# {term.summary}\n"]
        cells += [f"# %%\n{region.code}" for region in term.regions.values()]
        (peer / "docs" / f"{term.slug}.py").write_text("\n".join(cells))
    (peer / "docs/index.md").write_text("# Peer\n")
    (peer / "mkdocs.yml").write_text(
        "site_name: peer\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"
        "  - mkdocs-jupyter:\n      include: ['*.py']\n      execute: true\n      allow_errors: false\n"
        "      cache: false\n")
    return peer


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 ** 2 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    from importlib.metadata import version
    return (f"{os.cpu_count()} cores ({cpu}), {mem} GiB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, torch {version('torch')}, numpy {version('numpy')}, "
            f"mkdocs {version('mkdocs')}, mkdocs-material {version('mkdocs-material')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median reported)")
    parser.add_argument("--peer-runs", type=int, default=1, help="runs of the slow peer approach (0 skips it)")
    parser.add_argument("--write", type=Path, help="also write the results as a Markdown page")
    args = parser.parse_args()
    r: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = fresh_copy(tmp, "project")
        from glossary_site import registry  # counts only
        terms = registry.discover(project / "src/glossary_examples").terms
        n_examples = sum(len(t.regions) for t in terms.values())
        print(f"{len(terms)} terms, {n_examples} examples; {args.runs} runs each", flush=True)

        env = {**ENV, "PYTHONPATH": str(project / "src")}
        r["floor_examples"] = median([timed([PY, "-c", FLOOR_EXAMPLES], project, env)[0] for _ in range(args.runs)])
        r["bare_build"] = median([mkdocs(project, {"GLOSSARY_EXECUTE": "false",
                                                   "GLOSSARY_CACHE_DIR": str(tmp / "bare-cache")})[0]
                                  for _ in range(args.runs)])
        r["floor"] = r["floor_examples"] + r["bare_build"]
        print(f"floor: examples {r['floor_examples']:.2f} s + bare build {r['bare_build']:.2f} s", flush=True)

        clean, peaks = [], []
        for run in range(args.runs):
            shutil.rmtree(project / ".cache", ignore_errors=True)
            seconds, peak = mkdocs(project)
            clean.append(seconds)
            peaks.append(peak)
        r["clean"], r["peak_mib"] = median(clean), max(peaks)
        r["warm"] = median([mkdocs(project)[0] for _ in range(args.runs)])
        print(f"clean {r['clean']:.2f} s (peak {r['peak_mib']} MiB), warm {r['warm']:.2f} s", flush=True)

        site = project / "site"
        r["site_mib"] = sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2 ** 20
        r["search_kib"] = (site / "search/search_index.json").stat().st_size / 1024

        target = project / "src/glossary_examples/makemore/softmax.py"
        edit_process = []
        for run in range(args.runs):
            target.write_text(target.read_text().replace("# --8<-- [end:example]",
                                                         f"# process edit {run}\n# --8<-- [end:example]"))
            edit_process.append(mkdocs(project)[0])
        r["edit_process"] = median(edit_process)
        done = subprocess.run([PY, "-c", SERVE_EDIT, str(tmp / "serve-site"), str(target), str(args.runs)],
                              cwd=project, env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(done.stderr[-3000:])
        serve = json.loads(done.stdout.splitlines()[-1])
        r["edit_serve"] = median(serve["times"])
        executed = sorted({name for ran in serve["executed"] for name in ran})
        print(f"edit one term: serve rebuild {r['edit_serve']:.2f} s (re-executed {executed}), "
              f"new process {r['edit_process']:.2f} s", flush=True)

        if args.peer_runs:
            peer = peer_project(project)
            r["peer"] = median([timed([PY, "-m", "mkdocs", "build", "-q"], peer, env)[0]
                                for _ in range(args.peer_runs)])
            print(f"peer (notebook per term): {r['peer']:.2f} s", flush=True)

    rows = [
        ("floor: run every example (and walkthrough) once", f"{r['floor_examples']:.2f} s", ""),
        ("floor: bare build, execution off", f"{r['bare_build']:.2f} s", ""),
        ("clean build (empty cache)", f"{r['clean']:.2f} s", f"{r['clean'] / r['floor']:.2f}× floor (target ≤ 0.8: examples run on every core)"),
        ("warm build (nothing changed)", f"{r['warm']:.2f} s", f"{r['warm'] / r['bare_build']:.2f}× bare (target ≤ 1.1)"),
        ("edit one term, `mkdocs serve` rebuild", f"{r['edit_serve']:.2f} s",
         f"target ≤ 1 s; re-executed: {', '.join(executed) or 'nothing'}"),
        ("edit one term, new `mkdocs build` process", f"{r['edit_process']:.2f} s", "includes importing torch"),
    ]
    if "peer" in r:
        rows.append(("peer: a notebook per term, a kernel each", f"{r['peer']:.2f} s",
                     f"clean build is {r['peer'] / r['clean']:.1f}× faster (target ≥ 20)"))
    rows += [
        ("peak memory of a clean build", f"{r['peak_mib']} MiB", ""),
        ("built site", f"{r['site_mib']:.1f} MiB", ""),
        ("search index", f"{r['search_kib']:.0f} KiB", ""),
    ]
    table = "\n".join(["| measurement | result | ratio / note |", "| --- | ---: | --- |",
                       *(f"| {a} | {b} | {c} |" for a, b, c in rows)])
    print("\n" + table)
    if args.write:
        args.write.write_text(
            f"# Build speed\n\nMeasured on {date.today().isoformat()} with `benchmarks/build_speed.py "
            f"--runs {args.runs} --peer-runs {args.peer_runs}` ({len(terms)} terms, {n_examples} examples; "
            f"medians).\n\nMachine: {machine()}.\n\n{table}\n\n"
            "Re-run it with `make benchmark`. Times are wall-clock on a shared machine: expect noise of "
            "a few tenths of a second.\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
