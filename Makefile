# Self-documenting Makefile: `make help` lists the targets (the lines with "##").
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (analysis)" > /dev/null
	touch $@

.PHONY: help install report run test bench evaluate export dictionary lab clean
install: $(STAMP) ## Create .venv and install the project (editable) with its test tools

report: $(STAMP) ## Set up, then run the main job: data/raw -> data/processed -> reports/*.html|pdf
	$(BIN)/analysis run

run: report ## Same as `make report`

test: $(STAMP) ## Set up, then run the test suite (what CI runs)
	@status=0; $(BIN)/python -m pytest || status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; fi; \
	exit $$status

evaluate: $(STAMP) ## Score figures and dates on the annotated gold data in ../shared/gold
	$(BIN)/analysis evaluate

SIZES ?= 1000 10000
bench: $(STAMP) ## Benchmarks: extraction vs quantulum3, end to end at SIZES articles (SIZES="1000 10000 100000")
	$(BIN)/python -m pip install --quiet -e '.[dev,bench,dask]'
	$(BIN)/python benchmarks/bench_figures.py
	$(BIN)/python benchmarks/bench_scale.py --sizes $(SIZES)

export: $(STAMP) ## Write a shareable zip bundle of the processed tables to reports/
	$(BIN)/analysis export

dictionary: $(STAMP) ## Regenerate docs/data-dictionary.md from the schema
	$(BIN)/analysis export --dictionary

lab: $(STAMP) ## Open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

clean: ## Remove generated tables and reports (keeps data/raw and the environment)
	rm -rf data/processed/*.csv data/processed/*.parquet data/processed/datapackage.json reports/*.html reports/*.pdf reports/runs reports/figures

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'
