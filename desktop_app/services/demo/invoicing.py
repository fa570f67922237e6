"""The demo generator's billing and money: a customer's billed periods grouped into invoices, the
credit balance applied, payments (on time, late, partly, too much, never), reminders with their
fee and late-payment interest, bank payments and cut-offs with their refunds. Every money movement
is a balanced voucher (``_State.voucher``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.models.enums import (
    BillingRunKind,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    OrderStatus,
    PaymentSource,
    PaymentStatus,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.demo.state import _Customer, _finnish_iban, _Invoice, _Line, _State
from desktop_app.services.documents.invoices import late_interest_bp
from desktop_app.services.reminders.interest import interest_cents


class _Invoicing(_State):
    """Invoices, payments, reminders, balances and cut-offs of the simulated history."""

    def bill_customer(self, c: _Customer, lines: list[_Line]) -> None:
        """Group the billed periods into invoices (one per run) and play the customer's history in date order."""
        if not lines:
            return
        by_run: dict[int, list[_Line]] = {}
        for ln in lines:
            req = self.requests[ln.request_id - self.base["request"]]
            by_run.setdefault(req[9], []).append(ln)
        credits = self._credits[c.idx]
        applied_total = 0
        for run in sorted(by_run, key=lambda k: (self.runs[k][0], k)):
            run_day, kind = self.runs[run][0], self.runs[run][1]
            inv_lines = sorted(by_run[run], key=lambda ln: (ln.order.idx, ln.period_start))
            inv = self.invoice(c, run, run_day, kind, inv_lines)
            available = sum(a for d, a in credits if d <= run_day) - applied_total
            if available > 0:
                applied = min(available, inv.total)
                applied_total += applied
                self.apply_balance(inv, applied)
            self.settle(c, inv, inv_lines, credits)

    def invoice(self, c: _Customer, run: int, day: dt.date, kind: BillingRunKind, lines: list[_Line]) -> _Invoice:
        inv = _Invoice(len(self.invoices), InvoiceKind.AD_INVOICE if kind is BillingRunKind.ADVERTISEMENTS
                       else InvoiceKind.INVOICE, c, run, day, day + dt.timedelta(days=c.term))
        inv.no_reminders = c.no_reminders and self.rng.random() < 0.2
        per_rate: dict[int, list[int]] = {}
        for ln in lines:
            acc = per_rate.get(ln.rate)
            if acc is None:
                acc = per_rate[ln.rate] = [0, 0, ln.vat_account]
            acc[0] += ln.net
            vat_now = self.vat_of(acc[0], ln.rate)
            line_vat = vat_now - acc[1]
            acc[1] = vat_now
            inv.lines.append((ln, line_vat))
            inv.net += ln.net
        inv.vat = sum(a[1] for a in per_rate.values())
        inv.total = inv.net + inv.vat
        orders = {ln.order.idx for ln in lines}
        inv.order_idx = lines[0].order.idx if len(orders) == 1 else None
        self.invoices.append(inv)
        self.runs[run][2] += 1
        self.runs[run][3] += inv.total
        cid = self.base["customer"] + c.idx
        postings: list[tuple[Any, ...]] = [(self.acc.receivables, inv.total, cid, inv.idx, None, inv.idx)]
        revenue: dict[tuple[int, int], int] = {}
        for ln, _vat in inv.lines:
            key = (ln.revenue_account, ln.rate)
            revenue[key] = revenue.get(key, 0) + ln.net
        postings.extend((account, -net, None, None, rate, "") for (account, rate), net in sorted(revenue.items()))
        postings.extend((a[2], -a[1], None, None, rate, "") for rate, a in sorted(per_rate.items()))
        text = ledger.AD_INVOICE_TEXT if inv.kind is InvoiceKind.AD_INVOICE else ledger.INVOICE_TEXT
        inv.voucher = self.voucher(day, VoucherKind.INVOICE, text, postings, invoice_idx=inv.idx,
                                   desc_invoice=inv.idx)
        return inv

    def apply_balance(self, inv: _Invoice, applied: int) -> None:
        cid = self.base["customer"] + inv.customer.idx
        inv.applied = applied
        v = self.voucher(inv.date, VoucherKind.BALANCE_APPLIED, ledger.BALANCE_APPLIED_TEXT, [
            (self.acc.customer_balance, applied, cid, None, None, ""),
            (self.acc.receivables, -applied, cid, inv.idx, None, ""),
        ], invoice_idx=inv.idx, desc_invoice=inv.idx)
        self.settlements.append((inv.idx, None, applied, inv.date, v))
        if applied == inv.total:
            inv.status = InvoiceStatus.PAID

    def settle(self, c: _Customer, inv: _Invoice, lines: list[_Line], credits: list[tuple[dt.date, int]]) -> None:
        """Decide whether and how the invoice was paid, and carry out a cut-off of its order."""
        r = self.rng.random
        today = self.today
        to_pay = inv.total - inv.applied
        force = ""
        cut: _Line | None = None
        for ln in lines:
            o = ln.order
            if ln.first and o.force_first:
                force = o.force_first
            if ln.last and o.force_last:
                force = o.force_last
            if ln.last and o.status is OrderStatus.CUT_OFF and o.cutoff_mode:
                cut, force = ln, "paid"
            if o.status in (OrderStatus.ENDED, OrderStatus.CANCELLED) and not force:
                force = "paid"
        if not force:
            overdue = (today - inv.due).days
            chance = 0.25 if overdue < 0 else 0.55 if overdue < 14 else 0.82 if overdue < 60 else 0.93
            if c.bad_payer and overdue > 0:
                chance = 0.1
            x = r()
            force = "unpaid" if x >= chance else "partial" if x < 0.02 else "overpaid" if x < 0.035 else "paid"
        if cut is None and inv.run is not None and inv.run in (
                self.run_index.get((self.sub_runs[-1], BillingRunKind.SUBSCRIPTIONS)),
                self.run_index.get((self.ad_runs[-1], BillingRunKind.ADVERTISEMENTS))):
            force = "unpaid"  # the latest runs' invoices are not sent yet: nobody has had them to pay
        if force == "unpaid" or to_pay <= 0:
            if force == "unpaid" and to_pay > 0:
                self.remind(c, inv, lines)
            return
        latest = today - dt.timedelta(days=1)
        if force == "paid" and cut is not None:
            pay_on = inv.date + dt.timedelta(days=2 + int(r() * 10))
        elif (inv.due - inv.date).days > 0 and r() < 0.8:
            pay_on = inv.date + dt.timedelta(days=1 + int(r() * (inv.due - inv.date).days))
        else:
            pay_on = inv.due + dt.timedelta(days=1 + int(r() * 25))
        if pay_on > latest:
            if latest <= inv.date:
                return
            pay_on = inv.date + dt.timedelta(days=1 + int(r() * (latest - inv.date).days))
        if force == "partial":
            amount = max(100, (to_pay // 200) * 100)
            if amount >= to_pay:
                amount = to_pay // 2
            if amount <= 0:
                return
            self.bank_payment(c, inv, amount, pay_on, "", PaymentStatus.PARTIAL)
        elif force == "overpaid":
            extra = (10 + int(r() * 40)) * 100 if r() < 0.6 else to_pay  # a round sum or the invoice paid twice
            self.bank_payment(c, inv, to_pay + extra, pay_on, "", PaymentStatus.TO_BALANCE, balance=extra,
                              handling="Ylisuoritus asiakkaan saldoksi")
            credits.append((pay_on, extra))
        else:
            self.bank_payment(c, inv, to_pay, pay_on, "", PaymentStatus.MATCHED)
        if cut is not None and inv.status is InvoiceStatus.PAID:
            self.cut_off(c, inv, cut, pay_on, credits)

    def remind(self, c: _Customer, inv: _Invoice, lines: list[_Line]) -> None:
        """Reminders #1 and often #2 already sent for an invoice left unpaid (W3), as the desk made them:
        most overdue invoices have them, the newest and a few older ones wait for the next reminder run."""
        if c.no_reminders or inv.no_reminders or any(ln.order.status is OrderStatus.CUT_OFF for ln in lines):
            return
        r = self.reminder_rng.random
        last = self.today - dt.timedelta(days=2)
        first_day = inv.due + dt.timedelta(days=15 + int(r() * 10))  # a fee is allowed (more than 14 days)
        if first_day > last or r() < 0.15:
            return
        first = self.reminder(c, inv, 1, first_day, inv.due)
        second_day = first.due + dt.timedelta(days=7 + int(r() * 10))
        if second_day <= last and r() < 0.6:
            self.reminder(c, inv, 2, second_day, first_day)

    def reminder(self, c: _Customer, parent: _Invoice, level: int, day: dt.date, interest_from: dt.date) -> _Invoice:
        """A sent payment reminder with its fee and the late-payment interest since ``interest_from`` (the due
        date, or the day of the reminder before it), posted as the reminders service posts it."""
        fee = 1000 if c.kind is CustomerKind.COMPANY else 500
        interest = self.late_interest(parent.total - parent.applied - parent.paid, c.kind, interest_from, day)
        rem = _Invoice(len(self.invoices), InvoiceKind.REMINDER, c, None, day, day + dt.timedelta(days=14))
        rem.level, rem.parent_idx, rem.order_idx = level, parent.idx, parent.order_idx
        rem.fee, rem.interest_from = fee, interest_from
        rem.net = rem.total = fee + interest
        self.invoices.append(rem)
        cid = self.base["customer"] + c.idx
        rem.voucher = self.voucher(day, VoucherKind.REMINDER_FEE, ledger.REMINDER_VOUCHER_TEXT, [
            (self.acc.receivables, fee + interest, cid, rem.idx, None, ""),
            (self.acc.reminder_fee_income, -fee, None, None, None, ""),
            (self.acc.interest_income, -interest, None, None, None, ""),
        ], invoice_idx=rem.idx, desc_invoice=rem.idx, values=(level, parent.idx))
        return rem

    def late_interest(self, open_cents: int, kind: CustomerKind, after: dt.date, until: dt.date) -> int:
        """Interest on ``open_cents`` for the days after ``after`` up to ``until``, each half-year at its own
        rate (Korkolaki 12 §), with the reminders service's one formula."""
        bp_days = 0
        day = after + dt.timedelta(days=1)
        while day <= until:
            last = min(until, dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31))
            bp_days += (late_interest_bp(self.reference_rates, day, kind) or 0) * ((last - day).days + 1)
            day = last + dt.timedelta(days=1)
        return interest_cents([(open_cents, bp_days)])

    def bank_payment(self, c: _Customer, inv: _Invoice | None, amount: int, day: dt.date, message: str,
                     status: PaymentStatus, *, balance: int = 0, handling: str = "") -> None:
        """A reference payment from the bank's camt.054 file of that day, its voucher and settlement."""
        cid = self.base["customer"] + c.idx
        payment_id = self.base["payment"] + len(self.payments)
        allocated = amount - balance
        lines: list[tuple[Any, ...]] = [(self.acc.bank, amount, None, None, None, "")]
        if inv is not None and allocated:
            lines.append((self.acc.receivables, -allocated, cid, inv.idx, None, ""))
        if balance:
            lines.append((self.acc.customer_balance, -balance, cid, None, None, ""))
        v = self.voucher(day, VoucherKind.PAYMENT,
                         ledger.PAYMENT_OF_INVOICE_TEXT if inv is not None else ledger.PAYMENT_TO_BALANCE_TEXT,
                         lines, payment_id=payment_id, desc_invoice=inv.idx if inv is not None else -1)
        import_id = self.import_dates.get(day)
        if import_id is None:
            import_id = self.import_dates[day] = self.base["import"] + len(self.import_dates)
        self.payments.append((
            payment_id, f"DEMO{self.seed}-{payment_id:09d}", import_id, PaymentSource.BANK_FILE, amount, day, day,
            inv.idx if inv is not None else None, c.name.upper()[:200], message, cid, status, 0, handling, v,
        ))
        if inv is not None and allocated:
            inv.paid += allocated
            self.settlements.append((inv.idx, payment_id, allocated, day, v))
            if inv.paid + inv.applied >= inv.total:
                inv.status = InvoiceStatus.PAID

    def cut_off(self, c: _Customer, inv: _Invoice, ln: _Line, paid_on: dt.date,
                credits: list[tuple[dt.date, int]]) -> None:
        """Cut off a paid order (W2): the unused part, pro rata by days, to balance or to a refund invoice."""
        r = self.rng.random
        o = ln.order
        today = self.today
        first = max(paid_on + dt.timedelta(days=1), ln.period_start)
        last = min(today, ln.period_end - dt.timedelta(days=1))
        if last < first:
            o.status, o.cutoff_mode = OrderStatus.ACTIVE, ""
            return
        cut = first + dt.timedelta(days=int(r() * ((last - first).days + 1)))
        days = (ln.period_end - ln.period_start).days + 1
        remaining = (ln.period_end - cut).days
        net = (ln.net * remaining * 2 + days) // (2 * days)  # half up
        vat = self.vat_of(net, ln.rate)
        if net <= 0:
            o.status, o.cutoff_mode = OrderStatus.ACTIVE, ""
            return
        o.cutoff_date = cut
        o.cutoff_reason_id = self.cutoff_reasons[int(r() * len(self.cutoff_reasons))] if self.cutoff_reasons else None
        o.billed_until = ln.period_end
        cid = self.base["customer"] + c.idx
        debit = [(ln.revenue_account, net, None, None, ln.rate, ""), (ln.vat_account, vat, None, None, ln.rate, "")]
        if o.cutoff_mode == "balance":
            self.voucher(cut, VoucherKind.CUTOFF_BALANCE, ledger.CUTOFF_TO_BALANCE_TEXT,
                         [*debit, (self.acc.customer_balance, -(net + vat), cid, None, None, "")])
            credits.append((cut, net + vat))
            return
        refund = _Invoice(len(self.invoices), InvoiceKind.REFUND_INVOICE, c, None, cut, cut + dt.timedelta(days=14))
        refund.net, refund.vat, refund.total = net, vat, net + vat
        refund.order_idx, refund.parent_idx = o.idx, inv.idx
        refund.message = "Tilauksenne on katkaistu. Käyttämätön osuus maksetaan tilillenne."
        refund.note = f"Katkaisu {cut.isoformat()}, käyttämättä {remaining}/{days} päivää"
        refund.lines = [(_Line(o, cut + dt.timedelta(days=1), ln.period_end, 0, net, ln.rate, ln.vat_account,
                               ln.revenue_account, True, False), vat)]
        self.invoices.append(refund)
        refund.voucher = self.voucher(cut, VoucherKind.CUTOFF_REFUND, ledger.REFUND_INVOICE_TEXT,
                                      [*debit, (self.acc.refund, -(net + vat), cid, refund.idx, None, "")],
                                      invoice_idx=refund.idx, desc_invoice=refund.idx)
        if o.cutoff_mode == "paid_out" and cut + dt.timedelta(days=3) <= today:
            paid_out = cut + dt.timedelta(days=3 + int(r() * min(20, (today - cut).days - 2)))
            refund.status = InvoiceStatus.PAID_OUT
            refund.paid_out_date = paid_out
            refund.paid_out_iban = c.iban or _finnish_iban("5", r)
            self.voucher(paid_out, VoucherKind.REFUND_PAYOUT, ledger.REFUND_PAID_OUT_TEXT, [
                (self.acc.refund, net + vat, cid, refund.idx, None, ""),
                (self.acc.bank, -(net + vat), None, None, None, ""),
            ], invoice_idx=refund.idx, desc_invoice=refund.idx)
