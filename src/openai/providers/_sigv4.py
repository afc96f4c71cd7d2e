"""AWS Signature Version 4 request signing (header-based), implemented on `hmac`/`hashlib` alone."""

from __future__ import annotations

import hmac
import hashlib
import datetime
from typing import Mapping, Optional
from urllib.parse import quote, unquote

__all__ = ["sign_v4"]

ALGORITHM = "AWS4-HMAC-SHA256"
# Headers that may be changed by proxies or the HTTP library are left out of the signature.
_UNSIGNED_HEADERS = frozenset({"authorization", "user-agent", "connection", "expect", "content-length"})


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def _encode(value: str) -> str:
    return quote(value, safe="-_.~")


def _canonical_uri(raw_path: str) -> str:
    # Non-S3 services sign each segment encoded once more than it was sent (the "double encoding" rule).
    path = raw_path or "/"
    return "/".join(_encode(segment) for segment in path.split("/"))


def _canonical_query(raw_query: str) -> str:
    if not raw_query:
        return ""
    pairs: list[tuple[str, str]] = []
    for part in raw_query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        pairs.append((_encode(unquote(key.replace("+", " "))), _encode(unquote(value.replace("+", " ")))))
    pairs.sort()
    return "&".join(f"{k}={v}" for k, v in pairs)


def sign_v4(
    *,
    method: str,
    raw_path: str,
    raw_query: str,
    headers: Mapping[str, str],
    body: bytes,
    access_key_id: str,
    secret_access_key: str,
    session_token: Optional[str],
    region: str,
    service: str,
    now: Optional[datetime.datetime] = None,
) -> dict[str, str]:
    """Return the headers to add (`x-amz-date`, optional `x-amz-security-token`, `Authorization`).

    `headers` must contain `host`; every header except a few hop-by-hop/volatile ones is signed.
    """
    moment = (now or datetime.datetime.now(datetime.timezone.utc)).astimezone(datetime.timezone.utc)
    amz_date = moment.strftime("%Y%m%dT%H%M%SZ")
    date_stamp = moment.strftime("%Y%m%d")
    added: dict[str, str] = {"x-amz-date": amz_date}
    if session_token:
        added["x-amz-security-token"] = session_token

    signed: dict[str, str] = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower in _UNSIGNED_HEADERS or lower in added:
            continue
        signed[lower] = " ".join(value.strip().split())
    for name, value in added.items():
        signed[name] = value
    if "host" not in signed:
        raise ValueError("SigV4 signing needs a `host` header")
    names = sorted(signed)
    canonical_headers = "".join(f"{name}:{signed[name]}\n" for name in names)
    signed_headers = ";".join(names)

    canonical_request = "\n".join(
        [
            method.upper(),
            _canonical_uri(raw_path),
            _canonical_query(raw_query),
            canonical_headers,
            signed_headers,
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{date_stamp}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(
        [ALGORITHM, amz_date, scope, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
    )
    key = _hmac(("AWS4" + secret_access_key).encode("utf-8"), date_stamp)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    added["Authorization"] = (
        f"{ALGORITHM} Credential={access_key_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
    return added
