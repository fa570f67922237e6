"""Regenerate migrations/versions/0001_initial_schema.py from the models.

Only while nothing has been released: the first release freezes 0001 and later schema changes
become new revisions. Foreign keys that close a cycle (use_alter) are added at the end.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from alembic import command

from desktop_app.bootstrap import alembic_config

VERSIONS = Path(__file__).resolve().parents[1] / "migrations" / "versions"
TARGET = VERSIONS / "0001_initial_schema.py"
_FK = re.compile(
    r"\s*sa\.ForeignKeyConstraint\(\['(?P<col>\w+)'\], \['(?P<table>\w+)\.id'\], "
    r"name=op\.f\('(?P<name>\w+)'\), use_alter=True\),\n"
)


def main() -> None:
    TARGET.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = alembic_config()
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{tmp}/gen.sqlite")
        command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
    text = TARGET.read_text()
    cycle: list[tuple[str, str, str, str]] = []
    out: list[str] = []
    table = ""
    for line in text.splitlines(keepends=True):
        m = re.match(r"\s*op\.create_table\('(\w+)',", line)
        if m:
            table = m.group(1)
        fk = _FK.fullmatch(line)
        if fk:
            cycle.append((table, fk["name"], fk["table"], fk["col"]))
            continue
        out.append(line)
    text = "".join(out)
    add = ["    # Foreign keys that close a cycle come last.\n"]
    for source in sorted({c[0] for c in cycle}):
        add.append(f'    with op.batch_alter_table("{source}") as batch:\n')
        for src, name, ref, col in cycle:
            if src == source:
                add.append(f'        batch.create_foreign_key(op.f("{name}"), "{ref}", ["{col}"], ["id"])\n')
    marker = "    # ### end Alembic commands ###"
    first = text.index(marker)
    text = text[:first] + "".join(add) + text[first:]
    text = re.sub(r"Create Date: .*\n", "Create Date: (regenerated from the models before the first release)\n", text)
    text = text.replace("Revises: \n", "Revises:\n").replace("from alembic import op\n\n\n", "from alembic import op\n\n")
    TARGET.write_text(text)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
