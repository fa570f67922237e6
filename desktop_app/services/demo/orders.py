"""The demo generator's orders: subscriptions in every state (with their billing requests, some
pending, some erroneous on purpose), advertisements, cash-desk and online sales, prepayments."""

from __future__ import annotations

import bisect
import datetime as dt
import json
from typing import Any

from desktop_app.models.enums import (
    BillingRequestStatus,
    BillingRunKind,
    BillingSchedule,
    Channel,
    CustomerKind,
    OrderStatus,
    PaymentMethod,
    PaymentSource,
    PaymentStatus,
    SalesChannel,
    VoucherKind,
)
from desktop_app.services import ledger
from desktop_app.services.billing.requests import add_months
from desktop_app.services.demo.invoicing import _Invoicing
from desktop_app.services.demo.state import _business_days_after, _Customer, _Line, _Order, day_
from desktop_app.services.demo.tables import (
    _FIXED_CODES,
    _REFUND_REASONS,
    _SUB_CODES,
    _SV_SUB_CODES,
    _ProductDef,
)


class _Orders(_Invoicing):
    """The orders of a simulated customer and the billing requests they make."""

    def product(self, code: str) -> tuple[_ProductDef, int]:
        return self.products[code]

    def new_order(self, c: _Customer, code: str, status: OrderStatus, start: dt.date, end: dt.date | None,
                  *, quantity: int = 1, price: int | None = None) -> _Order:
        p, pid = self.product(code)
        o = _Order(len(self.orders), c, p, pid, quantity, p.price_cents if price is None else price, p.schedule,
                   start, end, status)
        self.orders.append(o)
        return o

    def orders_of(self, c: _Customer, scenario: str) -> None:
        r = self.rng.random
        today = self.today
        day = dt.timedelta
        subs = _SV_SUB_CODES if c.language == "sv" else _SUB_CODES
        lines: list[_Line] = []

        def sub(status: OrderStatus = OrderStatus.ACTIVE, code: str | None = None, **kw: Any) -> _Order:
            code = code or subs[int(r() * len(subs))]
            return self.subscription(c, code, status, lines, **kw)

        if scenario:
            if scenario == "err_paper_address" or scenario == "err_email_missing" \
                    or scenario == "err_einvoice_operator" or scenario == "new_due_now":
                sub(new=True)
            elif scenario == "err_cancelled_pending":
                sub(OrderStatus.CANCELLED, code="KAIKU-12", pending_after_cancel=True)
            elif scenario == "err_zero_price":
                sub(new=True, price=0)
            elif scenario == "open_not_due":
                sub(code="KAIKU-12", start=self.sub_runs[-1] + day(14 - int(r() * 5)))
            elif scenario in ("long_overdue", "no_reminders_overdue"):
                sub(code="KAIKU-12", start=today - day(100 + int(r() * 150)), force_last="unpaid")
            elif scenario in ("partial", "overpaid"):
                sub(code="KAIKU-12", start=today - day(40 + int(r() * 200)), force_last=scenario)
            elif scenario == "balance_applied":
                sub(code="KAIKU-12", start=today - day(380 + int(r() * 100)), force_first="overpaid")
            elif scenario == "prepaid":
                self.prepayment(c)
                sub()
            elif scenario.startswith("cut_off"):
                sub(OrderStatus.CUT_OFF, code="KAIKU-12",
                    cutoff_mode={"cut_off_balance": "balance", "cut_off_refund": "refund"}.get(scenario, "paid_out"))
            elif scenario == "cancelled":
                sub(OrderStatus.CANCELLED)
            elif scenario == "ended":
                sub(OrderStatus.ENDED, code=_FIXED_CODES[int(r() * 3)])
            elif scenario == "gift":
                sub(code="KAIKU-12", gift=True)
            elif scenario == "price_differs":
                sub(code="PUUTARHURI", price=4900, note="Kampanjahinta 49,00 € (ovh. 69,00 €)")
            elif scenario == "ad_pending":
                self.ads(c, lines, count=1, pending=True)
            elif scenario == "ad_billed":
                self.ads(c, lines, count=2)
            elif scenario == "rf_reference":
                sub()
            elif scenario.startswith("sale_"):
                parts = scenario.split("_")
                status = {"cancelled": OrderStatus.CANCELLED, "refunded": OrderStatus.REFUNDED}.get(parts[1])
                method = PaymentMethod("_".join(parts[2:] if status else parts[1:]))
                self.sale(c, method, status)
        else:
            x = r()
            if c.kind is CustomerKind.COMPANY:
                if x < 0.7:
                    sub(gift=r() < 0.1)
                if x > 0.45:
                    self.ads(c, lines, count=1 + int(r() * 3))
                if x < 0.1:
                    sub()
            elif x < 0.55:
                sub(**self.random_status())
            elif x < 0.68:
                a = sub(**self.random_status())
                code = "KAIKU-DIGI" if r() < 0.4 else None
                if a.status is OrderStatus.ACTIVE and a.schedule is BillingSchedule.YEARLY and r() < 0.6 \
                        and code is None:
                    sub(code=a.product.code, start=a.start, gift=True)  # a gift beside the own subscription
                else:
                    sub(**{"code": code, **self.random_status()})
            elif x < 0.77:
                sub(**self.random_status())
                self.sale(c)
            elif x < 0.89:
                self.sale(c)
                if r() < 0.2:
                    self.sale(c)
            elif x < 0.97:
                sub(OrderStatus.ENDED, code=_FIXED_CODES[int(r() * 3)])
            # else: a customer without orders (an old customer, a prospect)
        self.bill_customer(c, lines)

    def random_status(self) -> dict[str, Any]:
        x = self.rng.random()
        if x < 0.76:
            return {"new": x < 0.08}
        if x < 0.84:
            return {"status": OrderStatus.CANCELLED}
        if x < 0.87:
            return {"status": OrderStatus.CUT_OFF, "cutoff_mode": ("balance", "refund", "paid_out", "balance")[
                int(self.rng.random() * 4)]}
        return {"status": OrderStatus.ENDED, "code": _FIXED_CODES[int(self.rng.random() * 3)]}

    def subscription(self, c: _Customer, code: str, status: OrderStatus, lines: list[_Line], *,
                     new: bool = False, price: int | None = None, start: dt.date | None = None,
                     gift: bool = False, force_first: str = "", force_last: str = "", cutoff_mode: str = "",
                     pending_after_cancel: bool = False, note: str = "") -> _Order:
        """One subscription order and its billing requests: the billed ones (their periods go to
        ``lines``) and, for an active order, the pending ones."""
        r = self.rng.random
        today = self.today
        day = dt.timedelta
        p, _pid = self.product(code)
        if status is OrderStatus.CUT_OFF and p.schedule is not BillingSchedule.YEARLY:
            code, p = "KAIKU-12", self.product("KAIKU-12")[0]
        months = {BillingSchedule.MONTHLY: 1, BillingSchedule.QUARTERLY: 3, BillingSchedule.YEARLY: 12}[p.schedule]
        start, end = self._subscription_dates(p, months, status, start, new=new, gift=gift,
                                              pending_after_cancel=pending_after_cancel)
        if price is None:
            x = r()
            price = p.price_cents
            if x < 0.05:
                price = price * 80 // 100
                note = note or "Kampanjahinta -20 %"
            elif x < 0.06:
                price = price + 500
                note = note or "Sisältää ulkomaan postituslisän"
        if new:
            created = min(today, start) - day(1 + int(r() * 4)) if start <= today else today - day(int(r() * 10))
        else:
            created = min(start, today) - day(20 + int(r() * 30))
        quantity = 2 if r() < 0.03 else 1
        o = self.new_order(c, code, status, start, end, quantity=quantity, price=price)
        o.created = created
        o.note = note
        o.force_first, o.force_last, o.cutoff_mode = force_first, force_last, cutoff_mode
        if gift:
            o.recipient_id = self.recipient_for(c)
            o.note = o.note or "Lahjatilaus"
        if p.deliveries:
            # periods of 30.44 days a month, rounded half up in integers (no float in services)
            o_periods = 1 if end is None else max(1, (((end - start).days + 1) * 200 + months * 3044)
                                                  // (months * 6088))
            deliveries = p.deliveries * o_periods
        else:
            deliveries = 0
        self._deliveries[o.idx] = deliveries
        # cancellation date before walking the periods
        if status is OrderStatus.CANCELLED and not pending_after_cancel:
            o.cancelled_on = min(today - day(3), start + day(30 + int(r() * 400)))
            if o.cancelled_on < start:
                o.cancelled_on = start
        billed, last_end = self._subscription_periods(c, o, p, months, new=new,
                                                      pending_after_cancel=pending_after_cancel)
        if billed:
            billed[-1].last = True
        if pending_after_cancel:
            o.cancelled_on = today - day(1 + int(r() * 3))
        o.billed_until = last_end
        if status is OrderStatus.CUT_OFF and not billed:
            o.status = OrderStatus.ACTIVE  # nothing paid yet to cut off: keep it an ordinary order
            o.cutoff_mode = ""
        lines.extend(billed)
        return o

    def _subscription_dates(self, p: _ProductDef, months: int, status: OrderStatus, start: dt.date | None, *,
                            new: bool, gift: bool, pending_after_cancel: bool) -> tuple[dt.date, dt.date | None]:
        """A subscription's start and end (None: until further notice), as its state needs them."""
        r = self.rng.random
        today = self.today
        day = dt.timedelta
        end: dt.date | None = None
        if status is OrderStatus.ENDED:
            start = start or today - day(400 + int(r() * 300))
            end = add_months(start, 12 if months == 12 else 6) - day(1)
            while end >= today:
                start -= day(60)
                end = add_months(start, 12 if months == 12 else 6) - day(1)
        elif status is OrderStatus.CUT_OFF:
            start = start or today - day(40 + int(r() * 260))
        elif pending_after_cancel:
            start = start or add_months(today + day(1 + int(r() * 28)), -12)
        elif new:
            start = today + day(int(r() * 24) - 10)
        elif status is OrderStatus.CANCELLED:
            start = start or today - day(60 + int(r() * 500))
        elif start is None:
            span = {1: 100, 3: 330, 12: 700}[months]
            start = today - day(int(r() * span)) if r() < 0.92 else today + day(1 + int(r() * 40))
        if gift and end is None and p.schedule is BillingSchedule.YEARLY and status is OrderStatus.ACTIVE:
            end = add_months(start, 12) - day(1)
        return start, end

    def _subscription_periods(self, c: _Customer, o: _Order, p: _ProductDef, months: int, *, new: bool,
                              pending_after_cancel: bool) -> tuple[list[_Line], dt.date | None]:
        """Walk the order's periods up to a month ahead: each is billed by the first subscription run
        after it is due, or (an active order) waits as a pending request. Returns the billed periods
        and the end of the last period with a request."""
        today = self.today
        day = dt.timedelta
        start, end, status, created = o.start, o.end, o.status, o.created
        assert created is not None
        quantity, price = o.quantity, o.price
        horizon = today + day(31)
        sub_runs = self.sub_runs
        i = 0
        last_end: dt.date | None = None
        billed: list[_Line] = []
        while True:
            p_start = add_months(start, i * months)
            if p_start > horizon or (end is not None and p_start > end):
                break
            p_end = add_months(start, (i + 1) * months) - day(1)
            if end is not None and p_end > end:
                p_end = end
            if o.cancelled_on is not None and p_start > o.cancelled_on:
                break
            if status is OrderStatus.CUT_OFF and billed and p_start > today:
                break
            # billed by the first run on or after p_start - 14 (and after the order was made)
            k = bisect.bisect_left(sub_runs, max(p_start - day(14), created))
            rate, vat_account = self.rate(p.vat_class, p_start)
            request_id = self.base["request"] + len(self.requests)
            net = quantity * price
            if k < len(sub_runs) and not new and not (pending_after_cancel and p_start > today):
                run = self.run_of(sub_runs[k], BillingRunKind.SUBSCRIPTIONS)
                line = _Line(o, p_start, p_end, request_id, net, rate, vat_account,
                             self.revenue_by_number[p.account], False, not billed)
                billed.append(line)
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.SUBSCRIPTIONS, p_start, p_end,
                                      quantity, price, BillingRequestStatus.BILLED, run, line))
            elif status is OrderStatus.ACTIVE or pending_after_cancel:
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.SUBSCRIPTIONS, p_start, p_end,
                                      quantity, price, BillingRequestStatus.PENDING, None, None))
                self.pending += 1
                if price <= 0 or pending_after_cancel or self._customer_error(c):
                    self.erroneous += 1
            else:
                break
            last_end = p_end
            i += 1
            if new and p_start > today:
                break
        return billed, last_end

    def _customer_error(self, c: _Customer) -> bool:
        row = self.customer_rows[-1]
        channel, street, email, e_address, operator = row[18], row[9], row[13], row[19], row[20]
        if channel is Channel.PAPER:
            return not street
        if channel is Channel.EMAIL:
            return not email
        return not (e_address and operator)

    def recipient_for(self, c: _Customer) -> int | None:
        if c.idx == 0:
            return None
        return self.base["customer"] + int(self.rng.random() * c.idx)

    def ads(self, c: _Customer, lines: list[_Line], *, count: int, pending: bool = False) -> None:
        r = self.rng.random
        today = self.today
        for k in range(count):
            code = "ILM-1/4" if r() < 0.4 else "ILM-RIVI"
            if pending and k == count - 1:
                published = today + day_(int(r() * 20))
            else:
                published = today - day_(int(r() * 480))
            p, _pid = self.product(code)
            quantity = 1 + int(r() * r() * 4) if code == "ILM-RIVI" else 1
            o = self.new_order(c, code, OrderStatus.ACTIVE, published, published, quantity=quantity)
            o.created = published - day_(7 + int(r() * 20))
            o.billed_until = published
            k_run = bisect.bisect_left(self.ad_runs, published)
            rate, vat_account = self.rate(p.vat_class, published)
            request_id = self.base["request"] + len(self.requests)
            if k_run < len(self.ad_runs) and not (pending and k == count - 1):
                o.status = OrderStatus.ENDED
                run = self.run_of(self.ad_runs[k_run], BillingRunKind.ADVERTISEMENTS)
                line = _Line(o, published, published, request_id, quantity * o.price, rate, vat_account,
                             self.revenue_by_number[p.account], True, True)
                lines.append(line)
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.ADVERTISEMENTS, published, published,
                                      quantity, o.price, BillingRequestStatus.BILLED, run, line))
            elif published <= today + day_(45):
                self.requests.append((request_id, o.idx, c.idx, BillingRunKind.ADVERTISEMENTS, published, published,
                                      quantity, o.price, BillingRequestStatus.PENDING, None, None))
                self.pending += 1
                if self._customer_error(c):
                    self.erroneous += 1
            self._deliveries[o.idx] = 1

    def sale(self, c: _Customer, method: PaymentMethod | None = None,
             status: OrderStatus | None = None) -> _Order:
        """A cash-desk or online sale (ticket or single copy), paid at once; maybe cancelled or refunded (W7)."""
        r = self.rng.random
        today = self.today
        if method is None:
            x = r()
            method = (PaymentMethod.CASH if x < 0.28 else PaymentMethod.EASYPAY if x < 0.38
                      else PaymentMethod.CARD if x < 0.7 else PaymentMethod.PAYPAL if x < 0.8
                      else PaymentMethod.GOOGLE_PAY if x < 0.9 else PaymentMethod.APPLE_PAY)
        cash_desk = method in (PaymentMethod.CASH, PaymentMethod.EASYPAY)
        x = r()
        code = "KAIKU-IRTO" if x < 0.3 else "LIPPU-ILTA" if x < 0.75 else "LIPPU-KONSERTTI"
        sold = today - day_(1 + int(r() * 200))
        event = sold if code == "KAIKU-IRTO" else sold + day_(3 + int(r() * 60))
        quantity = 1 + int(r() * r() * 4)
        o = self.new_order(c, code, OrderStatus.ACTIVE if event >= today else OrderStatus.ENDED, event, event,
                           quantity=quantity)
        o.created = sold
        o.sales_channel = SalesChannel.CASH_DESK if cash_desk else SalesChannel.ONLINE
        o.method = method
        self._deliveries[o.idx] = quantity if code == "KAIKU-IRTO" else 0
        if status is None:
            y = r()
            status = OrderStatus.REFUNDED if y < 0.05 else OrderStatus.CANCELLED if y < 0.08 else None
        rate, vat_account = self.rate(o.product.vat_class, sold)
        net = quantity * o.price
        vat = self.vat_of(net, rate)
        money_account = self.acc.cash if method is PaymentMethod.CASH or method is PaymentMethod.EASYPAY \
            else self.acc.bank
        revenue = self.revenue_by_number[o.product.account]
        payment_id = self.base["payment"] + len(self.payments)
        product_values = self.sale_values.get(o.product.name)
        if product_values is None:
            product_values = self.sale_values[o.product.name] = json.dumps({"product": o.product.name})
        v = self.voucher(sold, VoucherKind.SALE, ledger.CASH_DESK_SALE_TEXT if cash_desk else ledger.ONLINE_SALE_TEXT, [
            (money_account, net + vat, None, None, None, ""),
            (revenue, -net, None, None, rate, ""),
            (vat_account, -vat, None, None, rate, ""),
        ], payment_id=payment_id, values=product_values)
        pay_status = PaymentStatus.MATCHED
        if status is not None:
            latest = min(today, max(event, sold))
            o.cancelled_on = sold + day_(int(r() * max(1, (latest - sold).days)))
            o.status = status
            if status is OrderStatus.REFUNDED:
                o.refunded_on = min(today, o.cancelled_on + day_(int(r() * 3)))
                o.refund_reason = _REFUND_REASONS[int(r() * len(_REFUND_REASONS))]
                if not cash_desk:
                    o.refund_message = ("Hei, palautimme ostoksesi summan maksutavallesi. Rahat näkyvät tililläsi "
                                        "viiden pankkipäivän kuluessa. Ystävällisin terveisin, asiakaspalvelu")
                    o.refund_expected = _business_days_after(o.refunded_on, 5)
                self.voucher(o.refunded_on, VoucherKind.SALE_REFUND,
                             ledger.CASH_DESK_REFUND_TEXT if cash_desk else ledger.ONLINE_REFUND_TEXT, [
                                 (revenue, net, None, None, rate, ""),
                                 (vat_account, vat, None, None, rate, ""),
                                 (money_account, -(net + vat), None, None, None, ""),
                             ], payment_id=payment_id, values=product_values)
                pay_status = PaymentStatus.REFUNDED
        self.payments.append((
            payment_id, None, None, PaymentSource.CASH_DESK if cash_desk else PaymentSource.ONLINE, net + vat,
            sold, sold, None, c.name, f"{o.product.name} × {quantity}", self.base["customer"] + c.idx, pay_status,
            0, "", v,
        ))
        return o

    def prepayment(self, c: _Customer) -> None:
        """A bank payment with no invoice to match, turned into credit balance by a clerk."""
        r = self.rng.random
        paid_on = self.today - day_(20 + int(r() * 200))
        amount = (20 + int(r() * 80)) * 100
        self.bank_payment(c, None, amount, paid_on, "", PaymentStatus.TO_BALANCE, balance=amount,
                          handling="Ennakkomaksu asiakkaan saldoksi")
        self._credits[c.idx].append((paid_on, amount))
