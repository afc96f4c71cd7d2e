"""Small, dependency-free helpers used across the runtime core and by generated code.

Importing this package must stay cheap (standard library and typing only), because generated resources import
`path_param` from here; heavier helpers import what they need lazily.
"""

from __future__ import annotations

from ._path import path_param as path_param

__all__ = ["path_param"]
