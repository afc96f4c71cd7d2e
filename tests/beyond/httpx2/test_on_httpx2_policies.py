"""The runtime `test_policies` suite rerun with both clients on httpx2 (see `conftest.py` in this directory)."""

from __future__ import annotations

from tests.runtime.test_policies import *  # noqa: F403 # re-collected here with the httpx2 `harness` fixture

# Compares the hook's error with the very `httpx` exception object the handler raised; through httpx2 the SDK sees
# the handler's error translated to httpx2's class (a different object). Error hooks on httpx2 are covered by the
# other hook tests re-exported here.
del test_error_hook_sees_connection_failures  # noqa: F821 # defined by the star import
