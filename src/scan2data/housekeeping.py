"""User-state chores: the debug log that keeps tracebacks off the terminal, and output locks that
stop two runs from writing the same file at once. Both live under ``SCAN2DATA_HOME``."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import os
import traceback
from pathlib import Path
from typing import Iterator

from .document import display_path
from .errors import OutputBusy
from .workspace import home_dir


def debug_log(exc: BaseException, context: str = "") -> Path:
    """Append a traceback to ``SCAN2DATA_HOME/logs/debug.log`` (never shown on the terminal; it holds
    no document text beyond what an exception message carries)."""
    path = home_dir() / "logs" / "debug.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
        handle.write(f"--- {stamp} {context}\n" + "".join(traceback.format_exception(exc)) + "\n")
    return path


@contextlib.contextmanager
def output_locks(paths: list[Path]) -> Iterator[None]:
    """Hold an exclusive lock per output file for the whole run; a second run on the same output
    fails at once with ``OutputBusy`` instead of interleaving rows."""
    folder = home_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    handles = []
    try:
        for path in sorted({Path(os.path.abspath(p)) for p in paths}):
            key = hashlib.sha256(os.fsencode(path)).hexdigest()[:24]
            handle = open(folder / f"{key}.lock", "a+", encoding="utf-8")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                handle.close()
                raise OutputBusy(f"{display_path(path)}: another scan2data run ({holder}) is writing this output "
                                 "right now — wait for it to finish, or choose another -o") from None
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}")
            handle.flush()
            handles.append(handle)
        yield
    finally:
        for handle in handles:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
