"""Refresh the translation sources: Qt strings of the views (pyside6-lupdate), then the "errors" context.

    python -m desktop_app.tools.update_translations

New strings appear as unfinished in translations/reskontra_fi.ts and reskontra_sv.ts; translate
them (Qt Linguist or an editor), then ``python -m desktop_app.tools.build_translations``.

English is the source language, but "%n invoice(s)" needs a singular and a plural: reskontra_en.ts
holds only the plural messages (lupdate -pluralonly); give each new one its two English forms.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.tools import update_error_translations as errors


def lupdate_command() -> list[str]:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lupdate", here / "pyside6-lupdate.exe"):
        if candidate.exists():
            return [str(candidate)]
    return ["pyside6-lupdate"]


def qt_sources() -> list[Path]:
    """Every Qt module that calls tr() or QCoreApplication.translate().

    No -no-obsolete: lupdate would drop the "errors" context, which is not in these sources;
    it marks it vanished instead, and update_error_translations brings it back.
    """
    root = errors.package_root()
    return sorted(p for p in root.rglob("*.py")
                  if "tools" not in p.parts and ("tr(" in (text := p.read_text(encoding="utf-8"))
                                                 or "translate(" in text)
                  and ("PySide6" in text))


PLURAL_ONLY_LANGUAGE = "en"


def main() -> int:
    folder = errors.translations_folder()
    sources = [str(p) for p in qt_sources()]
    targets = [str(folder / f"reskontra_{lang}.ts") for lang in errors.LANGUAGES]
    subprocess.run([*lupdate_command(), "-locations", "none", *sources, "-ts", *targets], check=True)
    plural_only = folder / f"reskontra_{PLURAL_ONLY_LANGUAGE}.ts"
    subprocess.run([*lupdate_command(), "-locations", "none", "-pluralonly", "-source-language", "en",
                    "-target-language", PLURAL_ONLY_LANGUAGE, *sources, "-ts", str(plural_only)], check=True)
    return errors.main([])


if __name__ == "__main__":
    sys.exit(main())
