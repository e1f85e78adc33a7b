# Two commands for a newcomer: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium

.PHONY: site test lint bench check golden browser screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

## site: set up, build the demo ledger, print where the pages are
site: $(STAMP)
	$(BIN)/incasso build --ledger ledger --output output --internal-output internal

## check: validate the demo ledger only
check: $(STAMP)
	$(BIN)/incasso check --ledger ledger

## browser: Debian's chromium for the browser tests (Playwright drives it)
browser:
	@test -x $(CHROMIUM) || ./scripts/install-chromium

## lint: ruff (lint and format)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## test: the whole test suite, lint included
test: $(STAMP) browser lint
	$(BIN)/python -m pytest -p no:cacheprovider

## golden: refresh the golden HTML pages after an intended template change
golden: $(STAMP)
	$(BIN)/python -m tests.golden --refresh

## bench: build-speed benchmarks (numbers go to BENCHMARKS.md)
bench: $(STAMP)
	$(BIN)/python -m pytest -p no:cacheprovider benchmarks --benchmark-enable --benchmark-only --benchmark-columns=min,mean,max,rounds

## screenshots: refresh the README's pictures (docs/images/) from the demo, in chromium
screenshots: $(STAMP) browser
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf output internal .output.* .internal.*
