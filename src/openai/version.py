"""The package version as a public module (`openai.version.VERSION`)."""

from __future__ import annotations

from ._version import __version__

__all__ = ["VERSION"]

VERSION: str = __version__
