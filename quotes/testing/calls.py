"""Counting the function calls a piece of work makes: a measure of work that, unlike its time,
does not move with the machine's load (used by the scaling test and the detection benchmark)."""
from __future__ import annotations

import sys
from collections.abc import Callable


def count_calls(work: Callable[[], object]) -> int:
    """Python and builtin function calls made while ``work()`` runs."""
    count = 0

    def counter(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(counter)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count
