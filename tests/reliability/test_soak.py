"""The CI soak: 2,000 sync and 500 async calls (plus 16 threads x 100 calls, a second event loop and 5,000 calls
for memory) with 20% of attempts faulted, seeded. `./scripts/soak` runs the same at ten times the size."""

from __future__ import annotations

import os

from .soak import FAULT_KINDS, run


def test_soak_under_random_faults() -> None:
    seed = int(os.environ.get("OPENAI_SOAK_SEED", "12"))
    figures = run(seed=seed)
    summary = figures.as_dict()

    assert figures.sync_calls >= 2000 + 16 * 100, summary
    assert figures.async_calls >= 500, summary
    assert figures.calls == figures.sync_calls + figures.async_calls, summary
    # Every kind of fault happened, on about a fifth of the attempts.
    assert set(figures.faults_injected) == set(FAULT_KINDS), summary
    share = sum(figures.faults_injected.values()) / figures.attempts_observed
    assert 0.15 < share < 0.25, summary

    # Every call either succeeded with its whole answer or raised the documented exception its faults imply.
    assert figures.other_exceptions == {}, summary
    assert figures.wrong_exception == 0, summary
    assert figures.silent_truncations == 0, summary
    assert figures.successes + sum(figures.documented_exceptions.values()) == figures.calls, summary
    # The server saw exactly the attempts the retry policy allows, call by call.
    assert figures.attempt_mismatches == 0, summary
    assert figures.attempts_observed == figures.attempts_expected, summary

    # Bounded resources over 5,000 calls on one client (after a warm-up).
    assert figures.fds_end - figures.fds_start <= 4, summary
    assert figures.rss_end - figures.rss_start < 24 * 1024 * 1024, summary
