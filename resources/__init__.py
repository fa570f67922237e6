"""Icons and the style sheet, read through importlib.resources (works from source and when frozen)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(resources.files(__name__).joinpath(name)))


def icon_path(name: str) -> Path:
    return resource_path(name)


def style_sheet() -> str:
    path = resource_path("style.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""
