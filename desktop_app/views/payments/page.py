"""The Payments tab (SPEC W10): import the bank file, see what matched, handle what waits.

Each morning the clerk presses **Import bank file…** and picks the bank's camt.054 file; a
progress bar with Cancel runs the import off the GUI thread and a message says how many payments
matched, were partial, overpaid or unmatched (a re-imported file imports nothing twice). The list
shows *Needs handling* first: overpayments and payments that matched nothing, each with its reason.
For the selected payments the clerk chooses **To credit balance**, **Allocate…** (to one or several
of the customer's open invoices), **Refund…** (a refund invoice for the refund report) or
**Undo settlement…**; each asks OK/Cancel first. **Enter payment…** records one by hand.

Some payments are held with nothing booked: one that was possibly imported already (the clerk
chooses **Accept as payment** or **Discard as duplicate**) and a bank return that does not say which
payment it takes back (**Apply return…** asks which one).

The Allocate and Enter payment dialogs and the list's table model are modules of their own
(``allocation_dialog``, ``manual_dialog``, ``table_model``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import PaymentStatus
from desktop_app.services.foundation import formatting, i18n
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.views.common import messages
from desktop_app.views.common.banner import Banner
from desktop_app.views.common.documents import document_path
from desktop_app.views.common.page import Page
from desktop_app.views.common.table import DataTable
from desktop_app.views.common.tasks import run_with_progress
from desktop_app.views.context import AppContext
from desktop_app.views.payments.allocation_dialog import AllocationDialog
from desktop_app.views.payments.manual_dialog import ManualPaymentDialog
from desktop_app.views.payments.table_model import PaymentsModel

if TYPE_CHECKING:
    from desktop_app.services.payments import ImportResult, PaymentRow, SettlementRow


# --- jobs (plain functions run on the worker thread) ---------------------------------------------

def _list(session: Any, view: str, import_id: int | None, since: dt.date) -> list[PaymentRow]:
    from desktop_app.services import payments

    if view == "needs_handling":
        return payments.list_payments(session, needs_handling=True)
    if view == "import" and import_id is not None:
        return payments.list_payments(session, import_id=import_id)
    return payments.list_payments(session, since=since)


def _settlements(session: Any, payment_id: int) -> list[SettlementRow]:
    from desktop_app.services import payments

    return payments.settlements(session, payment_id=payment_id)


def _return_candidates(session: Any, return_id: int) -> list[PaymentRow]:
    from desktop_app.services import payments

    return payments.return_candidates(session, return_id)


class PaymentsPage(Page):
    open_customer_requested = Signal(int)
    list_shown = Signal()
    imported = Signal(object)  # the ImportResult
    changed = Signal(str)  # the success message after a change

    VIEWS = ("needs_handling", "import", "recent")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab_key = ("payments", 0)
        self.view = "needs_handling"
        self.last_import_id: int | None = None
        self.last_result: ImportResult | None = None
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setObjectName("page_title")
        top = self._build_top_row()
        views = self._build_view_buttons()
        self._build_table()
        held, bottom = self._build_action_rows()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(views)
        layout.addWidget(self.result_banner)
        layout.addWidget(self.waiting_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.selection_label)
        layout.addLayout(held)
        layout.addLayout(bottom)
        self._connect_buttons()
        self.retranslate_ui()

    def _build_top_row(self) -> QHBoxLayout:
        """Import bank file, Enter payment, Practice bank file (demo mode only), and Refresh."""
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_button")
        self.manual_button = QPushButton(self)
        self.manual_button.setObjectName("manual_button")
        self.practice_button = QPushButton(self)
        self.practice_button.setObjectName("practice_button")
        self.practice_button.setVisible(self.ctx.demo)
        self.refresh_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.manual_button)
        top.addWidget(self.practice_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        return top

    def _build_view_buttons(self) -> QHBoxLayout:
        """One radio button a list: Needs handling (checked), Latest import, Last 90 days."""
        views = QHBoxLayout()
        self.view_buttons: dict[str, QRadioButton] = {}
        self.view_group = QButtonGroup(self)
        for k, name in enumerate(self.VIEWS):
            button = QRadioButton(self)
            button.setObjectName(f"view_{name}")
            self.view_group.addButton(button, k)
            self.view_buttons[name] = button
            views.addWidget(button)
        self.view_buttons["needs_handling"].setChecked(True)
        views.addStretch(1)
        return views

    def _build_table(self) -> None:
        """The banners above the list, the list, and what is selected below it."""
        self.result_banner = Banner("done", self, name="result_banner")
        self.waiting_banner = Banner("error", self, name="waiting_banner")
        self.model = PaymentsModel(self)
        self.table = DataTable(self.model, self, tasks=self.ctx.tasks, export_name="payments")
        self.table.link_clicked.connect(lambda row, _c: self.open_customer_requested.emit(row.customer_id))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.selection_label = QLabel(self)
        self.selection_label.setWordWrap(True)

    def _build_action_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The actions on the selected payments: held ones (accept, discard, apply return), waiting ones."""
        self.balance_button = QPushButton(self)
        self.balance_button.setObjectName("balance_button")
        self.allocate_button = QPushButton(self)
        self.allocate_button.setObjectName("allocate_button")
        self.refund_button = QPushButton(self)
        self.refund_button.setObjectName("refund_button")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_button")
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("accept_button")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard_button")
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("return_button")
        held = QHBoxLayout()  # a row of its own: with the settlement actions it set the window's minimum width
        held.addWidget(self.accept_button)
        held.addWidget(self.discard_button)
        held.addWidget(self.return_button)
        held.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.refund_button)
        bottom.addWidget(self.allocate_button)
        bottom.addWidget(self.balance_button)
        return held, bottom

    def _connect_buttons(self) -> None:
        self.import_button.clicked.connect(self._on_import_clicked)
        self.manual_button.clicked.connect(self.enter_payment)
        self.practice_button.clicked.connect(self.practice_import)
        self.refresh_button.clicked.connect(self.refresh)
        self.view_group.idClicked.connect(lambda i: self.set_view(self.VIEWS[i]))
        self.balance_button.clicked.connect(self.to_balance)
        self.allocate_button.clicked.connect(self.allocate)
        self.refund_button.clicked.connect(self.refund)
        self.undo_button.clicked.connect(self.undo)
        self.accept_button.clicked.connect(self.accept_duplicates)
        self.discard_button.clicked.connect(self.discard_duplicates)
        self.return_button.clicked.connect(self.apply_return)

    # -- language -------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Payments")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Payments and credit balance"))
        self.import_button.setText(self.tr("Import bank file…"))
        self.import_button.setToolTip(self.tr("The bank's reference payments (ISO 20022 camt.054)"))
        self.manual_button.setText(self.tr("Enter payment…"))
        self.practice_button.setText(self.tr("Practice bank file"))
        self.practice_button.setToolTip(self.tr("Demo: make a bank file that pays some open invoices, and import it"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.view_buttons["needs_handling"].setText(self.tr("Needs handling"))
        self.view_buttons["import"].setText(self.tr("Latest import"))
        self.view_buttons["recent"].setText(self.tr("Last 90 days"))
        self.balance_button.setText(self.tr("To credit balance"))
        self.balance_button.setToolTip(self.tr("The waiting money becomes the customer's credit balance, which pays "
                                               "the next invoices"))
        self.allocate_button.setText(self.tr("Allocate…"))
        self.refund_button.setText(self.tr("Refund…"))
        self.refund_button.setToolTip(self.tr("A refund invoice for the refund report; finance pays the money back"))
        self.undo_button.setText(self.tr("Undo settlement…"))
        self.accept_button.setText(self.tr("Accept as payment"))
        self.accept_button.setToolTip(self.tr("The payment held as possibly imported already is a payment of its "
                                              "own: book it and match it to its invoice"))
        self.discard_button.setText(self.tr("Discard as duplicate"))
        self.discard_button.setToolTip(self.tr("The payment held as possibly imported already was imported before: "
                                               "keep it discarded, never booked"))
        self.return_button.setText(self.tr("Apply return…"))
        self.return_button.setToolTip(self.tr("Choose the payment the bank's return takes back"))
        self._update_buttons()
        self.title_changed.emit()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    # -- list -----------------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        if self._busy:
            return
        view = self.view
        since = self.ctx.today - dt.timedelta(days=90)
        self.ctx.tasks.run(self.ctx.read(_list, view, self.last_import_id, since), owner=self,
                           on_success=lambda rows: self._on_listed(view, rows), on_failure=self._on_failed)

    def _on_listed(self, view: str, rows: list[PaymentRow]) -> None:
        if view != self.view:
            return
        self.table.set_rows(rows)
        waiting = [r for r in rows if r.waiting]
        held = [r for r in rows if r.held]
        total = sum(r.unallocated_cents for r in waiting)
        texts = []
        if waiting:
            texts.append(self.tr("%n payment(s) wait for handling: %1 in all. Turn them into credit balance, allocate "
                                 "or refund them.", "", len(waiting))
                         .replace("%1", formatting.money(total, i18n.current_language(), is_cents=True)))
        if held:
            texts.append(self.tr("%n payment(s) are held with nothing booked: accept or discard them, or apply the "
                                 "return.", "", len(held)))
        self.waiting_banner.setVisible(bool(texts) and view == "needs_handling")
        self.waiting_banner.setText(" ".join(texts))
        self._update_buttons()
        self.list_shown.emit()

    def selected(self) -> list[PaymentRow]:
        return self.table.selected_rows()

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected()
        waiting = [r for r in selected if r.waiting]
        settled = [r for r in selected if r.invoice_numbers]
        duplicates = [r for r in selected if r.status == PaymentStatus.DUPLICATE]
        returns = [r for r in selected if r.status == PaymentStatus.RETURN]
        free = not self._busy
        self.balance_button.setEnabled(bool(waiting) and free)
        self.allocate_button.setEnabled(len(waiting) == 1 and free)
        self.refund_button.setEnabled(len(waiting) == 1 and free)
        self.undo_button.setEnabled(len(settled) == 1 and free)
        self.accept_button.setEnabled(bool(duplicates) and free)
        self.discard_button.setEnabled(bool(duplicates) and free)
        self.return_button.setEnabled(len(returns) == 1 and free)
        self.import_button.setEnabled(free)
        lang = i18n.current_language()
        self.selection_label.setText(
            self.tr("%1 selected; %2 waiting (%3).").replace("%1", str(len(selected)))
            .replace("%2", str(len(waiting))).replace("%3", formatting.money(
                sum(r.unallocated_cents for r in waiting), lang, is_cents=True)))

    # -- import ---------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import bank file"), "",
                                               self.tr("Bank files (*.xml *.XML);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            messages.show_error(self, self.tr("%1 cannot be read: %2").replace("%1", path.name)
                                .replace("%2", exc.strerror or str(exc)))
            return
        from desktop_app.services.payments import import_bank_file

        self._busy = True
        self._update_buttons()
        self.progress_task, self.progress_dialog = run_with_progress(
            self, self.ctx.tasks, self.ctx.long_job(import_bank_file, data, path.name),
            label=self.tr("Importing %1…").replace("%1", path.name), on_success=self._on_imported,
            on_failure=self._on_failed, on_cancelled=self._on_cancelled)

    def practice_import(self) -> None:
        """Demo mode: today's practice bank file, written where documents go, then imported like a real one."""
        path = document_path(f"practice_camt054_{self.ctx.today:%Y%m%d}.xml")

        def make(session: Any) -> Path:
            from desktop_app.services.demo import practice_bank_file
            from desktop_app.services.foundation.files import write_bytes_whole

            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_whole(path, practice_bank_file(session, self.ctx.today))
            return path

        self.ctx.tasks.run(self.ctx.read(make), owner=self, on_success=self.import_file, on_failure=self._on_failed)

    def result_text(self, r: ImportResult) -> str:
        if r.payments == 0 and r.reversals == 0 and r.duplicates_skipped and not r.needs_handling:
            when = formatting.datetime(r.already_imported_on, i18n.current_language()) \
                if r.already_imported_on else "?"
            text = self.tr("%1 was already imported (%2): its %n payment(s) were skipped; nothing was imported.", "",
                           r.duplicates_skipped).replace("%1", r.file_name).replace("%2", when)
        else:
            held_only = r.payments == 0 and bool(r.possible_duplicates or r.returns_waiting)
            text = "" if held_only else (
                self.tr("%n payment(s) imported", "", r.payments) + " ("
                + formatting.money(r.total_cents, i18n.current_language(), is_cents=True) + "): "
                + self.tr("%1 matched, %2 partial, %3 overpaid, %4 unmatched.")
                .replace("%1", str(r.matched)).replace("%2", str(r.partial))
                .replace("%3", str(r.overpaid)).replace("%4", str(r.unmatched)))
            if r.reversals:
                text += " " + self.tr("%n bank reversal(s) took payments back.", "", r.reversals)
            if r.duplicates_skipped:
                text += " " + self.tr("%n payment(s) were imported earlier and skipped.", "", r.duplicates_skipped)
            if r.possible_duplicates:
                text += " " + self.tr("%n payment(s) were possibly imported already: held under Needs handling, "
                                      "nothing booked.", "", r.possible_duplicates)
            if r.returns_waiting:
                text += " " + self.tr("%n bank return(s) do not say which payment they take back: they wait under "
                                      "Needs handling.", "", r.returns_waiting)
            if r.needs_handling:
                text += " " + self.tr("%n payment(s) need handling.", "", r.needs_handling)
            text = text.strip()
        for refused in r.refused:
            text += "\n" + self.tr("Not imported: %1").replace("%1", i18n.template_text(refused.reason_template,
                                                                                   refused.reason_params))
        return text

    def _on_imported(self, result: ImportResult) -> None:
        self._busy = False
        self.last_result = result
        if result.import_id is not None:
            self.last_import_id = result.import_id
        text = self.result_text(result)
        self.result_banner.setText(text)
        self.result_banner.show()
        messages.show_info(self, text)
        self.imported.emit(result)
        self.set_view("needs_handling" if result.needs_handling else "import")

    def _on_cancelled(self) -> None:
        self._busy = False
        self._update_buttons()
        messages.show_info(self, self.tr("The import was cancelled; nothing was imported."))

    def _on_failed(self, err: ReskontraError) -> None:
        self._busy = False
        self._update_buttons()
        messages.show_error(self, err)

    # -- handling -------------------------------------------------------------------------------
    def enter_payment(self) -> ManualPaymentDialog:
        dialog = ManualPaymentDialog(self)
        dialog.open()
        return dialog

    def after_change(self, text: str) -> None:
        self.result_banner.setText(text)
        self.result_banner.show()
        messages.show_info(self, text)
        self.changed.emit(text)
        self.refresh()

    def _ask_customer(self, title: str) -> int | None:
        number, ok = QInputDialog.getInt(self, title, self.tr("The payment matches no customer. Customer number:"),
                                         0, 0, 2_000_000_000)
        return number if ok and number > 0 else None

    def to_balance(self) -> None:
        rows = [r for r in self.selected() if r.waiting]
        if not rows:
            return
        customer_number = None
        if any(r.customer_id is None for r in rows):
            if len(rows) > 1:
                messages.show_error(self, self.tr("Some of the selected payments match no customer. "
                                                  "Handle those one at a time."))
                return
            customer_number = self._ask_customer(self.tr("To credit balance"))
            if customer_number is None:
                return
        lang = i18n.current_language()
        total = sum(r.unallocated_cents for r in rows)
        if not messages.ask(self, self.tr("Turn %1 of %n payment(s) into credit balance? The balance pays the "
                                          "customer's next invoices.", "", len(rows))
                            .replace("%1", formatting.money(total, lang, is_cents=True))):
            return
        ids = [r.id for r in rows]
        today = self.ctx.today

        def move(session: Any, actor: Any) -> int:
            from desktop_app.services import payments

            cid = payments.customer_by_number(session, customer_number) if customer_number else None
            return payments.to_balance(session, actor, ids, today, customer_id=cid)

        self.ctx.tasks.run(self.ctx.write(move), owner=self, on_failure=self._on_failed, on_success=lambda cents:
                           self.after_change(self.tr("%1 of %n payment(s) turned into credit balance.", "", len(ids))
                                             .replace("%1", formatting.money(cents, lang, is_cents=True))))

    def allocate(self) -> AllocationDialog | None:
        rows = [r for r in self.selected() if r.waiting]
        if len(rows) != 1:
            return None
        dialog = AllocationDialog(self, rows[0])
        dialog.open()
        return dialog

    def refund(self) -> None:
        rows = [r for r in self.selected() if r.waiting]
        if len(rows) != 1:
            return
        row = rows[0]
        customer_number = None
        if row.customer_id is None:
            customer_number = self._ask_customer(self.tr("Refund"))
            if customer_number is None:
                return
        lang = i18n.current_language()
        if not messages.ask(self, self.tr("Refund %1 to the customer? A refund invoice is made and waits on the refund "
                                          "report until finance has paid it back.")
                            .replace("%1", formatting.money(row.unallocated_cents, lang, is_cents=True))):
            return
        today, pid = self.ctx.today, row.id

        def do(session: Any, actor: Any) -> int:
            from desktop_app.services import payments

            cid = payments.customer_by_number(session, customer_number) if customer_number else None
            return payments.refund(session, actor, pid, today, customer_id=cid)

        self.ctx.tasks.run(self.ctx.write(do), owner=self, on_failure=self._on_failed, on_success=lambda number:
                           self.after_change(self.tr("Refund invoice %1 created.").replace("%1", str(number))))

    def undo(self) -> None:
        rows = [r for r in self.selected() if r.invoice_numbers]
        if len(rows) != 1:
            return
        pid = rows[0].id
        self.ctx.tasks.run(self.ctx.read(_settlements, pid), owner=self, on_failure=self._on_failed,
                           on_success=lambda s: self._ask_undo(pid, s))

    def _ask_undo(self, payment_id: int, settlements: list[SettlementRow]) -> None:
        if not settlements:
            return
        lang = i18n.current_language()
        what = ", ".join(self.tr("invoice %1 (%2)").replace("%1", str(s.invoice_number))
                         .replace("%2", formatting.money(s.amount_cents, lang, is_cents=True)) for s in settlements)
        if not messages.ask(self, self.tr("Undo what this payment paid: %1? The invoices open again and the money "
                                          "waits under Needs handling.").replace("%1", what)):
            return
        today, ids = self.ctx.today, [s.id for s in settlements]

        def do(session: Any, actor: Any) -> int:
            from desktop_app.services import payments

            for sid in ids:
                payments.undo_settlement(session, actor, sid, today)
            return len(ids)

        self.ctx.tasks.run(self.ctx.write(do), owner=self, on_failure=self._on_failed, on_success=lambda n:
                           self.after_change(self.tr("%n settlement(s) undone.", "", n)))

    # -- held payments --------------------------------------------------------------------------
    def accept_duplicates(self) -> None:
        rows = [r for r in self.selected() if r.status == PaymentStatus.DUPLICATE]
        if not rows:
            return
        lang = i18n.current_language()
        if not messages.ask(self, self.tr("Book %n payment(s) held as possibly imported already (%1 in all)? Each is "
                                          "then a payment of its own and pays its invoice.", "", len(rows))
                            .replace("%1", formatting.money(sum(r.amount_cents for r in rows), lang, is_cents=True))):
            return
        ids = [r.id for r in rows]

        def do(session: Any, actor: Any) -> int:
            from desktop_app.services import payments

            return len([payments.accept_possible_duplicate(session, actor, pid) for pid in ids])

        self.ctx.tasks.run(self.ctx.write(do), owner=self, on_failure=self._on_failed, on_success=lambda n:
                           self.after_change(self.tr("%n payment(s) booked.", "", n)))

    def discard_duplicates(self) -> None:
        rows = [r for r in self.selected() if r.status == PaymentStatus.DUPLICATE]
        if not rows:
            return
        lang = i18n.current_language()
        if not messages.ask(self, self.tr("Discard %n payment(s) as imported already (%1 in all)? Nothing of them is "
                                          "booked; they stay listed as discarded.", "", len(rows))
                            .replace("%1", formatting.money(sum(r.amount_cents for r in rows), lang, is_cents=True))):
            return
        ids = [r.id for r in rows]

        def do(session: Any, actor: Any) -> int:
            from desktop_app.services import payments

            return payments.discard_duplicates(session, actor, ids)

        self.ctx.tasks.run(self.ctx.write(do), owner=self, on_failure=self._on_failed, on_success=lambda n:
                           self.after_change(self.tr("%n payment(s) discarded as duplicates.", "", n)))

    def apply_return(self) -> None:
        rows = [r for r in self.selected() if r.status == PaymentStatus.RETURN]
        if len(rows) != 1:
            return
        row = rows[0]
        self.ctx.tasks.run(self.ctx.read(_return_candidates, row.id), owner=self, on_failure=self._on_failed,
                           on_success=lambda candidates: self._ask_return(row, candidates))

    def _ask_return(self, row: PaymentRow, candidates: list[PaymentRow]) -> None:
        if not candidates:
            messages.show_error(self, self.tr("None of the payments this return may take back can be reversed any "
                                              "more. Settle it with the bank."))
            return
        from desktop_app.views.common import labels

        lang = i18n.current_language()
        choices = [self.tr("Payment %1: %2 on %3 from %4, reference %5, %6")
                   .replace("%1", str(c.id)).replace("%2", formatting.money(c.amount_cents, lang, is_cents=True))
                   .replace("%3", formatting.date(c.booking_date, lang)).replace("%4", c.payer_name or "-")
                   .replace("%5", c.reference or "-").replace("%6", labels.label(c.status)) for c in candidates]
        choice, ok = QInputDialog.getItem(self, self.tr("Apply return"),
                                          self.tr("Which payment does the bank's return of %1 take back?")
                                          .replace("%1", formatting.money(-row.amount_cents, lang, is_cents=True)),
                                          choices, 0, False)
        if not ok or choice not in choices:
            return
        original = candidates[choices.index(choice)]
        if not messages.ask(self, self.tr("Reverse payment %1? What it paid opens again, as the bank took the money "
                                          "back.").replace("%1", str(original.id))):
            return
        return_id, payment_id = row.id, original.id

        def do(session: Any, actor: Any) -> None:
            from desktop_app.services import payments

            payments.apply_return(session, actor, return_id, payment_id)

        self.ctx.tasks.run(self.ctx.write(do), owner=self, on_failure=self._on_failed, on_success=lambda _r:
                           self.after_change(self.tr("Return applied: payment %1 reversed.")
                                             .replace("%1", str(payment_id))))
