"""Platform detection for the `X-Stainless-*` request headers.

Everything here is computed once per process (the answers cannot change while it runs), so building a request
only copies a ready-made dict. The async-library header is the exception: one client can be driven by asyncio
in one call and trio in the next, so it is looked up when a request is built.
"""

from __future__ import annotations

import sys
import platform
import functools

__all__ = ["get_platform", "get_architecture", "platform_headers", "async_library_header"]


def _os_from_system(system: str, platform_string: str) -> str:
    """Map `platform.system()` (lower-cased) to the header vocabulary."""
    if sys.platform == "ios" or "iphone" in platform_string or "ipad" in platform_string:
        return "iOS"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if "android" in platform_string or hasattr(sys, "getandroidapilevel"):
        return "Android"
    if system == "linux":
        return "Linux"
    if system == "freebsd":
        return "FreeBSD"
    if system == "openbsd":
        return "OpenBSD"
    if system:
        return f"Other:{system}"
    return "Unknown"


@functools.cache
def get_platform() -> str:
    """The `X-Stainless-OS` value: a fixed name, `Other:<platform>`, or `Unknown` when detection fails."""
    try:
        system = platform.system().lower()
        platform_string = platform.platform().lower()
    except Exception:  # detection must never break client construction
        return "Unknown"
    return _os_from_system(system, platform_string)


@functools.cache
def get_architecture() -> str:
    """The `X-Stainless-Arch` value: `x32`, `x64`, `arm`, `arm64`, `other:<machine>` or `unknown`."""
    try:
        machine = platform.machine().lower()
    except Exception:  # detection must never break client construction
        return "unknown"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("i386", "i486", "i586", "i686", "x86"):
        return "x32"
    if machine:
        return f"other:{machine}"
    return "unknown"


def _runtime() -> tuple[str, str]:
    try:
        return platform.python_implementation(), platform.python_version()
    except Exception:  # detection must never break client construction
        return "unknown", "unknown"


@functools.cache
def _platform_headers(version: str) -> tuple[tuple[str, str], ...]:
    runtime, runtime_version = _runtime()
    return (
        ("X-Stainless-Lang", "python"),
        ("X-Stainless-Package-Version", version),
        ("X-Stainless-OS", get_platform()),
        ("X-Stainless-Arch", get_architecture()),
        ("X-Stainless-Runtime", runtime),
        ("X-Stainless-Runtime-Version", runtime_version),
    )


def platform_headers(version: str) -> dict[str, str]:
    """A fresh dict of the platform headers (cached underneath; the copy keeps callers from sharing state)."""
    return dict(_platform_headers(version))


def async_library_header() -> str:
    """The `X-Stainless-Async` value for an async client: `async:<library>`, or `async:false` if none runs."""
    try:
        import sniffio

        return f"async:{sniffio.current_async_library()}"
    except Exception:  # no running async library (or sniffio missing): the documented fallback value
        return "async:false"
