"""Default values and well-known names shared by the whole runtime core.

Everything tunable about the transport (timeouts, retries, pool limits) and every magic header or
environment-variable name lives here so the rest of the core never repeats a literal.
"""

from __future__ import annotations

import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_ADMIN_KEY",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_CUSTOM_HEADERS",
    "ENV_LOG",
    "ENV_ORG_ID",
    "ENV_PROJECT_ID",
    "ENV_WEBHOOK_SECRET",
    "IDEMPOTENCY_KEY_PREFIX",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER_DELAY",
    "MAX_RETRY_DELAY",
    "OVERRIDE_CAST_TO_HEADER",
    "RAW_RESPONSE_HEADER",
    "REQUEST_ID_HEADER",
]

# Ten minutes overall because long generations legitimately take that long; connecting should be quick.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking us to wait longer than this is treated as "do not retry" rather than honoured.
MAX_RETRY_AFTER_DELAY = 120

RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"
REQUEST_ID_HEADER = "x-request-id"
IDEMPOTENCY_KEY_PREFIX = "stainless-python-retry-"

DEFAULT_BASE_URL = "https://api.openai.com/v1"

ENV_API_KEY = "OPENAI_API_KEY"
ENV_ORG_ID = "OPENAI_ORG_ID"
ENV_PROJECT_ID = "OPENAI_PROJECT_ID"
ENV_WEBHOOK_SECRET = "OPENAI_WEBHOOK_SECRET"
ENV_BASE_URL = "OPENAI_BASE_URL"
ENV_ADMIN_KEY = "OPENAI_ADMIN_KEY"
ENV_CUSTOM_HEADERS = "OPENAI_CUSTOM_HEADERS"
ENV_LOG = "OPENAI_LOG"
