# Two commands: `make run` (the app, offline, on the seed article) and `make test`.
# Assumes python3 (>= 3.11) with venv; `make test` also wants /usr/bin/chromium (Debian: apt-get install chromium).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test places lint bench load eval fuzz mutate mutate-js

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run streamlit_app.py

places: $(STAMP)
	$(BIN)/python -m geo places seeds/changjiang_daily_innovation.txt

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_geo.py
	$(BIN)/python bench/bench_app.py
	$(BIN)/python bench/bench_scale.py

# N concurrent browser sessions against one server (`make load`, default 20; slow on 2 cores).
load: $(STAMP)
	$(BIN)/python bench/bench_load.py

eval: $(STAMP)
	$(BIN)/python bench/eval_geoparser.py

fuzz: $(STAMP)
	FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q tests/test_fuzz.py

# Mutation testing, each module against its own tests (bench/mutate.py lists them); 2 cores, tens of
# minutes for all. `make mutate MODULES="geo/datums.py geo/facts.py"` for a few.
mutate: $(STAMP)
	$(BIN)/python bench/mutate.py $(MODULES)

# The front end's JavaScript: textContent -> innerHTML and dropped escapes, against the browser tests.
# wim.js draws the map, search and panel (app and standalone page); standalone.js starts the page.
JS ?= layers/assets/wim.js layers/assets/standalone.js
mutate-js: $(STAMP)
	for js in $(JS); do $(BIN)/python bench/mutate_js.py $$js || exit 1; done
