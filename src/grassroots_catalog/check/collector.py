"""The garbage collector's setting for a process that does nothing but check catalogues.

Reading a catalogue, and importing the package before it, allocate hundreds of thousands of objects
(models, tuples, findings; classes and functions) that reference counting frees or that live to the
end. At CPython's default the collector walks the youngest objects after every 700 allocations and
finds almost nothing to free: about an eighth of a batch's time, and a few per cent of a one-file run's
start-up. Kept here, apart from the batch engine, so that the program can set it before it imports
anything heavy.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

__all__ = ["YOUNG_COLLECTION_THRESHOLD", "collect_in_larger_steps", "settle_collector"]

YOUNG_COLLECTION_THRESHOLD = 50_000
"""Allocations between two collections of the youngest generation (CPython's default is 700)."""


def settle_collector() -> Callable[[], None]:
    """Set the garbage collector for a long batch, in a process that runs nothing else.

    What start-up built (modules, tables, the national rows) lives to the end: it is frozen out of
    the collector's walks, as it is (a full collection first would cost more than the few cycles
    start-up leaves behind). And the youngest generation is collected after 50,000 allocations instead
    of 700: checking one file allocates hundreds of thousands of objects (models, tuples, findings)
    that reference counting frees, and at the default the collector ran every few hundred of them
    and found nothing to free, about an eighth of a batch's time. Cycles are still collected, in
    larger steps, so memory stays bounded. Returns the function that puts the collector back.
    """
    gc.freeze()
    before = collect_in_larger_steps()

    def restore() -> None:
        """The collector as it was (for a process that goes on after the batch: a test, a host)."""
        gc.set_threshold(*before)
        gc.unfreeze()

    return restore


def collect_in_larger_steps() -> tuple[int, int, int]:
    """Collect the youngest generation after :data:`YOUNG_COLLECTION_THRESHOLD` allocations; returns
    the thresholds as they were, to put back (``gc.set_threshold(*before)``)."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *before[1:])
    return before
