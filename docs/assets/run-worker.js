// The page's Python: Pyodide, served by this site from pyodide/ next to this file, in a Web Worker
// (a long run never freezes the page, and the page can stop it by ending the worker).
// run.js starts this worker on the first Run and sends {id, helpers, code, filename};
// the worker answers "ready" once, then "out" (printed text, batched) and "done" per run.
"use strict";
importScripts("pyodide/pyodide.js");

// Each run starts as the build ran each example: fresh globals named __main__ and random.seed(0)
// (the build's runner does that before every example). Tracebacks show the code's own lines.
const SETUP = `
import io, linecache, random, sys, time, traceback

class _Stream(io.TextIOBase):
    """sys.stdout / sys.stderr: text goes to the page in batches (at most every 50 ms while running)."""
    def __init__(self, name, sink):
        self.name, self.sink = name, sink
    def writable(self):
        return True
    def write(self, text):
        self.sink.add(self.name, text)
        return len(text)

class _Sink:
    def __init__(self, post):
        self.post, self.parts, self.last = post, [], time.monotonic()
    def add(self, name, text):
        if self.parts and self.parts[-1][0] == name:
            self.parts[-1][1].append(text)
        else:
            self.parts.append((name, [text]))
        if time.monotonic() - self.last > 0.05:
            self.flush()
    def flush(self):
        for name, texts in self.parts:
            self.post(name, "".join(texts))
        self.parts, self.last = [], time.monotonic()

def _remember(code, filename):
    lines = code.splitlines(keepends=True)
    linecache.cache[filename] = (len(code), None, lines, filename)

def _glossary_run(helpers, code, filename, post):
    sink = _Sink(post)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Stream("stdout", sink), _Stream("stderr", sink)
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    random.seed(0)
    ok = True
    try:
        if helpers:
            _remember(helpers, "helper code")
            exec(compile(helpers, "helper code", "exec", dont_inherit=True), namespace)
        _remember(code, filename)
        exec(compile(code, filename, "exec", dont_inherit=True), namespace)
    except BaseException as err:  # SystemExit and KeyboardInterrupt too: the run ends, Python stays
        ok = False
        traceback.print_exception(type(err), err, err.__traceback__.tb_next)  # not this function's frame
        if isinstance(err, ModuleNotFoundError):
            print("(The Python on this page has the standard library and the glossary's helper code only.)",
                  file=sys.stderr)
    finally:
        sys.stdout.flush()
        sink.flush()
        sys.stdout, sys.stderr = saved
    return ok
`;

const ready = (async () => {
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", self.location.href).href });
  pyodide.runPython(SETUP);
  const version = pyodide.runPython("import sys; sys.version.split()[0]");
  self.postMessage({ type: "ready", python: version, pyodide: pyodide.version });
  return pyodide;
})();
ready.catch((err) => self.postMessage({ type: "failed", error: String(err) }));

self.onmessage = async (event) => {
  const { id, helpers, code, filename } = event.data;
  const pyodide = await ready;
  const post = (stream, text) => self.postMessage({ type: "out", id, stream, text });
  const start = performance.now();
  let ok;
  try {
    ok = pyodide.globals.get("_glossary_run")(helpers, code, filename, post);
  } catch (err) {  // the interpreter itself failed (out of memory, stack exhausted): the page starts a new one
    self.postMessage({ type: "crashed", id, error: String(err) });
    return;
  }
  self.postMessage({ type: "done", id, ok, ms: performance.now() - start });
};
