"""Shared fixtures. No test may reach the network, nor any Python process a test starts:
``tests/netguard/sitecustomize.py`` blocks every connection and DNS lookup beyond loopback."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from geo.article import seed_article
from tests.netguard import sitecustomize as netguard

GUARD_DIR = str(Path(netguard.__file__).resolve().parent)

netguard.install()
# Subprocesses (CLI tests, the Streamlit server of the browser tests) inherit the environment:
# Python then imports the guard's sitecustomize at start-up.
os.environ["PYTHONPATH"] = os.pathsep.join(
    [GUARD_DIR, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)
# Hand placements go to a throw-away folder, never the user's data folder: one for the whole
# run (the Streamlit servers of the browser tests inherit it), and one per test (below).
os.environ.setdefault("WIM_DATA_DIR", tempfile.mkdtemp(prefix="wim-test-data-"))


@pytest.fixture(autouse=True)
def placements_folder(tmp_path_factory, monkeypatch):
    """Each test's own placements folder: a placement made by one test is not seen by another."""
    folder = tmp_path_factory.mktemp("placements")
    monkeypatch.setenv("WIM_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def article():
    return seed_article()
