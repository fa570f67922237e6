"""Where the tests find the externally authored reference data (``tests/data``, see its README)."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
