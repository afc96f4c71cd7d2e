"""Resource modules re-export the hand-written classes users import from them (`resources.reexports` in config)."""

from __future__ import annotations

import openai.lib.realtime_connect as lib
import openai.resources.realtime.realtime as ga
import openai.resources.beta.realtime.realtime as beta


def test_ga_realtime_module_exports_the_ga_connection_classes() -> None:
    assert ga.RealtimeConnection is lib.RealtimeConnection
    assert ga.AsyncRealtimeConnection is lib.AsyncRealtimeConnection
    assert ga.RealtimeConnectionManager is lib.RealtimeConnectionManager
    assert ga.AsyncRealtimeConnectionManager is lib.AsyncRealtimeConnectionManager


def test_beta_realtime_module_exports_the_beta_connection_classes_under_the_official_names() -> None:
    assert beta.RealtimeConnection is lib.BetaRealtimeConnection
    assert beta.AsyncRealtimeConnection is lib.AsyncBetaRealtimeConnection
    assert beta.RealtimeConnectionManager is lib.BetaRealtimeConnectionManager
    assert beta.AsyncRealtimeConnectionManager is lib.AsyncBetaRealtimeConnectionManager


def test_reexports_are_listed_in_all() -> None:
    names = {
        "RealtimeConnection",
        "AsyncRealtimeConnection",
        "RealtimeConnectionManager",
        "AsyncRealtimeConnectionManager",
    }
    assert names <= set(ga.__all__)
    assert names <= set(beta.__all__)
