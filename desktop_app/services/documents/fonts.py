"""The PDF fonts: DejaVu Sans (shipped in resources/fonts), so å, ä, ö, € and Cyrillic all print.

Registered once per process: parsing a TrueType file costs milliseconds, which a batch of
thousands of invoices should pay once, not per document.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def font_path(file_name: str) -> Path:
    return Path(str(resources.files("desktop_app.resources").joinpath("fonts", file_name)))


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans and its bold face with reportlab (idempotent, thread-safe); returns their names."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR in registered and BOLD in registered:
        return REGULAR, BOLD
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, file_name in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    return REGULAR, BOLD
