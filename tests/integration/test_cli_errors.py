"""No traceback for an expected fault, nothing changed (issue 10, items 8, 12 and 13).

A database that is read-only, on a full or read-only disk, damaged, empty, another application's
or behind an unsupported driver ends in one sentence that says what to do; piping output into
``head`` ends quietly; a bug ends in one sentence naming the log file that holds its details.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from desktop_app import cli
from desktop_app.bootstrap import Database, open_database
from desktop_app.services.demo import generate_demo_data
from tests.conftest import TODAY, _pg_admin, pg_server_url

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str]:
    code = cli.main([*args, "--database-url", url, "--lang", "en", "--today", TODAY.isoformat()])
    return code, capsys.readouterr().err


def _one_sentence(err: str) -> str:
    assert err.startswith("reskontra: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "[SQL" not in err and "parameters" not in err
    return err.strip()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A small file system of its own (a full disk, or one to make read-only); root only."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# --- item 8: SQLite faults --------------------------------------------------------------------------

def test_a_full_disk_is_one_sentence_without_customer_data_and_saves_nothing(
        tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _tmpfs(tmp_path / "small", "2m") as small:
        path = small / "reskontra.sqlite"
        shutil.copyfile(sqlite_template, path)
        code, err = _run(capsys, f"sqlite:///{path}", "demo-data", "--customers", "3000")
        assert code == cli.EXIT_ERROR
        assert _one_sentence(err) == ("reskontra: The disk of the database is full. Nothing was saved; free some "
                                      "disk space and try again.")
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("SELECT count(*) FROM customers").fetchone() == (0,)
        finally:
            con.close()


def test_a_read_only_file_system_is_named_and_the_file_left_alone(
        tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _tmpfs(tmp_path / "stick", "8m") as stick:
        path = stick / "reskontra.sqlite"
        shutil.copyfile(sqlite_template, path)
        before = _digest(path)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        code, err = _run(capsys, f"sqlite:///{path}", "settings", "set", "company.name", "Uusi Oy")
        assert code == cli.EXIT_ERROR
        assert _one_sentence(err) == (
            f"reskontra: Reskontra cannot write in the folder {stick} (a read-only folder or file system), and an "
            "SQLite database needs its folder writable. Nothing was changed. Move the database to a writable folder.")
        assert _digest(path) == before
        assert sorted(p.name for p in stick.iterdir()) == ["reskontra.sqlite"]


def _without_root_powers(url: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``reskontra`` as a clerk sees a read-only file: root may write any file, so root runs it without the
    capability to override file permissions."""
    env = {**os.environ, "RESKONTRA_LOG_DIR": str(home / "logs"), "PYTHONPATH": str(ROOT)}
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root without setpriv cannot see a read-only file as a clerk does")
        prefix = [setpriv, "--inh-caps=-dac_override,-fowner", "--bounding-set=-dac_override,-fowner"]
    return subprocess.run([*prefix, sys.executable, "-m", "desktop_app", *args, "--database-url", url, "--lang", "en"],
                          capture_output=True, text=True, env=env, cwd=str(home), timeout=120)


def test_a_read_only_database_file_is_named_and_left_alone(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "reskontra.sqlite"
    shutil.copyfile(sqlite_template, path)
    path.chmod(0o444)
    before = _digest(path)
    done = _without_root_powers(f"sqlite:///{path}", tmp_path, "settings", "set", "company.name", "Uusi Oy")
    assert done.returncode == cli.EXIT_ERROR, done.stderr
    assert _one_sentence(done.stderr) == (
        f"reskontra: The database {path} is read-only: Reskontra cannot save anything in it. Nothing was "
        "changed. Ask for write access to the file or open a copy of it.")
    assert _digest(path) == before


def test_damaged_interior_pages_end_in_a_clear_sentence(sqlite_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(sqlite_url)
    try:
        generate_demo_data(database, 150, seed=2, today=TODAY)
    finally:
        database.dispose()
    path = Path(make_url(sqlite_url).database or "")
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    # The postings' b-tree below its root: the file opens (schema, users, settings are intact) and the
    # damage is met only when the check reads the postings, as a disk that lost some sectors would.
    pages = [n for (n,) in con.execute("SELECT pageno FROM dbstat WHERE name = 'postings' AND path != '/' "
                                       "ORDER BY pageno")]
    con.close()
    assert len(pages) > 5
    with path.open("r+b") as fh:
        for page in pages[::2]:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    code, err = _run(capsys, sqlite_url, "check-ledger")
    assert code == cli.EXIT_ERROR
    text = _one_sentence(err)
    assert text == (f"reskontra: The file {path} is not a Reskontra database or it is damaged. Nothing was "
                    "changed. (database disk image is malformed)")


def test_a_zero_byte_file_is_refused_and_stays_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reskontra.sqlite"
    path.touch()
    code, err = _run(capsys, f"sqlite:///{path}", "periods")
    assert code == cli.EXIT_ERROR
    assert _one_sentence(err) == (
        f"reskontra: The file {path} is empty (0 bytes), so it is not a Reskontra database. Nothing was changed. "
        "To start a new database there, delete the empty file first; otherwise choose the right file.")
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reskontra.sqlite"]


@pytest.mark.parametrize("url", ["postgresql+asyncpg://postgres@127.0.0.1:5432/test", "postgresql+pg8000://u@h/db",
                                 "sqlite+aiosqlite:///x.sqlite"])
def test_an_unsupported_driver_names_the_supported_ones(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, url, "periods")
    assert code == cli.EXIT_ERROR
    driver = make_url(url).drivername
    assert _one_sentence(err) == (
        f"reskontra: The database driver {driver} is not supported. Use an SQLite file "
        "(sqlite:///path/to/file.sqlite) or PostgreSQL with psycopg (postgresql+psycopg://user@host:5432/database).")


@contextmanager
def _foreign_database(kind: str, tmp_path: Path) -> Iterator[str]:
    """A database of another application: one table of its own, no Reskontra schema."""
    if kind == "sqlite":
        path = tmp_path / "contacts.sqlite"
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO contacts (name) VALUES ('Aino')")
        con.commit()
        con.close()
        yield f"sqlite:///{path}"
        return
    server = pg_server_url()
    if server is None:
        pytest.skip("PostgreSQL tests skipped: set RESKONTRA_TEST_DATABASE_URL")
    name = f"rk_foreign_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE contacts (id serial PRIMARY KEY, name text)"))
        conn.execute(sa.text("INSERT INTO contacts (name) VALUES ('Aino')"))
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_database_of_another_application_is_refused_and_left_alone(
        kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _foreign_database(kind, tmp_path) as url:
        code, err = _run(capsys, url, "periods")
        assert code == cli.EXIT_ERROR
        assert "already holds tables of another application (for example contacts) and no Reskontra schema. " \
               "Nothing was changed" in _one_sentence(err)
        engine = sa.create_engine(url)
        try:
            assert sa.inspect(engine).get_table_names() == ["contacts"]
        finally:
            engine.dispose()


# --- item 12: output piped into head -----------------------------------------------------------------

def test_output_piped_into_head_ends_quietly(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    try:
        generate_demo_data(database, 400, seed=4, today=TODAY)
    finally:
        database.dispose()
    env = {**os.environ, "RESKONTRA_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop_app", "invoices", "--database-url", sqlite_url,
               "--today", TODAY.isoformat()]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # `| head -1`: one line, then the reader goes away
    process.stdout.close()
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == cli.EXIT_BROKEN_PIPE
    assert first.strip()
    assert err == ""


# --- item 13: an unexpected error is logged, the clerk sees one sentence -------------------------------

def test_a_bug_is_one_sentence_naming_the_log_which_holds_the_details_without_secrets(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.services.ledger import periods

    logs = tmp_path / "logs"
    monkeypatch.setenv("RESKONTRA_LOG_DIR", str(logs))

    def broken(session: object) -> None:
        raise RuntimeError("lost track of postgresql://anna:hunter2@db.example.fi/books (password=hunter2)")

    monkeypatch.setattr(periods, "list_fiscal_years", broken)
    code, err = _run(capsys, db.url, "periods")
    assert code == cli.EXIT_ERROR
    log_file = logs / "reskontra.log"
    assert _one_sentence(err) == (
        "reskontra: Reskontra ran into an unexpected error and stopped; nothing half-done was saved. "
        f"The details were written to {log_file}.")
    details = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in details and "RuntimeError: lost track of" in details
    assert "reskontra periods" in details and "in broken" in details
    assert "hunter2" not in details


def test_a_bug_is_told_in_finnish_too(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.services.ledger import periods

    monkeypatch.setenv("RESKONTRA_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(periods, "list_fiscal_years", lambda session: 1 / 0)
    code = cli.main(["periods", "--database-url", db.url, "--lang", "fi"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR
    assert _one_sentence(err).startswith("reskontra: Reskontrassa tapahtui odottamaton virhe")
    assert str(tmp_path / "logs" / "reskontra.log") in err
