"""Shared fixtures. No test may reach the network, nor any Python process a test starts:
``tests/netguard/sitecustomize.py`` blocks every connection and DNS lookup beyond loopback."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def article():
    return seed_article()
