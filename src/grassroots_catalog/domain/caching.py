"""Caches for the pure functions of short texts that a table repeats on row after row.

A table cites the same instruments, ticks the same channel lists and writes the same names again and
again, and a batch of county tables repeats them from one table to the next, so the functions that
read them keep their answers. Bounded twice: by the number of answers kept (the oldest first out),
and by the length of what is asked: an argument longer than :data:`CACHED_CHARS` in all (a pasted
paragraph, a hostile file's 10,000-character cell) is worked out each time and never kept, so that
no file can make the caches hold more than a few megabytes.

A hit is one dictionary lookup of the arguments: the length is measured only when an answer is to
be kept. Linking alone asks some of these functions thousands of times a table, nearly always for an
answer already kept, so the price of a hit is what counts (an ``lru_cache`` behind a length check
cost two and a half times as much).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import update_wrapper
from typing import Any, Generic, ParamSpec, TypeVar

__all__ = ["CACHED_CHARS", "TextCache", "clear_caches", "forgets", "text_cache"]

CACHED_CHARS = 400
"""The most characters, over all its text arguments, that a call may have for its answer to be kept."""

P = ParamSpec("P")
R = TypeVar("R")


_CLEARS: list[Callable[[], None]] = []
"""How to empty each cache of this kind (every :class:`TextCache`, and the caches that register)."""


def forgets(clear: Callable[[], None]) -> Callable[[], None]:
    """Register ``clear`` as one more cache's way of emptying itself, for :func:`clear_caches`."""
    _CLEARS.append(clear)
    return clear


def clear_caches() -> None:
    """Empty every cache of texts: for a measurement that must start cold, or a test that changes
    what the cached functions depend on (the converter to simplified characters, say)."""
    for clear in _CLEARS:
        clear()


class TextCache(Generic[P, R]):
    """``function`` with its answers for short arguments kept (see the module's docstring)."""

    def __init__(self, function: Callable[P, R], maxsize: int) -> None:
        if maxsize < 0:
            raise ValueError(f"a cache holds at least no answers, not {maxsize}")
        self._function = function
        self._answers: dict[tuple[Any, ...], R] = {}
        self._maxsize = maxsize
        update_wrapper(self, function)
        forgets(self.cache_clear)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if kwargs:
            return self._function(*args, **kwargs)
        answers = self._answers
        try:
            return answers[args]
        except KeyError:
            pass
        except TypeError:  # an argument that cannot be a key (a list): never kept
            return self._function(*args, **kwargs)
        answer = self._function(*args, **kwargs)
        if _length(args) <= CACHED_CHARS:
            answers[args] = answer
            while len(answers) > self._maxsize:  # measured after the store: threads storing at once
                _drop_oldest(answers)  # each trim what is over, so the bound holds once they are done
        return answer

    def cache_clear(self) -> None:
        """Forget every answer (tests that change what the function depends on)."""
        self._answers.clear()


def _drop_oldest(answers: dict[Any, Any]) -> None:
    """Drop the first answer kept (a dict keeps the order of insertion); another thread may have
    changed the dict meanwhile, which only means that this try drops nothing."""
    with suppress(RuntimeError):  # changed by another thread between the two steps
        answers.pop(next(iter(answers), None), None)


def text_cache(maxsize: int) -> Callable[[Callable[P, R]], TextCache[P, R]]:
    """Decorate a pure function of texts (or of tuples of texts) with a :class:`TextCache`."""

    def decorate(function: Callable[P, R]) -> TextCache[P, R]:
        return TextCache(function, maxsize)

    return decorate


def _length(args: tuple[Any, ...]) -> int:
    """The characters of the texts among ``args`` and inside their tuples; anything else counts as
    too long, so that only texts and tuples of them are kept."""
    total = 0
    for value in args:
        if isinstance(value, str):
            total += len(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    total += len(item)
                elif item is not None:
                    return CACHED_CHARS + 1
        else:
            return CACHED_CHARS + 1
    return total
