"""The runtime `test_response` suite rerun with both clients on httpx2 (see `conftest.py` in this directory)."""

from __future__ import annotations

from tests.runtime.test_response import *  # noqa: F403 # re-collected here with the httpx2 `harness` fixture
