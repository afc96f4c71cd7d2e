"""Accumulation of streamed JSON deltas into a snapshot, shared by the chat and Responses stream managers.

Streaming endpoints send partial objects ("deltas") that must be folded into a running snapshot. The folding rules
are those of the API's delta format:

- strings are concatenated and numbers added;
- nested objects are merged recursively;
- lists whose entries carry an ``index`` key are merged entry by entry on that key (tool calls), other lists are
  extended (log-probabilities);
- ``index`` and ``type`` are identifiers, not content: they are overwritten, never concatenated;
- a key the snapshot does not have yet, or whose snapshot value is ``None``, takes the delta's value as is.

The delta's containers become part of the snapshot (no copies are made), so pass freshly decoded data.
"""

from __future__ import annotations

from typing import Dict, List, cast

__all__ = ["accumulate_delta"]

_IDENTIFIER_KEYS = frozenset({"index", "type"})


def accumulate_delta(acc: Dict[str, object], delta: Dict[str, object]) -> Dict[str, object]:
    """Fold ``delta`` into ``acc`` in place and return ``acc``.

    Raises:
        TypeError: a delta value's type cannot be combined with the snapshot's value (for example a string
            delta for a number); the message names the key.
    """
    for key, delta_value in delta.items():
        if key not in acc:
            acc[key] = delta_value
            continue

        acc_value = acc[key]
        if acc_value is None or key in _IDENTIFIER_KEYS:
            acc[key] = delta_value
            continue
        if delta_value is None:
            # An explicit null in a delta carries no content; keep what has been accumulated.
            continue

        if isinstance(acc_value, str) and isinstance(delta_value, str):
            acc[key] = acc_value + delta_value
        elif isinstance(acc_value, bool) or isinstance(delta_value, bool):
            # bool is an int subclass; booleans are flags, so the newest value wins.
            acc[key] = delta_value
        elif isinstance(acc_value, (int, float)) and isinstance(delta_value, (int, float)):
            acc[key] = acc_value + delta_value
        elif isinstance(acc_value, dict) and isinstance(delta_value, dict):
            accumulate_delta(cast("Dict[str, object]", acc_value), cast("Dict[str, object]", delta_value))
        elif isinstance(acc_value, list) and isinstance(delta_value, list):
            _accumulate_list(key, cast("List[object]", acc_value), cast("List[object]", delta_value))
        else:
            raise TypeError(
                f"Cannot accumulate stream delta for key {key!r}: snapshot holds {_type_name(acc[key])}, "
                f"delta holds {_type_name(delta[key])}"
            )
    return acc


def _accumulate_list(key: str, acc_list: List[object], delta_list: List[object]) -> None:
    for entry in delta_list:
        delta_entry = _as_indexed(entry)
        if delta_entry is None:
            acc_list.append(entry)
            continue
        index = delta_entry["index"]
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise TypeError(f"Cannot accumulate stream delta for key {key!r}: entry index {index!r} is not an int >= 0")
        target = _find_indexed(acc_list, index)
        if target is None:
            acc_list.append(delta_entry)
        else:
            accumulate_delta(target, delta_entry)


def _type_name(value: object) -> str:
    return type(value).__name__


def _as_indexed(entry: object) -> Dict[str, object] | None:
    if isinstance(entry, dict) and "index" in entry:
        return cast("Dict[str, object]", entry)
    return None


def _find_indexed(acc_list: List[object], index: int) -> Dict[str, object] | None:
    # Entries normally arrive in index order, so the entry at that position is checked first.
    if index < len(acc_list):
        candidate = acc_list[index]
        if isinstance(candidate, dict) and cast("Dict[str, object]", candidate).get("index") == index:
            return cast("Dict[str, object]", candidate)
    for candidate in acc_list:
        if isinstance(candidate, dict) and cast("Dict[str, object]", candidate).get("index") == index:
            return cast("Dict[str, object]", candidate)
    return None


# Names outside code imports from `openai.lib.streaming._deltas` (official spellings).
from ..._utils import is_dict as is_dict, is_list as is_list  # noqa: E402
