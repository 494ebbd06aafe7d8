"""The Uli process: settings, the `uli` command, start-up and shut-down. The composition root."""

import os

# Before numpy is imported anywhere: the crisis check by meaning multiplies tiny matrices on
# the event loop, and OpenBLAS's worker threads wait busily after each one, which doubled the
# CPU a message costs (docs/benchmarks.md). An operator's own setting wins.
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
