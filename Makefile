# Two commands for a fresh machine (Python 3.11+ is all it needs):
#   make serve   set up, then serve the site at http://127.0.0.1:8000
#   make test    set up, then run every test (doctests, strict build, copy fidelity, ...)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup runtime serve build test clean benchmark browser mutation

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[docs,test]"
	touch $@

# The in-browser Python behind the Run buttons: npm's pyodide, at the version package-lock.json pins,
# into node_modules/ (git-ignored); the build copies its five runtime files into the site.
runtime: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { \
	  if command -v apt-get >/dev/null && { [ "$$(id -u)" = 0 ] || [ -n "$(SUDO)" ]; }; then \
	    echo "installing Debian's npm for the in-browser Python"; \
	    $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm; \
	  fi; \
	  command -v npm >/dev/null || { echo "make: npm is missing (install Node.js and npm)" >&2; exit 1; }; }
	npm ci --no-audit --no-fund

serve: setup runtime
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: setup runtime
	$(BIN)/mkdocs build --strict

test: setup runtime browser
	$(BIN)/python -m pytest -n auto --dist loadfile

# The browser tests (pytest -m browser) drive this Chromium; Playwright's own browser download is not used.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if command -v apt-get >/dev/null && { [ "$$(id -u)" = 0 ] || [ -n "$(SUDO)" ]; }; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium || exit 1; \
	  fi; \
	  test -x $(CHROMIUM) || { echo "make: no browser at $(CHROMIUM) (this target installs Debian's chromium" \
	    "with apt-get as root or with sudo): install Chromium, or set CHROMIUM=/path/to/chromium" >&2; exit 1; }; \
	fi

clean:
	rm -rf site .cache

benchmark: setup
	$(BIN)/python benchmarks/build_speed.py --runs 3 --peer-runs 1 --write docs/benchmarks.md

mutation: setup  # make mutation TERMS="softmax tanh": about a minute a term; no TERMS: every term
	$(BIN)/python scripts/mutation.py $(TERMS) --report docs/mutation.md
