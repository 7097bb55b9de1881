# saidwhat: `make run` sets everything up and analyses the founding article;
# `make test` runs the test suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench eval clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,spark,ru]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/saidwhat analyze examples/borodavkin-tass-2022-10-18.txt

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/saidwhat eval ../shared/gold/dev.jsonl
	$(BIN)/python bench/eval_figures.py
	$(BIN)/python bench/eval_structure.py

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
