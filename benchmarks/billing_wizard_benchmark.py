"""The Billing tab with 100 000 billing requests: list shown, Select all, Preview switch (SPEC target: list <= 1 s).

    .venv/bin/python benchmarks/billing_wizard_benchmark.py [--requests 100000]

Rows are made in memory (the fetch itself is timed by billing_benchmark.py); every 50th has an
error and every 17th a price that differs from the list price, so the banner, the amber note and
the filter have work to do. Times are wall clock on the offscreen Qt platform, including the
first paint of the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from desktop_app.models.enums import (  # noqa: E402
    BillingRequestStatus,
    BillingRunKind,
    Channel,
    OrderStatus,
    ProductKind,
    VatClass,
)
from desktop_app.services.billing.requests import BillingRequestRow  # noqa: E402

TODAY = dt.date(2026, 11, 24)


def rows(n: int) -> list[BillingRequestRow]:
    channels = (Channel.PAPER, Channel.EMAIL, Channel.EINVOICE)
    out = []
    for i in range(n):
        price = 8900 - (100 if i % 17 == 0 else 0)
        out.append(BillingRequestRow(
            i + 1, BillingRequestStatus.PENDING, BillingRunKind.SUBSCRIPTIONS, TODAY, dt.date(2026, 11, 1),
            dt.date(2027, 10, 31), 1, price, 8900, i + 1, 10001 + i, f"Virtanen{i} Maija", "fi", 14,
            channels[i % 3], i + 1, 500001 + i, OrderStatus.ACTIVE, 1, "MAG", "Aikakauslehti",
            ProductKind.SUBSCRIPTION, VatClass.PERIODICALS, None, 1000, None,
            ("Missing address for the paper channel",) if i % 50 == 0 else ()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()

    from desktop_app.bootstrap import open_database
    from desktop_app.services.foundation.setup import ensure_user
    from desktop_app.views import app as app_mod
    from desktop_app.views.common import language
    from desktop_app.views.common.tasks import TaskRunner
    from desktop_app.views.context import AppContext
    from desktop_app.views.main_window import MainWindow

    qapp = app_mod.ensure_application()
    language.install("fi")
    import tempfile

    folder = tempfile.mkdtemp(prefix="reskontra-wizard-")
    db = open_database(f"sqlite:///{folder}/w.sqlite")
    ctx = AppContext(database=db, actor=ensure_user(db.session_factory, "bench"), today=TODAY, tasks=TaskRunner())
    window = MainWindow(ctx, QSettings(f"{folder}/w.ini", QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    page = window.billing_page
    window.tabs.setCurrentWidget(page)
    qapp.processEvents()
    data = rows(args.requests)

    t0 = time.perf_counter()
    page.flow.fetch_done(data)
    page._show_rows()
    window.repaint()
    qapp.processEvents()
    shown = time.perf_counter() - t0

    t0 = time.perf_counter()
    page.table.select_all_button.click()
    qapp.processEvents()
    select_all = time.perf_counter() - t0
    assert len(page.flow.selected) == args.requests

    t0 = time.perf_counter()
    page.errors_only_check.setChecked(True)
    qapp.processEvents()
    errors_only = time.perf_counter() - t0
    page.errors_only_check.setChecked(False)

    t0 = time.perf_counter()
    page.table.filter_edit.setText("virtanen99")
    qapp.processEvents()
    text_filter = time.perf_counter() - t0

    # As a clerk works: the list is shown, read for a few seconds, then filtered. Meanwhile the
    # table prepares its filter texts in the background (views/table.py BACKGROUND_FILTER_ROWS).
    page.table.filter_edit.setText("")
    page.table.set_rows(page.table.model.all_rows())
    pause_until = time.perf_counter() + 4
    while time.perf_counter() < pause_until:
        qapp.processEvents()
        time.sleep(0.01)
    t0 = time.perf_counter()
    page.table.filter_edit.setText("virtanen99")
    qapp.processEvents()
    filter_after_pause = time.perf_counter() - t0

    print(f"{args.requests} billing requests: list shown {shown:.2f} s (target <= 1 s), Select all {select_all:.2f} s, "
          f"only erroneous rows {errors_only:.2f} s, first text filter {text_filter:.2f} s at once, "
          f"{filter_after_pause:.2f} s after 4 s on the list; "
          f"banner: {page.error_banner.text()!r}")
    ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
