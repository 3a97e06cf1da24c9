"""One malloc arena for the GUI process (glibc).

glibc gives each thread that allocates its own arena, and memory freed in one is not
reused by another: the window's short-lived worker threads (reading the journal's columns,
working out advice, importing the charts) left about 16 MB more resident at 100,000
encounters, for no gain in speed (tests/benchmarks/window_tabs.py, side by side).
"""

from __future__ import annotations

import ctypes
import sys

M_ARENA_MAX = -8
"""mallopt's parameter number for the arena cap (glibc's malloc.h)."""


def share_one_arena() -> bool:
    """Cap glibc at one arena before any thread starts; False where there is no glibc
    (macOS, Windows, musl) or it refuses, which changes nothing but memory."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(M_ARENA_MAX, 1) == 1
