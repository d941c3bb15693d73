# Tsunagari: two commands on a fresh machine — `make run` and `make test`.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3.11
export DEBIAN_FRONTEND := noninteractive
VENV := .venv
PY := $(VENV)/bin/python
TSUNAGARI := $(VENV)/bin/tsunagari
UV := python3 -m uv
APT_PACKAGES := libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk fonts-noto-core chromium gettext poppler-utils
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup system-packages python-env crisis-model service-model messages messages-update messages-check memo-fonts database run test test-sqlite test-postgres quality lint typecheck bench clean

setup: system-packages python-env messages database memo-fonts crisis-model service-model ## everything `run` and `test` need

system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

python-env: ## the virtualenv, with bytecode compiled ahead (PYTHONDONTWRITEBYTECODE machines recompile every import otherwise)
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q 'uv==0.13.8'
	$(UV) sync --frozen --quiet --compile-bytecode
	$(PY) -m compileall -q -j 0 tsunagari config >/dev/null

messages: ## compile locale/ and locale_vendor/ (Django's own messages in Tagalog and Brazilian Portuguese)
	@if ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then $(PY) manage.py compilemessages -v0; fi

crisis-model: ## train the learned crisis net into var/cache/ (skipped when its data have not changed)
	$(PY) -m tsunagari.navigator.engine.crisis_model

service-model: ## train the learned ranking model into var/cache/ (ADR 0014; skipped when its data have not changed)
	$(PY) -m tsunagari.navigator.engine.service_model

memo-fonts: ## cut the CJK fonts down to our texts for fast PDF memos (skipped when up to date)
	$(TSUNAGARI) memo_fonts

database:
	@mkdir -p var
	$(TSUNAGARI) migrate --noinput -v0
	$(TSUNAGARI) catalog load
	$(TSUNAGARI) ensure_dev_admin

run: setup ## serve http://127.0.0.1:8000 with SQLite and the national catalog
	$(TSUNAGARI) collectstatic --noinput -v0
	$(TSUNAGARI) runserver $(HOST):$(PORT)

test: setup quality test-sqlite test-postgres ## the whole suite, on SQLite and PostgreSQL

test-sqlite:
	$(VENV)/bin/pytest -n 2 -p no:cacheprovider

test-postgres:
	DATABASE_URL=$${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test} \
	  $(VENV)/bin/pytest -n 2 -p no:cacheprovider -m django_db

quality: lint typecheck messages-check
	$(PY) manage.py makemigrations --check --dry-run -v0

LOCALES := ja zh_Hans ko pt es tl th vi ne id ja_Easy
MAKEMESSAGES := $(TSUNAGARI) makemessages $(foreach l,$(LOCALES),-l $(l)) --no-location \
	--ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*' -v0

messages-update: ## extract new UI strings into every locale/*.po
	$(MAKEMESSAGES)

messages-check: ## fail when a UI string is missing from the message catalogs
	$(MAKEMESSAGES)
	@git diff --quiet -I '^"POT-Creation-Date' -- locale || \
	  { git diff --stat -- locale; echo "Message catalogs are out of date: run 'make messages-update' and translate."; exit 1; }

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck:
	$(VENV)/bin/mypy tsunagari config

bench:
	$(PY) bench/navigator_quality.py
	$(PY) bench/navigator_speed.py

clean:
	rm -rf $(VENV) var
