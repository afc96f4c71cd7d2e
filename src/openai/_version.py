"""Package identity: the distribution name and version reported in headers and metadata."""

from __future__ import annotations

__all__ = ["__title__", "__version__"]

__title__ = "openai"
__version__ = "3.3.1"  # keep in sync with pyproject.toml
