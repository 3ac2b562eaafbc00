# q7x2lib — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS ?= data/raw
# more options for `report`, e.g. REPORT_ARGS="--notebooks 00,30 --text-col body --actors my_actors.csv --title 'My corpus'"
REPORT_ARGS ?=
# JupyterLab refuses to run as root without --allow-root (root is the rule on our machines and CI's)
LAB_ARGS ?=
# Articles for `make bench`'s run of `python -m q7x2lib analyse`: the development corpus repeated to this size
BENCH_REPEAT ?= 50000
PYTEST_NB := --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-current-env

.DEFAULT_GOAL := help
.PHONY: help install report test test-unit nb-update lab bench bench-scale clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements/lock.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e ".[test,dask]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with pinned dependencies

report: $(STAMP) ## Run every notebook on CORPUS (folder, .csv/.jsonl/.parquet, .gz too) into reports/ (options: REPORT_ARGS="...")
	$(BIN)/python -m q7x2lib report --corpus "$(CORPUS)" --out reports $(REPORT_ARGS)

test: $(STAMP) ## Unit tests, doctests and the notebooks under nbval
	$(BIN)/python -m pytest $(PYTEST_NB) tests q7x2lib notebooks

test-unit: $(STAMP) ## Unit tests and doctests only (fast)
	$(BIN)/python -m pytest tests q7x2lib

nb-update: $(STAMP) ## Re-execute the notebooks in place so stored outputs stay true
	$(BIN)/python -m q7x2lib execute-notebooks

lab: $(STAMP) ## JupyterLab on notebooks/, kernel = this .venv's Python (options: LAB_ARGS="--no-browser --port 8889")
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: $(STAMP) ## Benchmarks on ../shared's real corpus (synthetic if absent): stages, analyse --workers 2 at BENCH_REPEAT articles, scans, source comparison, actor tables doubled
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_analyse.py --repeat-to $(BENCH_REPEAT) --workers 2
	$(BIN)/python benchmarks/bench_passes.py --articles 2000
	$(BIN)/python benchmarks/bench_compare.py --sizes 1000 5000 25000
	$(BIN)/python benchmarks/bench_tables.py --articles 1000

bench-scale: $(STAMP) ## The chunked pipeline on synthetic articles at 10,000, 30,000 and 100,000, one core
	$(BIN)/python benchmarks/bench_scale.py --sizes 10000 30000 100000

clean: ## Remove .venv, reports and caches
	rm -rf $(VENV) reports .pytest_cache
