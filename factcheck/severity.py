"""How serious a termbase finding is: its own module, so that `lint` and the termbase need
not load `factcheck.model` (fifteen frozen dataclasses, about a twentieth of a `lint`
process's start-up) for one enum. `factcheck.model` re-exports it."""

from __future__ import annotations

import enum


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
