"""Shared fixtures: a fresh, migrated database per test, on SQLite and on PostgreSQL.

PostgreSQL tests read the server from RESKONTRA_TEST_DATABASE_URL and skip with a visible
reason when it is unset. Each test gets its own database cloned from a migrated template, so
parallel test runs (and several developers on one server) never see each other's rows.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from desktop_app.bootstrap import Database, open_database
from desktop_app.models.enums import Role
from desktop_app.services.foundation.setup import ensure_user
from desktop_app.services.foundation.uow import Actor

PG_ENV = "RESKONTRA_TEST_DATABASE_URL"
TODAY = dt.date(2026, 11, 24)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pg_server_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _pg_admin(url: str) -> sa.Engine:
    return sa.create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    server = pg_server_url()
    if server is None:
        pytest.skip(f"PostgreSQL tests skipped: set {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    name = f"rk_tpl_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def new_pg_database(template: str) -> tuple[str, sa.Engine, str]:
    server = pg_server_url()
    assert server is not None
    name = f"rk_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    return make_url(server).set(database=name).render_as_string(hide_password=False), admin, name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "reskontra.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("pg_template")
    url, admin, name = new_pg_database(template)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """SQLite only, for tests of things PostgreSQL has no counterpart of (files, backups)."""
    path = tmp_path / "reskontra.sqlite"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    url, admin, name = new_pg_database(pg_template)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def accountant(db: Database) -> Actor:
    return ensure_user(db.session_factory, "anna.accountant", Role.ACCOUNTANT)


@pytest.fixture
def clerk(db: Database, accountant: Actor) -> Actor:
    return ensure_user(db.session_factory, "kalle.clerk", Role.CLERK)


@pytest.fixture
def today() -> dt.date:
    return TODAY
