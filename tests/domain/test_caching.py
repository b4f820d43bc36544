"""The caches of pure functions of short texts (domain/caching.py): kept, bounded, and never for long texts."""

from __future__ import annotations

from grassroots_catalog.domain.caching import CACHED_CHARS, text_cache


def test_answers_for_short_texts_are_kept_and_long_ones_worked_out_each_time() -> None:
    calls: list[object] = []

    @text_cache(maxsize=2)
    def shout(text: str, names: tuple[str | None, ...] = ()) -> str:
        calls.append(text)
        return text.upper() + "".join(name or "" for name in names)

    assert shout("a", ("b", None)) == shout("a", ("b", None)) == "Ab" and len(calls) == 1
    long = "x" * (CACHED_CHARS + 1)
    assert shout(long) == shout(long) == long.upper() and len(calls) == 3  # never kept
    assert shout("c") and shout("d") and shout("a", ("b", None)) and len(calls) == 6  # the oldest went first
    shout.cache_clear()
    shout("c")
    assert len(calls) == 7
    assert shout.__name__ == "shout" and shout.__doc__ is None


def test_arguments_other_than_texts_are_never_kept() -> None:
    calls: list[object] = []

    @text_cache(maxsize=8)
    def size(value: object) -> int:
        calls.append(value)
        return len(str(value))

    assert size(12) == size(12) == 2 and len(calls) == 2
    assert size(("a", 1)) == size(("a", 1)) and len(calls) == 4


def test_the_bound_holds_and_answers_stay_right_when_threads_share_a_cache() -> None:
    from concurrent.futures import ThreadPoolExecutor

    @text_cache(maxsize=16)
    def doubled(text: str) -> str:
        return text * 2

    words = [f"w{index}" for index in range(200)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(doubled, words * 20))
    assert answers == [word * 2 for word in words * 20]
    assert len(doubled._answers) <= 16


def test_a_negative_size_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="-1"):
        text_cache(maxsize=-1)(str.upper)
    nothing_kept = text_cache(maxsize=0)(str.upper)
    assert nothing_kept("a") == "A" and not nothing_kept._answers
