# Recovery Desktop: `make run` opens the app, `make test` checks everything.
# Every target installs what it needs into .venv first (idempotent).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run demo test lint format bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/recovery-desktop

demo: install
	$(BIN)/recovery-desktop --demo

lint: install
	$(BIN)/ruff check recovery_desktop tests bench
	$(BIN)/ruff format --check recovery_desktop tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	packaging/validate-linux-data.sh

format: install
	$(BIN)/ruff format recovery_desktop tests bench
	$(BIN)/ruff check --fix recovery_desktop tests bench

test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# One-folder app in dist/recovery-desktop/ (PyInstaller, packaging/recovery-desktop.spec),
# then the smoke test runs it. PyInstaller comes from the `package` extra, not `dev`.
.PHONY: package package-smoke
PACKAGE_STAMP := $(VENV)/.package-stamp

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/recovery-desktop.spec
	$(BIN)/python packaging/smoke.py

package-smoke: install
	$(BIN)/python packaging/smoke.py

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
