# Vores Ishøj. The two commands a newcomer needs: `make run` and `make test`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
LANGUAGES := da en ar tr ur
MANAGE := $(BIN)/python manage.py
CHROMIUM := /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: help install run serve test production-check lint format translations compile-translations lock system-packages bench clean

help:
	@echo "make run           set up .venv, the SQLite database and demo content, then serve on http://$(HOST):$(PORT)/"
	@echo "make test          checks, lint and the whole test suite (DATABASE_URL=postgres://… for PostgreSQL)"
	@echo "make production-check  the README's production recipe in a fresh virtualenv, served by gunicorn"
	@echo "make translations  refresh locale/*/LC_MESSAGES/django.po from the code (needs GNU gettext)"
	@echo "make format        format Python (ruff) and templates (djhtml)"
	@echo "make lock          re-resolve requirements*.lock from pyproject.toml"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

compile-translations: install
	$(MANAGE) compile_translations

run: install compile-translations
	mkdir -p var/static var/media
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) ensure_demo_admin
	$(MANAGE) ensure_demo_users
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install
	$(MANAGE) runserver $(HOST):$(PORT)

# The tests need Debian's Chromium (browser tests) and GNU gettext (catalogue check); install them
# when they are missing and we are allowed to.
system-packages:
	@{ test -x $(CHROMIUM) && command -v xgettext >/dev/null; } || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && \
		apt-get install -y -qq chromium gettext >/dev/null; } || \
		{ echo "The tests need Chromium and gettext: sudo apt-get install -y chromium gettext"; exit 1; }

production-check:
	.ci/production-check

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

test: install compile-translations system-packages lint
	mkdir -p var
	DJANGO_SETTINGS_MODULE=voresishoj.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=voresishoj.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

translations: install
	$(MANAGE) makemessages $(addprefix -l ,$(LANGUAGES)) --no-location --no-obsolete \
		--ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compile_translations

lock: install
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-find-links --no-emit-index-url --no-emit-trusted-host --output-file requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-find-links --no-emit-index-url --no-emit-trusted-host --extra dev --output-file requirements-dev.lock pyproject.toml

bench: install
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/load_demo.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
	find locale -name '*.mo' -delete
