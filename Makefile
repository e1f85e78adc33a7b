# Two commands for a newcomer: `make site` and `make test` (see README.md); `make help` lists the rest.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium
PORT   ?= 8000

.DEFAULT_GOAL := help
.PHONY: help site serve check test test-quick lint golden bench browser fonts screenshots clean

# The nightly's locked versions first, hashes checked, so the tests run what the nightly runs (holidays
# drive every term); then the tools for testing, which keep the locked versions as they satisfy them.
$(STAMP): pyproject.toml requirements/nightly.txt
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "$(PYTHON) cannot make a venv: install Python's venv first (Debian, Ubuntu: sudo apt-get install python3-venv)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/nightly.txt
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/python -m pip check
	touch $(STAMP)

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

site: $(STAMP) fonts ## set up, build the demo ledger, print where the pages are
	$(BIN)/incasso build --ledger ledger --output output --internal-output internal

serve: $(STAMP) ## build and serve output/ at localhost:8000 (PORT=n), rebuilt on each edit of ledger, texts, theme or settings
	$(BIN)/pelican --autoreload --listen --port $(PORT) --settings pelicanconf.py

check: $(STAMP) ## validate the ledger in ledger/ (the demo's until you replace it): every problem at once
	$(BIN)/incasso check --ledger ledger

# pytest rewrites the asserts of each test module it imports (8,000 of them) and keeps the result as bytecode:
# with PYTHONDONTWRITEBYTECODE set (as containers often have it) it rewrote every module on every run, 8 of the
# 11 s of collecting. The bytecode goes under the venv, so no __pycache__ lands in the tree either way.
PYTEST := env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache $(BIN)/python -m pytest
# The tests run in two pytest workers (pytest-xdist) where the machine has two cores or more, each test file whole
# on one (loadfile: a module's shared build is made once): a demo build runs in one process, and the browser,
# autoreload and process tests wait on other processes, so one pytest leaves the second core idle most of the time
# (BENCHMARKS.md, sessions 53 to 55). Two, not one per core: more were never measured. Session 54's one two-worker
# failure was a stop test's own wait, mended in session 55. TEST_WORKERS=0 runs one process, as on one core;
# TEST_WORKERS=n, n workers.
TEST_WORKERS ?= $(shell [ "$$(nproc 2>/dev/null || echo 1)" -ge 2 ] && echo 2 || echo 0)
PARALLEL := -n $(TEST_WORKERS) --dist loadfile

test: $(STAMP) browser fonts lint ## the whole test suite, lint included
	$(PYTEST) -p no:cacheprovider $(PARALLEL)

# The slow tests are marked in tests/conftest.py (real builds, the browser, the goldens, the command line).
test-quick: $(STAMP) lint ## lint and the unit tests, without real builds, browser and goldens: while you work; make test before you push
	$(PYTEST) -p no:cacheprovider $(PARALLEL) -q -m "not slow"

lint: $(STAMP) ## ruff (lint and format), mypy and import-linter (the layers)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

golden: $(STAMP) ## refresh the golden HTML pages and letters after an intended template or text change
	$(BIN)/python -m tests.golden --refresh

SIZES ?= 1000,10000
BENCH_STAMP := $(VENV)/.bench-stamp
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) ## check, build, audit of synthetic ledgers beside plain Pelican into BENCHMARKS.md (SIZES=1000,10000; add 100000 for the largest)
	$(BIN)/python -m benchmarks.run --sizes $(SIZES)

browser: ## Debian's chromium for the browser tests (Playwright drives it)
	@test -x $(CHROMIUM) || ./scripts/install-chromium

fonts: ## the letters' embedded fonts: Liberation Sans (fonts-liberation2); DejaVu Sans, WenQuanYi Zen Hei for names beyond it
	@./scripts/install-fonts

screenshots: $(STAMP) browser ## refresh the pictures in docs/images/: the demo in chromium, a letter with pdfium
	$(BIN)/python scripts/screenshots.py

clean: ## remove the built site (output/, internal/) and what a killed build left: only what a build made
	@if [ -x $(BIN)/python ]; then $(BIN)/python scripts/clean.py; else echo "nothing to clean: no .venv, so no build ran here"; fi
