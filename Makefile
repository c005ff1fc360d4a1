# Two commands: `make run` (the app, offline, on the seed article) and `make test`.
# Assumes python3 (>= 3.11) with venv; `make test` also wants /usr/bin/chromium (Debian: apt-get install chromium).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test places lint bench

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
