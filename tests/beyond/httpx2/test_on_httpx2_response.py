"""The runtime `test_response` suite rerun with both clients on httpx2 (see `conftest.py` in this directory)."""

from __future__ import annotations

from tests.runtime.test_response import *  # noqa: F403 # re-collected here with the httpx2 `harness` fixture

# `cast_to=httpx.Response` returns the library's own response object; on httpx2 that is an `httpx2.Response`, not the
# handler's `httpx.Response`, so the identity check does not apply.
del test_httpx_response_target_returns_the_response  # noqa: F821 # defined by the star import
