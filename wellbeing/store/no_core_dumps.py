"""Keep the journal out of crash dumps: the data key and decrypted text live in memory.

A core dump is a file anyone with access to the dump folder (or a crash reporter) can read,
holding the process's memory in clear. Both the window and the command line start here.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """No core file, and on Linux no ptrace by other processes of the same user; True if done."""
    done = False
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            done = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and done
    return done
