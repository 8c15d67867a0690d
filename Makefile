# Recovery Desktop: `make run` opens the app, `make test` checks everything.
# Every target installs what it needs into .venv first (idempotent).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run demo test lint format bench screenshots clean

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
	$(BIN)/ruff check recovery_desktop tests bench packaging
	$(BIN)/ruff format --check recovery_desktop tests bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python packaging/translations.py --check
	packaging/validate-linux-data.sh

format: install
	$(BIN)/ruff format recovery_desktop tests bench packaging
	$(BIN)/ruff check --fix recovery_desktop tests bench packaging

test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto

# The UI's strings into resources/translations/*.ts (pyside6-lupdate), then compiled to the
# .qm files the package ships (pyside6-lrelease). Translate new strings (marked unfinished)
# in the .ts, with pyside6-linguist or an editor, and run it again; `make lint` fails until
# every string in the code has its translation.
.PHONY: translations
translations: install
	$(BIN)/python packaging/translations.py

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

# Every tab, the wizard, the share preview, the mentor's session and the printed plan's
# first page, with demo data, into docs/screenshots/ (the printed page needs pdftoppm).
screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
