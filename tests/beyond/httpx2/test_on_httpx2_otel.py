"""The OpenTelemetry tracing tests rerun with both clients on httpx2 (see `conftest.py` in this directory)."""

from __future__ import annotations

from tests.beyond.test_otel import *  # noqa: F403 # tests and their fixtures, re-collected with the httpx2 `harness`
