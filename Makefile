# Get connected: `make run` to try it, `make test` to check it. `make` lists every target.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# makemessages must not walk dependencies or built files.
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=site/static --ignore=staticfiles --ignore=tests

.PHONY: help install assets messages compilemessages check-messages migrate demo run \
	lint format check-migrations check test fuzz soak lock collectstatic clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet --constraint requirements.lock ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed ## Create the virtualenv and install Python and Node dependencies

assets: node_modules/.installed ## Build the front end (CSS, JS, fonts) into site/static/build
	npm run --silent build

compilemessages: $(VENV)/.installed ## Compile the translation catalogues in locale/
	$(MANAGE) compilemessages $(MESSAGES_IGNORE) > /dev/null

messages: $(VENV)/.installed ## Update the catalogues in locale/ after changing interface text
	$(MANAGE) makemessages --all --no-obsolete --no-location $(MESSAGES_IGNORE)

check-messages: $(VENV)/.installed ## Fail if the catalogues are out of date with the code
	bin/check-messages

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

# The demo's Site, its links and the admin address printed follow where `make run` serves.
demo run: export WAGTAILADMIN_BASE_URL = http://$(HOST):$(PORT)

demo: migrate ## Load the demo borough's content (safe to repeat)
	$(MANAGE) load_demo_content

run: install assets compilemessages demo ## Set everything up and serve the site on http://127.0.0.1:8000 (or HOST=, PORT=)
	$(MANAGE) runserver $(HOST):$(PORT)

lint: $(VENV)/.installed ## Check Python style (ruff) and which app may import which (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(VENV)/.installed ## Fix Python style (ruff)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-migrations: $(VENV)/.installed ## Fail if a model change has no migration
	$(MANAGE) makemigrations --check --dry-run

check: lint check-migrations check-messages ## All the static checks

test: install assets compilemessages check ## Run every check and the whole test suite
	$(PY) -m pytest

FUZZ_EXAMPLES ?= 300
fuzz: install ## Fuzz the public pages, forms and API for longer (FUZZ_EXAMPLES=300)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest \
		tests/core/test_fuzz.py tests/openreferral/test_openapi_fuzz.py

soak: install assets compilemessages ## The fault suite in full: 100 residents, services stopped, hung and restarted (about 10 minutes)
	$(PY) bench/faults.py

lock: ## Re-pin requirements.lock from pyproject.toml in a scratch virtualenv
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet ".[dev]"
	{ head -n 1 requirements.lock; .lock-venv/bin/pip freeze --exclude-editable | grep -v '^get-connected'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .lock-venv

collectstatic: install assets ## Gather static files for a server (production)
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --noinput

clean: ## Remove the virtualenv, Node modules, built assets and the SQLite database
	rm -rf $(VENV) node_modules site/static/build staticfiles db.sqlite3
