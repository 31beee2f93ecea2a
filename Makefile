# Two commands for a new user: `make run` and `make test`. Both create the
# virtual environment on first use (Python 3.11+ and make are all you need).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=
BENCH_ARGS ?=
LOCALE := src/sessiontui/locale
PO     := $(wildcard $(LOCALE)/*/LC_MESSAGES/sessiontui.po)
MO     := $(PO:.po=.mo)

.PHONY: run test test-fast lint format bench wheel clean venv catalogs screenshots

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "sessiontui needs Python 3.11 or newer; set PYTHON=python3.11 (found " + sys.version.split()[0] + ")")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP) $(MO)

# The install compiles the catalogs too (hatch_build.py); this keeps them
# current when a .po changes afterwards.
$(LOCALE)/%/LC_MESSAGES/sessiontui.mo: $(LOCALE)/%/LC_MESSAGES/sessiontui.po $(STAMP)
	$(BIN)/pybabel compile --domain sessiontui --locale $* --input-file $< --output-file $@

## Extract the messages from the code and merge them into every catalog;
## then translate the new (empty) entries. The catalog test fails until you do.
catalogs: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output --project sessiontui \
	  --output-file $(VENV)/sessiontui.pot src/sessiontui
	$(BIN)/pybabel update --domain sessiontui --input-file $(VENV)/sessiontui.pot \
	  --output-dir $(LOCALE) --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date \
	  --width 100

## Launch the app with the built-in default script and the default data location.
run: $(STAMP) $(MO)
	$(BIN)/sessiontui $(ARGS)

## Lint, then the whole test suite.
test: lint
	$(BIN)/python -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

## The edit loop: lint and everything but the end-to-end tests.
test-fast: lint
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not e2e" $(PYTEST_ARGS)

lint: $(STAMP) $(MO)
	$(BIN)/ruff check src tests bench tools hatch_build.py
	$(BIN)/ruff format --check src tests bench tools hatch_build.py
	$(BIN)/mypy --strict src tests bench tools

format: $(STAMP)
	$(BIN)/ruff format src tests bench tools
	$(BIN)/ruff check --fix src tests bench tools

## Performance goals live here, never in timed tests (docs/performance.md).
## E.g. make bench BENCH_ARGS="--idle-window 20 --cpu-runs 5" on a quiet machine.
bench: $(STAMP) $(MO)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## The README's pictures (docs/screenshots/*.svg), taken from the app itself at a fixed
## size and time; run after a change of the look, then commit them.
screenshots: $(STAMP) $(MO)
	$(BIN)/python -m tools.screenshots

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache
