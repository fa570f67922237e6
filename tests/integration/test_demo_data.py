"""Demo data (issue 2, item 7): a realistic database whose books are clean and whose references all
resolve (the fast SQLite load checks no foreign key row by row), without leaving the fast-load
settings behind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop_app.bootstrap import Database
from desktop_app.services import checks
from desktop_app.services.demo_data import DemoDataRefused, generate_demo_data
from desktop_app.services.uow import UnitOfWork

TODAY = dt.date(2026, 11, 24)


def test_demo_data_books_are_clean_and_a_second_run_is_refused(db: Database) -> None:
    summary = generate_demo_data(db, 300, today=TODAY)
    assert summary.customers == 300 and summary.invoices > 300
    with UnitOfWork(db.session_factory) as uow:
        assert checks.check_ledger(uow.session) == []
    with pytest.raises(DemoDataRefused):
        generate_demo_data(db, 10, today=TODAY)


def test_sqlite_is_back_to_wal_and_foreign_keys_after_the_load(sqlite_url: str) -> None:
    from desktop_app.bootstrap import open_database

    db = open_database(sqlite_url)
    try:
        generate_demo_data(db, 300, today=TODAY)  # every scenario is forced in, whatever the size
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(text("INSERT INTO customer_search_tokens (token, customer_id) VALUES ('x', 999999)"))
    finally:
        db.dispose()
