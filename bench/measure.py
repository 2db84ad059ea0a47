"""How the benches time things: whole processes with their own CPU time and peak memory,
and the machine's load, printed beside every figure."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProcessRun:
    """One finished process."""

    wall: float
    """Seconds from start to exit."""
    cpu: float
    """User + system seconds of the process (and of its children it waited for)."""
    peak_mib: float
    """Peak resident memory of the process, MiB."""
    returncode: int
    stdout: str
    stderr: str


def run_process(
    command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> ProcessRun:
    """Run `command` to its end; output goes to files, so a large report cannot block it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ProcessRun(
            wall,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def user_env(**extra: str) -> dict[str, str]:
    """This environment as a user's shell has it: Python's bytecode cache on.

    `pip install` compiles a package's modules to bytecode; a session that sets
    PYTHONDONTWRITEBYTECODE would instead compile every module of an editable install from
    source at each start, which is not what a user's start-up costs.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes) and core count."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"
