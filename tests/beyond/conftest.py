"""Fixtures for the tests of the SDK's additions beyond the official package.

They reuse the runtime suite's harness (`tests/runtime/conftest.py`): each test taking `harness` runs with
`OpenAI` and `AsyncOpenAI` over a recording mock transport, sleeping recorded instead of performed.
`httpx2/` reruns runtime tests with the harness on httpx2 (its own `conftest.py`).
"""

from __future__ import annotations

from tests.runtime.conftest import harness as harness, _clean_environment as _clean_environment
