"""Builds the engine, the session factory and the schema once, from configuration.

Nothing here runs at import time. ``open_database`` turns every way a database can be
wrong (bad address or driver, server down, damaged, empty or read-only file, read-only folder,
another application's database, schema from a newer app) into a ``DatabaseError`` with a clear
message, and changes nothing in that case. The engine never puts SQL parameters into its
exceptions (a full disk while saving 5 000 customers must not print their names).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.services.foundation.errors import (
    BadDatabaseUrl,
    CorruptDatabase,
    DatabaseUnreachable,
    SchemaTooNew,
)
from desktop_app.services.foundation.faults import (
    EmptyDatabaseFile,
    ForeignDatabase,
    ReadOnlyDatabase,
    ReadOnlyFolder,
    UnsupportedDriver,
    database_fault,
)
from desktop_app.services.ledger import guard as _ledger_guard  # noqa: F401  (posted vouchers never change)

ENV_DATABASE_URL = "RESKONTRA_DATABASE_URL"
SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATION_LOCK_KEY = 7_240_311  # pg_advisory_lock key: one desk migrates at a time
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Reskontra", "Reskontra"))


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'reskontra.sqlite'}"


def resolve_database_url(cli_value: str | None) -> str:
    return cli_value or os.environ.get(ENV_DATABASE_URL) or default_database_url()


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    backup_path: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BadDatabaseUrl(url=_redact(url)) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise BadDatabaseUrl(url=_redact(url))
    if parsed.drivername not in SUPPORTED_DRIVERS:
        raise UnsupportedDriver(driver=parsed.drivername)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def display_url(url: str) -> str:
    """The database address as shown to a clerk: the file of an SQLite database, else the URL without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _sqlite_path(url: URL) -> Path | None:
    if not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    parsed = _parse(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, hide_parameters=True)
            event.listen(engine, "connect", _set_sqlite_pragmas)
        else:
            engine = create_engine(
                parsed,
                hide_parameters=True,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 5, "application_name": "reskontra"},
            )
    except (ArgumentError, NoSuchModuleError) as exc:
        raise BadDatabaseUrl(url=_redact(url)) from exc
    return engine


def _set_sqlite_migration_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def migration_engine(engine: Engine) -> Iterator[Engine]:
    """The engine a migration runs on. SQLite alters a table by copying it and dropping the old one
    (Alembic's batch mode), which foreign keys that point at it refuse: a migration runs with them
    off, and ``PRAGMA foreign_key_check`` afterwards proves every reference still holds."""
    if engine.dialect.name != "sqlite":
        yield engine
        return
    from sqlalchemy.pool import NullPool

    migrating = create_engine(engine.url, hide_parameters=True, poolclass=NullPool)
    event.listen(migrating, "connect", _set_sqlite_migration_pragmas)
    try:
        yield migrating
        with migrating.connect() as conn:
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise CorruptDatabase(path=str(engine.url.database),
                                  detail=f"foreign key check failed after the migration (table {broken[0][0]})")
    finally:
        migrating.dispose()


def _check_sqlite_file(path: Path, *, thorough: bool = False) -> None:
    """Refuse a file that is not an SQLite database (header, schema readable).

    ``thorough`` adds ``PRAGMA quick_check``, which reads every page: about a second per 300 MB,
    so it runs before a migration writes to the file, not on every start.
    """
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyFolder(folder=str(path.parent)) from exc
        _check_writable_folder(path.parent)
        return
    if path.is_dir():
        raise CorruptDatabase(path=str(path), detail="it is a folder")
    if path.stat().st_size == 0:
        raise EmptyDatabaseFile(path=str(path))
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabase(path=str(path), detail="not an SQLite file")
    # A real SQLite file: it and its folder (journal, WAL and its index) must take writes, or even
    # reading it fails as "unable to open database file".
    _check_writable_folder(path.parent)
    if not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = con.execute("PRAGMA quick_check(1)").fetchone() if thorough else ("ok",)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path=str(path), detail=str(exc)) from exc
    if row is None or row[0] != "ok":
        raise CorruptDatabase(path=str(path), detail=str(row[0] if row else "quick_check failed"))


def _check_writable_folder(folder: Path) -> None:
    """SQLite writes its journal and WAL files beside the database: the folder must take new files."""
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyFolder(folder=str(folder))


def alembic_config(engine: Engine | None = None):  # noqa: ANN201 - alembic types are untyped
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("desktop_app").joinpath("migrations")))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files' text.

    Importing Alembic costs ~0.4 s of every start; it is needed only when there is something to
    migrate. (A test checks that this agrees with Alembic's own ScriptDirectory.)
    """
    graph: dict[str, str | None] = {}
    folder = resources.files("desktop_app").joinpath("migrations").joinpath("versions")
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is not None:
            graph[revision.group(1)] = down.group(1) if down is not None else None
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def _known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty one), without importing Alembic."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            conn.commit()


def _backup_sqlite(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.backup-{stamp}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(backup))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return backup


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect, check and migrate the database; raise a ``DatabaseError`` and change nothing on fault."""
    parsed = _parse(url)
    sqlite_path = _sqlite_path(parsed) if parsed.get_backend_name() == "sqlite" else None
    if sqlite_path is not None:
        _check_sqlite_file(sqlite_path)
    engine = create_db_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except DBAPIError as exc:
            if sqlite_path is not None:
                raise CorruptDatabase(path=str(sqlite_path), detail=str(exc.orig)) from exc
            raise DatabaseUnreachable(where=_where(parsed), detail=_first_line(exc.orig)) from exc
        if revision is not None and revision not in _known_revisions():
            raise SchemaTooNew(revision=revision)
        if revision is None:
            _refuse_foreign_tables(engine, url)
        backup = None
        if migrate and revision != head_revision():
            with _migration_lock(engine):
                revision = current_revision(engine)
                if revision != head_revision():
                    if sqlite_path is not None and revision is not None:
                        _check_sqlite_file(sqlite_path, thorough=True)  # never migrate a damaged file
                        backup = _backup_sqlite(sqlite_path)
                    from alembic import command

                    with migration_engine(engine) as migrating:
                        command.upgrade(alembic_config(migrating), "head")
        factory = sessionmaker(engine, expire_on_commit=False)
        database = Database(url=url, engine=engine, session_factory=factory, backup_path=backup)
        if migrate:
            from desktop_app.services.foundation.setup import ensure_initial_data

            ensure_initial_data(database.session_factory)
        return database
    except DBAPIError as exc:
        engine.dispose()
        fault = database_fault(exc, str(sqlite_path) if sqlite_path is not None else display_url(url))
        if fault is not None:
            raise fault from exc
        raise
    except BaseException:
        engine.dispose()
        raise


def create_demo_database(customers: int = 3000, *, seed: int = 1, today: dt.date) -> str:
    """A fresh SQLite demo database in a new temporary folder, migrated and filled; returns its URL."""
    from desktop_app.services.demo import generate_demo_data

    folder = Path(tempfile.mkdtemp(prefix="reskontra-demo-"))
    url = f"sqlite:///{folder / 'reskontra-demo.sqlite'}"
    database = open_database(url)
    try:
        generate_demo_data(database, customers, seed=seed, today=today)
    finally:
        database.dispose()
    return url


def _refuse_foreign_tables(engine: Engine, url: str) -> None:
    """A database without our schema stamp must be empty: never create our tables among another app's."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        tables = sorted(set(inspect(conn).get_table_names()) - {"alembic_version"})
    if tables:
        raise ForeignDatabase(where=display_url(url), table=tables[0])


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""


def copy_sqlite_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
