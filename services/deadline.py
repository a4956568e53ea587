"""A time limit for a computation that may run away inside a library (a calendar's rules)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeUp(Exception):
    """Raised inside a computation that ran past its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeUp in this thread if the block runs longer than `seconds`.

    The exception is delivered between two bytecodes (CPython's asynchronous exceptions), so it
    also stops a library loop that never comes back to the caller, such as dateutil looking for
    the next match of a rule that has none. Use it only around computation whose objects are
    thrown away when it fires: no files, no database, nothing shared.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    # Armed only inside the block, so that the exception never lands in the timer's own start.
    state = {"armed": False, "due": False, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                _raise_in(target, TimeUp)
                state["fired"] = True
            else:
                state["due"] = True

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        with lock:
            if state["due"]:
                raise TimeUp
            state["armed"] = True
        yield
    finally:
        with lock:
            state["armed"] = False
            if state["fired"]:
                # Fired as the block ended: take back the exception not yet delivered.
                _raise_in(target, None)
        timer.cancel()


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), None if exception is None else ctypes.py_object(exception))
