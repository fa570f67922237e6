"""The package as it is installed: every package folder is listed in pyproject.toml, and the top-level
resources/ and translations/ folders travel inside the wheel as desktop_app.resources and
desktop_app.translations, opened through importlib.resources from the installed copy, not the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAPPED = {"desktop_app.resources": "resources", "desktop_app.translations": "translations"}


def _package_folders() -> set[str]:
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "desktop_app").rglob("__init__.py")}
    return found | set(MAPPED)


def test_pyproject_lists_every_package_folder_and_maps_the_two_top_level_folders() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert set(setuptools["packages"]) == _package_folders()
    assert setuptools["package-dir"] == MAPPED
    for folder in MAPPED.values():
        assert (REPO / folder / "__init__.py").is_file()


# Run in a child Python that sees the unpacked wheel and the installed libraries, never the checkout.
_PROBE = r"""
import json, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path[:] = [sys.argv[1]] + [p for p in sys.path if p and p.rstrip("/") != sys.argv[2]]
from importlib import resources
import desktop_app, desktop_app.resources as res
from desktop_app.services.documents import fonts
from desktop_app.services.foundation import i18n
translations = resources.files("desktop_app.translations")
migrations = resources.files("desktop_app").joinpath("migrations", "versions")
print(json.dumps({
    "package": desktop_app.__file__,
    "style": len(res.style_sheet()),
    "icon": res.icon_path("reskontra.svg").is_file(),
    "fonts": [fonts.font_path(name).is_file() for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")],
    "translations": sorted(p.name for p in translations.iterdir() if p.name.startswith("reskontra_")),
    "migrations": sorted(p.name for p in migrations.iterdir() if p.name.endswith(".py")),
    "finnish": i18n.translate("errors", "{what} {key} was not found.", "fi"),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
                   check=True, capture_output=True)
    [wheel] = out.glob("reskontra-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    probe = subprocess.run([sys.executable, "-c", _PROBE, str(target), str(REPO)], cwd=out, check=True,
                           capture_output=True, text=True)
    return json.loads(probe.stdout)


def test_the_installed_package_opens_every_resource_from_its_own_folder(installed: dict[str, object]) -> None:
    assert "site" in Path(str(installed["package"])).parts and str(REPO) not in str(installed["package"])
    assert installed["style"] and installed["icon"] and installed["fonts"] == [True, True]
    sources = {f"reskontra_{lang}.ts" for lang in ("en", "fi", "sv")}
    assert sources <= set(installed["translations"])  # type: ignore[arg-type]
    built = {p.name for p in (REPO / "translations").glob("*.qm")}
    assert built <= set(installed["translations"])  # type: ignore[arg-type]  # the .qm the set-up built
    assert {p.name for p in (REPO / "desktop_app" / "migrations" / "versions").glob("*.py")} == set(
        installed["migrations"])  # type: ignore[arg-type]
    assert installed["finnish"] != "{what} {key} was not found."
