"""A clone of the repository runs its tests with nothing beside it: no module reaches above the repository."""

import re
from pathlib import Path

from tests.support_data import DATA

ROOT = Path(__file__).resolve().parents[2]
# A path that climbs out of the repository: a ".." component, or one step above the repository root.
ABOVE = re.compile(r"""["']\.\.["']|\.\./|\.parents\[\d+\]\.parent\b""")


def test_no_test_or_app_module_reaches_above_the_repository() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("tests", "desktop_app", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != Path(__file__).name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ABOVE.search(line)
    ]
    assert offenders == []


def test_the_reference_data_is_in_the_repository() -> None:
    for name in ("references.json", "virtual_barcode.json", "epc_qr.json", "finvoice/Finvoice3.0.xsd",
                 "iso20022/camt054/camt.054.001.02.xsd", "iso20022/pain001/pain.001.001.09.xsd", "README.md"):
        assert (DATA / name).is_file(), name
