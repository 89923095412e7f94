# Two commands on a fresh machine (python3 >= 3.10 and make are all it needs):
#   make demo   set up .venv and print the story of the seed articles
#   make test   set up .venv and run the whole suite (lint, types, tests)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := plugins/newskit-example-places
PYTEST_ARGS ?= -n 2

.PHONY: demo test setup lint typecheck docs unit score bench clean

$(STAMP): pyproject.toml $(EXAMPLE)/pyproject.toml $(shell find $(EXAMPLE)/src -type f 2>/dev/null)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	# the example third-party plugin is installed like any other distribution
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./$(EXAMPLE)
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newskit story --format text seeds/

lint: $(STAMP)
	$(BIN)/ruff check src plugins tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# the docs site (mkdocs.yml): API reference from the docstrings, warnings are errors
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet

unit: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck docs unit

score: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python ../shared/eval/score.py seeds

bench: $(STAMP)
	bash bench/setup_peers.sh && $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis site
