"""Files written whole or not at all: rendered under a hidden ``.name.part`` beside the target, then
renamed into place. A file that exists is a complete file (the sending outbox relies on it to tell
a finished send from an interrupted one); any error removes the part file and propagates."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def partial_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def write_whole(path: Path, render: Callable[[Path], T]) -> T:
    """``render(part_path)`` writes the file; it is then renamed to ``path``. Returns what render returned."""
    partial = partial_path(path)
    try:
        result = render(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result


def write_bytes_whole(path: Path, data: bytes) -> None:
    """The bytes, flushed to disk before the rename (an operator may pick the file up at once)."""

    def write(partial: Path) -> None:
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    write_whole(path, write)
