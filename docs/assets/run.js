// Run buttons for the examples the build marked data-run="python" (standard library only): the code
// becomes editable and runs in a Python that this site serves itself (Pyodide, in a Web Worker).
// Nothing is fetched until a reader first presses Run; then run-worker.js and the runtime load once
// per visit. Stop, or the time limit, ends the worker and starts a fresh one.
(() => {
  "use strict";
  const base = document.currentScript.src;  // .../assets/run.js: the worker and runtime sit beside it
  const state = window.glossaryRun = {
    timeLimit: 10000,  // ms a run may take before its worker is ended
    maxOutput: 200000,  // characters shown per run; more is cut
    worker: null,
    ready: null,  // a promise of {python, pyodide} for the current worker
    queue: Promise.resolve(),
    current: null,  // the run in progress: {id, box, resolve}
    counter: 0,
  };

  function startWorker() {
    const worker = new Worker(new URL("run-worker.js", base));
    state.worker = worker;
    state.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const message = event.data;
        if (message.type === "ready") resolve(message);
        else if (message.type === "failed") reject(new Error(message.error));
        else if (state.current && message.id === state.current.id) state.current.receive(message);
      };
      worker.onerror = (event) => reject(new Error(event.message || "the Python worker failed to start"));
    });
    state.ready.catch(() => {});  // reported by the run that waits for it
  }

  function restart() {
    if (state.worker) state.worker.terminate();
    startWorker();  // at once: the next Run finds Python (re)loading or ready
  }

  // The code's text as edited: text nodes, with <br> (which some editing inserts) as a newline.
  function textOf(node) {
    let text = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeName === "BR") text += "\n";
      else if (child.nodeType === Node.ELEMENT_NODE) text += textOf(child);
    }
    return text;
  }

  // Whether two outputs differ only in the last digit of some floats (adjacent doubles): the browser's
  // math library may round a function like math.tanh one unit differently from the build machine's.
  const FLOAT = /-?\d+\.\d+(?:e[-+]?\d+)?/gi;
  function sameUpToLastDigit(a, b) {
    const [fa, fb] = [a.match(FLOAT) || [], b.match(FLOAT) || []];
    if (a.replace(FLOAT, "#") !== b.replace(FLOAT, "#") || fa.length !== fb.length) return false;
    const bits = (x) => { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, Number(x)); return v.getBigInt64(0); };
    return fa.every((x, i) => { const d = bits(x) - bits(fb[i]); return d >= -1n && d <= 1n; });
  }

  function el(tag, props, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  }

  function setUp(box) {
    if (box.dataset.runReady) return;
    const block = box.querySelector("div.highlight:has(> span.filename)");
    const code = block && block.querySelector("pre > code");
    if (!code) return;
    box.dataset.runReady = "true";
    const name = block.querySelector("span.filename").textContent.trim();
    const original = { html: code.innerHTML, text: textOf(code).replace(/\n+$/, ""), copy: code.dataset.copy };
    // The copy text (data-copy) is helper code + the example; the helper code runs first, unchanged.
    let helpers = "";
    if (original.copy !== undefined) {
      if (!original.copy.endsWith(original.text)) console.error(`glossary run: ${name}: copy text does not end with the code`);
      helpers = original.copy.slice(0, original.copy.length - original.text.length);
    }
    code.contentEditable = "plaintext-only";
    code.spellcheck = false;
    code.setAttribute("role", "textbox");
    code.setAttribute("aria-multiline", "true");
    code.setAttribute("aria-label", `${name}: editable Python code (Ctrl+Enter runs it)`);

    const run = el("button", { type: "button", className: "glossary-run-button", textContent: "Run" });
    const stop = el("button", { type: "button", className: "glossary-run-button", textContent: "Stop", disabled: true });
    const reset = el("button", { type: "button", className: "glossary-run-button", textContent: "Reset", disabled: true });
    const status = el("span", { className: "glossary-run-status", role: "status" });
    const bar = el("div", { className: "glossary-run-bar" }, run, stop, reset, status);
    const output = el("code", {});
    const panel = el("div", { className: "glossary-run-panel", hidden: true },
                     el("div", { className: "glossary-run-title", textContent: "Printed in your browser" }),
                     el("pre", { className: "glossary-run-output" }, output));
    block.after(bar, panel);

    const edited = () => textOf(code).replace(/\n+$/, "");
    code.addEventListener("input", () => {
      reset.disabled = false;
      if (original.copy !== undefined) code.dataset.copy = helpers + edited();  // the copy button copies the edit
    });
    code.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey || event.shiftKey)) {
        event.preventDefault();
        run.click();
      } else if (event.key === "Tab" && !event.shiftKey) {
        event.preventDefault();
        document.execCommand("insertText", false, "    ");
      } else if (event.key === "Escape") {
        code.blur();  // Tab moves focus again
      }
    });
    reset.addEventListener("click", () => {
      code.innerHTML = original.html;
      if (original.copy !== undefined) code.dataset.copy = original.copy;
      reset.disabled = true;
      panel.hidden = true;
      output.textContent = "";
      box.removeAttribute("data-run-state");
      status.textContent = "";
    });
    stop.addEventListener("click", () => {
      if (state.current && state.current.box === box) state.current.finish("stopped", "Stopped. Python restarts for the next run.");
    });
    const built = box.querySelector(".glossary-output code");  // what the build printed
    run.addEventListener("click", () => {
      run.disabled = true;
      box.dataset.runState = "queued";
      const text = edited();
      const job = { helpers, code: text, filename: name };
      state.queue = state.queue.then(() => execute(box, job, { run, stop, status, panel, output })).then(() => {
        if (text !== original.text || box.dataset.runState !== "done") return;
        const [mine, theirs] = [output.textContent.replace(/\n+$/, ""), (built ? built.textContent : "").replace(/\n+$/, "")];
        if (mine === theirs) return;
        status.textContent += sameUpToLastDigit(mine, theirs)
          ? ": as printed at build time, but for the last digit of a float (this browser's math library rounds"
            + " that function one unit differently from the build machine's)"
          : ": not what it printed when the site was built";
      });
    });
  }

  function execute(box, job, ui) {
    return new Promise((resolve) => {
      if (!box.isConnected) return resolve();  // queued on a page the reader has left
      if (!state.worker) startWorker();
      const id = ++state.counter;
      let shown = 0, timer = null;
      ui.panel.hidden = false;
      ui.output.textContent = "";
      ui.stop.disabled = false;
      box.dataset.runState = "loading";
      ui.status.textContent = "Loading Python (once per visit)…";
      const run = state.current = {
        id, box,
        receive(message) {
          if (message.type === "out") {
            const room = state.maxOutput - shown;
            if (room <= 0) return;
            let text = message.text.slice(0, room);
            shown += text.length;
            if (shown >= state.maxOutput) text += "\n[… more output not shown]\n";
            ui.output.append(message.stream === "stderr" ? el("span", { className: "glossary-run-stderr" }, text) : text);
          } else if (message.type === "done") {
            run.finish(message.ok ? "done" : "error",
                       message.ok ? `Ran in ${Math.round(message.ms)} ms` : `Raised an error after ${Math.round(message.ms)} ms`);
          } else if (message.type === "crashed") {
            run.finish("error", "Python itself failed (" + message.error + "); it restarts for the next run.", true);
          }
        },
        finish(outcome, text, restartWorker = outcome === "stopped") {
          if (state.current !== run) return;
          clearTimeout(timer);
          state.current = null;
          if (restartWorker) restart();
          box.dataset.runState = outcome;
          ui.status.textContent = text;
          ui.stop.disabled = true;
          ui.run.disabled = false;
          resolve();
        },
      };
      state.ready.then((info) => {
        if (state.current !== run) return;
        box.dataset.runState = "running";
        ui.status.textContent = `Running in Python ${info.python} (Pyodide ${info.pyodide}) in your browser…`;
        timer = setTimeout(() => run.finish("stopped", `Stopped after ${state.timeLimit / 1000} s (the time limit). `
                                                       + "Python restarts for the next run.", true), state.timeLimit);
        state.worker.postMessage({ id, ...job });
      }, (err) => {
        run.finish("error", `Python could not start here (${err.message}).`, true);
      });
    });
  }

  function setUpPage() {
    if (state.current && !state.current.box.isConnected) {  // left a page mid-run: end it, not make others wait
      state.current.finish("stopped", "", true);
    }
    document.querySelectorAll('div.glossary-example[data-run="python"]').forEach(setUp);
  }

  if (window.document$) window.document$.subscribe(setUpPage);  // Material's instant navigation: every page
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpPage);
  else setUpPage();
})();
