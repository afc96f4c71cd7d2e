"""The `openai` command line (`openai api ...`, `openai tools ...`; also `python -m openai`).

Nothing here is imported by `import openai`; the console script and `python -m openai` load it on demand.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
