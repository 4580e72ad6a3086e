# diplograph: two commands do all the set-up on a fresh machine with Python 3.11+.
#   make demo   install, ingest the sample articles into the default store, show what it holds,
#               then serve it at http://127.0.0.1:8000 (the graph page; SPARQL at /sparql)
#   make test   install with the development tools and run the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/diplograph ingest samples/
	$(BIN)/diplograph stats
	$(BIN)/diplograph query @samples/relations.rq
	$(BIN)/diplograph serve

test: install
	$(BIN)/python -m pytest

# ruff check includes the complexity gate (C901, max-complexity 15: pyproject.toml)
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy knows no package-dir mapping: it checks a tree of links laid out as the package installs
TYPECHECK := build/typecheck
typecheck: install
	rm -rf $(TYPECHECK) && mkdir -p $(TYPECHECK)/diplograph
	ln -s $(CURDIR)/diplograph/*.py $(CURDIR)/diplograph/py.typed $(TYPECHECK)/diplograph/
	for p in graph extract api ontology; do ln -s $(CURDIR)/$$p $(TYPECHECK)/diplograph/$$p; done
	cd $(TYPECHECK) && $(CURDIR)/$(BIN)/mypy --config-file $(CURDIR)/pyproject.toml -p diplograph

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
