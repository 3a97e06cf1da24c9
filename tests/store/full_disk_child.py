"""Child of test_full_disk.py: runs one `wellbeing` command on a disk that is "full".

    python full_disk_child.py LIMIT_BYTES ARGS...

RLIMIT_FSIZE makes every write past LIMIT_BYTES into any file fail with EFBIG, as a full
disk fails with ENOSPC, without root and without filling a real disk. SIGXFSZ is ignored so
that the write returns an error to the program instead of killing it.
"""

from __future__ import annotations

import resource
import signal
import sys

if __name__ == "__main__":
    limit = int(sys.argv[1])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    from wellbeing.cli import main

    sys.exit(main(sys.argv[2:]))
