# Two commands for a fresh machine (Python 3.11+ is all it needs):
#   make serve   set up, then serve the site at http://127.0.0.1:8000
#   make test    set up, then run every test (doctests, strict build, copy fidelity, ...)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test clean benchmark

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[docs,test]"
	touch $@

serve: setup
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf site .cache

benchmark: setup
	$(BIN)/python benchmarks/build_speed.py --runs 3 --peer-runs 1 --write docs/benchmarks.md
