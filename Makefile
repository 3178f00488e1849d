# The two commands of the README: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
# pytest-xdist workers for `make test` (each its own test database); `auto`: one per core.
TEST_WORKERS ?= auto
# A worker takes a whole test module, in the order tests/conftest.py sorts them (slow ones first,
# so that no worker starts a long one last); xdist's own reordering would put them last.
PYTEST_PARALLEL = -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

.PHONY: run serve test install install-dev messages lint format migrate bootstrap clean bench bench-serving browser loadtest wrk audit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the requirements change.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	@command -v msgfmt >/dev/null || { echo "GNU gettext (msgfmt) is missing: apt-get install gettext"; exit 1; }
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity=0

migrate: install
	mkdir -p var
	$(BIN)/python manage.py migrate --no-input

bootstrap: migrate
	$(BIN)/python manage.py bootstrap_verbund --port $(PORT)

run: messages bootstrap
	$(BIN)/python manage.py collectstatic --no-input --verbosity=0
	@echo
	@echo "Verbund is starting on port $(PORT):"
	@echo "  http://acod.localhost:$(PORT)/   http://clusterit.localhost:$(PORT)/   http://logistik.localhost:$(PORT)/"
	@echo "  admin: http://acod.localhost:$(PORT)/admin/ (create a login with: $(BIN)/python manage.py createsuperuser)"
	$(BIN)/gunicorn cms.wsgi --config gunicorn.conf.py --bind 127.0.0.1:$(PORT)

# Production entry point: cms.settings.production; needs SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS
# (or the VERBUND_HOST_* variables) and WAGTAILADMIN_BASE_URL (https://…) in the environment. Migrates, collects static files, serves.
serve: messages
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/python manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/python manage.py collectstatic --no-input --verbosity=0
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/gunicorn cms.wsgi --config gunicorn.conf.py

# $(call debian_tool,<command or path>,<package>,<what needs it>): present, installed with apt-get
# when run as root (CI), or a message telling a developer how to install it.
define debian_tool
	@if command -v $(1) >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(2); \
	else \
		echo "$(1) is missing; $(3) need it. Install it with:"; \
		echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $(2)"; \
		exit 1; \
	fi
endef

# The browser tests drive Debian's Chromium; CI (root) installs it, a developer is told how to.
CHROMIUM := /usr/bin/chromium
browser:
	$(call debian_tool,$(CHROMIUM),chromium,the browser tests)

# pip-audit over the pinned requirements (both files, exactly as pinned) and the installed
# virtualenv; fails on any known vulnerability. See .ci/audit.py for a network on which the
# vulnerability service cannot be reached (a warning; AUDIT_REQUIRE_SERVICE=1 makes it fail).
audit: install-dev
	$(BIN)/python .ci/audit.py

test: install-dev messages browser audit
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=cms.settings.test
	$(BIN)/pytest $(PYTEST_PARALLEL)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install-dev
	$(BIN)/python bench/listing_bench.py

# Serving benchmark (issue 6): gunicorn + PostgreSQL (+ Redis for the page cache), measured with wrk.
# About 24 minutes with the default 2,000 news and 1,000 events per site. Not part of `make test`.
bench-serving: messages wrk
	$(BIN)/python bench/serving_bench.py

wrk:
	$(call debian_tool,wrk,wrk,the load test and the serving benchmark)

# Load test (issue 6): wrk against gunicorn on 127.0.0.1 for 60 s while an editor publishes; a
# scratch PostgreSQL database on 127.0.0.1:5432 (or DATABASE_URL). Not part of `make test`.
loadtest: messages wrk
	$(BIN)/python loadtest/run.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
