"""`LazyProxy`: an object that stands in for another one, built on first use."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Iterable, cast

from typing_extensions import override

__all__ = ["LazyProxy"]

_T = TypeVar("_T")


class LazyProxy(Generic[_T], ABC):
    """Forward attribute access to the object `__load__` returns; subclasses decide how (and how often) to load.

    ``isinstance(proxy, Proxied)`` holds, because ``__class__`` reports the proxied object's class.
    """

    def __getattr__(self, attr: str) -> object:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return proxied  # pyright: ignore[reportUnknownVariableType]
        return getattr(proxied, attr)

    @override
    def __repr__(self) -> str:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return proxied.__class__.__name__
        return repr(proxied)

    @override
    def __str__(self) -> str:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return proxied.__class__.__name__
        return str(proxied)

    @override
    def __dir__(self) -> Iterable[str]:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return []
        return proxied.__dir__()

    @property  # type: ignore[misc]
    @override
    def __class__(self) -> type:  # pyright: ignore[reportIncompatibleMethodOverride]
        try:
            proxied = self.__get_proxied__()
        except Exception:
            return type(self)
        if issubclass(type(proxied), LazyProxy):
            return type(proxied)
        return proxied.__class__

    def __get_proxied__(self) -> _T:
        return self.__load__()

    def __as_proxied__(self) -> _T:
        """This proxy, typed as the object it stands for."""
        return cast(_T, self)

    @abstractmethod
    def __load__(self) -> _T: ...
