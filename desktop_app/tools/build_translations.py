"""Compile translations/*.ts into .qm with Qt's lrelease (shipped with PySide6).

Every ``reskontra_<lang>.ts`` is built: fi and sv, and en, which holds only the English plural forms.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path


def lrelease_command() -> list[str]:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    return ["pyside6-lrelease"]


def build() -> list[Path]:
    folder = Path(str(resources.files("desktop_app.translations")))
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(path)
    sys.exit(0)
