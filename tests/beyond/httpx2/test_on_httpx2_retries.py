"""The runtime `test_retries` suite rerun with both clients on httpx2 (see `conftest.py` in this directory)."""

from __future__ import annotations

from tests.runtime.test_retries import *  # noqa: F403 # re-collected here with the httpx2 `harness` fixture

# These check that the final error's `__cause__` is the very `httpx` exception object the handler raised; through
# httpx2 the cause is its httpx2 translation. tests/runtime/test_httpx2.py checks the httpx2 error mapping itself.
del test_timeouts_retry_then_raise_api_timeout_error  # noqa: F821 # defined by the star import
del test_connection_errors_retry_then_raise_api_connection_error  # noqa: F821 # defined by the star import
# Expects the cause to be the handler's own `httpx.ReadError`; on httpx2 the cause is httpx2's own class.
del test_connection_lost_mid_body_is_retried_then_wrapped  # noqa: F821 # defined by the star import
