"""Lenient ISO 8601 parsing used when constructing models from API data without validation."""

from __future__ import annotations

import re
import datetime
from typing import Union

__all__ = ["parse_date", "parse_datetime"]

_DATETIME_RE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})"
    r"(?::(?P<second>\d{1,2})(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"\s*(?P<tz>Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)
_DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")

# Values above this are taken to be milliseconds since the epoch rather than seconds (as pydantic does).
_MS_THRESHOLD = 2e10

Number = Union[int, float]


def _from_timestamp(value: Number) -> datetime.datetime:
    seconds = value / 1000 if abs(value) > _MS_THRESHOLD else value
    return datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc)


def _parse_tz(tz: str) -> datetime.timezone:
    if tz in ("Z", "z"):
        return datetime.timezone.utc
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) > 2 else 0
    return datetime.timezone(sign * datetime.timedelta(hours=hours, minutes=minutes))


def parse_datetime(value: str | bytes | Number | datetime.datetime) -> datetime.datetime:
    """Parse an ISO 8601 date-time (``Z`` and offsets accepted) or a Unix timestamp in seconds or milliseconds.

    Raises:
        ValueError: the value is not a recognisable date-time.
    """
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    text = value.decode() if isinstance(value, bytes) else value
    if not isinstance(text, str):
        raise ValueError(f"Expected a date-time string or number, got {type(value).__name__}")
    match = _DATETIME_RE.match(text.strip())
    if match is None:
        try:
            return _from_timestamp(float(text))
        except ValueError:
            raise ValueError(f"Invalid date-time format: {value!r}") from None
    parts = match.groupdict()
    fraction = (parts["fraction"] or "").ljust(6, "0")[:6]
    tz = _parse_tz(parts["tz"]) if parts["tz"] else None
    return datetime.datetime(
        int(parts["year"]),
        int(parts["month"]),
        int(parts["day"]),
        int(parts["hour"]),
        int(parts["minute"]),
        int(parts["second"] or 0),
        int(fraction),
        tzinfo=tz,
    )


def parse_date(value: str | bytes | Number | datetime.date) -> datetime.date:
    """Parse an ISO 8601 calendar date (``YYYY-MM-DD``) or a Unix timestamp.

    Raises:
        ValueError: the value is not a recognisable date.
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value).date()
    text = value.decode() if isinstance(value, bytes) else value
    if not isinstance(text, str):
        raise ValueError(f"Expected a date string or number, got {type(value).__name__}")
    match = _DATE_RE.match(text.strip())
    if match is None:
        raise ValueError(f"Invalid date format: {value!r}")
    return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
