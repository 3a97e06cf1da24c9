"""The GUI process keeps its worker threads' allocations in one glibc arena."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

ARENAS_AFTER_THREADS = textwrap.dedent(
    """
    import ctypes, sys, threading
    from wellbeing.ui.malloc_arenas import share_one_arena

    if sys.argv[1] == "shared":
        assert share_one_arena()

    def allocate():
        kept = [bytearray(200) for _ in range(20_000)]
        del kept

    threads = [threading.Thread(target=allocate) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ctypes.CDLL(None).malloc_stats()  # one 'Arena n:' block per arena, on stderr
    """
)


def arenas_after_threads(mode: str) -> int:
    run = subprocess.run(
        [sys.executable, "-c", ARENAS_AFTER_THREADS, mode], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return run.stderr.count("Arena ")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_worker_threads_share_the_main_arena() -> None:
    assert arenas_after_threads("own") > 1  # glibc's default: an arena per thread
    assert arenas_after_threads("shared") == 1
