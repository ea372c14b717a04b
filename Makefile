# Two commands for a fresh machine (Python 3.11+ is all it needs):
#   make serve   set up, then serve the site at http://127.0.0.1:8000
#   make test    set up, then run every test (doctests, strict build, copy fidelity, ...)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup runtime serve build test clean benchmark browser mutation vendored

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

build: setup runtime browser  # the site, with the cheat sheets printed to PDF by headless Chromium
	GLOSSARY_PDF=true $(BIN)/mkdocs build --strict

# CI services set CI=true (so does .ci/run): there the suite also runs the slow tests, a second whole-site
# build that proves two builds give the same site. `make test CI=true` runs them here too.
SLOW_TESTS := $(if $(filter-out false 0,$(CI)),,-m "not slow")

test: setup runtime browser
	$(BIN)/python -m pytest -n auto --dist loadfile $(SLOW_TESTS)

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

benchmark: setup browser
	$(BIN)/python benchmarks/suite_speed.py --terms 150 --write docs/test-suite-speed.md
	$(BIN)/python benchmarks/build_speed.py --runs 3 --peer-runs 1 --write docs/benchmarks.md

mutation: setup  # make mutation TERMS="softmax tanh": about a minute a term; no TERMS: every term
	$(BIN)/python scripts/mutation.py $(TERMS) --report docs/mutation.md

# Two things from the npm registry are committed, so a build needs no network and no npm: the math font
# (docs/assets/fonts/noto-sans-math.woff2, 270 KB, SIL OFL 1.1: OFL.txt beside it) and GLightbox, which opens
# figures full size (docs/assets/vendor/glightbox/, 70 KB, MIT). This fetches both again and checks they are
# the same files.
MATH_FONT := @fontsource/noto-sans-math@5.3.0
GLIGHTBOX := glightbox@3.3.1
vendored:
	@tmp=$$(mktemp -d) && cd $$tmp && mkdir font box && \
	  npm pack --silent $(MATH_FONT) >/dev/null && tar xzf *.tgz -C font && rm *.tgz && \
	  npm pack --silent $(GLIGHTBOX) >/dev/null && tar xzf *.tgz -C box && \
	  cmp font/package/files/noto-sans-math-latin-400-normal.woff2 $(CURDIR)/docs/assets/fonts/noto-sans-math.woff2 && \
	  cmp font/package/LICENSE $(CURDIR)/docs/assets/fonts/OFL.txt && \
	  cmp box/package/dist/js/glightbox.min.js $(CURDIR)/docs/assets/vendor/glightbox/glightbox.min.js && \
	  cmp box/package/dist/css/glightbox.min.css $(CURDIR)/docs/assets/vendor/glightbox/glightbox.min.css && \
	  cmp box/package/LICENSE.md $(CURDIR)/docs/assets/vendor/glightbox/LICENSE.txt && \
	  echo "vendored files: the same as $(MATH_FONT) and $(GLIGHTBOX)"; status=$$?; rm -rf $$tmp; exit $$status
