# Two commands for a new user (see README.md):
#   make run    install into .venv and start the service (gunicorn, 127.0.0.1:8000); it logs the review page URL
#   make test   install the dev and bulk requirements too (Ray: the bulk tests run it) and run the tests
# The venv is (re)installed when a requirements file is newer than its stamp.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# torch is installed first, on its own: pip must not pick a (multi-GB CUDA) build for stanza.
# Elsewhere than on this machine, use: make run TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
TORCH_PIP_ARGS ?=

.PHONY: run test venv venv-dev bench load

venv: $(VENV)/.runtime-installed
venv-dev: $(VENV)/.dev-installed

# Every install is constrained to the versions in requirements.lock (its hashes stripped: a
# constraints file with hashes would turn on --require-hashes for the dev tools too), so a new
# release of a transitive dependency (filelock 4.3.2 after 4.3.1 was locked) changes nothing here.
CONSTRAINTS := $(VENV)/constraints.txt

$(CONSTRAINTS): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	awk '/^[A-Za-z0-9]/ && /==/ {print $$1}' requirements.lock > $@

$(VENV)/.runtime-installed: requirements.txt requirements-data.txt pyproject.toml $(CONSTRAINTS)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) torch==2.13.0 $(TORCH_PIP_ARGS)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-data.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements-bulk.txt $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -r requirements-dev.txt
	touch $@

run: venv
	$(VENV)/bin/gunicorn -c gunicorn.conf.py app:app

test: venv-dev
	$(PY) -m pytest

bench: venv-dev
	STANZA_RESOURCES_DIR=$${STANZA_RESOURCES_DIR:-../shared/stanza_resources} $(PY) benchmarks/bench_service.py $(BENCH_ARGS)

load: venv-dev
	STANZA_RESOURCES_DIR=$${STANZA_RESOURCES_DIR:-../shared/stanza_resources} $(PY) benchmarks/load.py
