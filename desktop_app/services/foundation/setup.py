"""Reference data every database starts with: chart of accounts, VAT and reference rates,
fiscal years with monthly periods, cut-off reasons. Idempotent: runs on every start."""

from __future__ import annotations

import calendar
import datetime as dt
import getpass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import Account, CutoffReason, FiscalYear, Period, ReferenceRate, User, VatRate
from desktop_app.models.enums import AccountRole, PeriodState, Role, VatClass
from desktop_app.services.foundation.errors import ReskontraError
from desktop_app.services.foundation.uow import Actor

# The longest user name the users table holds: checked here, so SQLite (which would store a longer
# one) and PostgreSQL (which would refuse it with a driver error) behave the same.
USERNAME_MAX = 64


class InvalidUserName(ReskontraError):
    template = "A user name has 1 to {max} printable characters; this one has {length}."

# (number, name, role): a Finnish-style chart; names are shown to the accountant as they are.
CHART_OF_ACCOUNTS: tuple[tuple[str, str, AccountRole], ...] = (
    ("1700", "Myyntisaamiset", AccountRole.RECEIVABLES),
    ("1900", "Kassa", AccountRole.CASH),
    ("1910", "Pankkitili", AccountRole.BANK),
    ("2871", "Asiakkaiden saldot (saldotili)", AccountRole.CUSTOMER_BALANCE),
    ("2872", "Palautustili", AccountRole.REFUND),
    ("2875", "Selvittämättömät suoritukset", AccountRole.UNALLOCATED_PAYMENTS),
    ("2880", "Siirtovelat asiakkaille (hyvitykset)", AccountRole.PAYABLES),
    ("2939", "Arvonlisäverovelka 25,5 %", AccountRole.VAT_PAYABLE),
    ("2940", "Arvonlisäverovelka 13,5 %", AccountRole.VAT_PAYABLE),
    ("2941", "Arvonlisäverovelka 10 %", AccountRole.VAT_PAYABLE),
    ("3000", "Tilausmyynti", AccountRole.REVENUE),
    ("3100", "Ilmoitusmyynti", AccountRole.REVENUE),
    ("3200", "Irtomyynti ja liput", AccountRole.REVENUE),
    ("3800", "Muistutusmaksutuotot", AccountRole.REMINDER_FEE_INCOME),
    ("9150", "Viivästyskorkotuotot", AccountRole.INTEREST_INCOME),
)

# VAT in force (shared/data/legal/legal_facts.md §4): standard 24 % → 25.5 % on 1.9.2024;
# reduced 14 % (from 10 % on 1.1.2025) → 13.5 % on 1.1.2026; periodicals 10 %.
VAT_RATES: tuple[tuple[VatClass, int, dt.date, dt.date | None, str], ...] = (
    (VatClass.STANDARD, 2400, dt.date(2013, 1, 1), dt.date(2024, 8, 31), "2939"),
    (VatClass.STANDARD, 2550, dt.date(2024, 9, 1), None, "2939"),
    (VatClass.REDUCED, 1400, dt.date(2013, 1, 1), dt.date(2024, 12, 31), "2940"),
    (VatClass.REDUCED, 1400, dt.date(2025, 1, 1), dt.date(2025, 12, 31), "2940"),
    (VatClass.REDUCED, 1350, dt.date(2026, 1, 1), None, "2940"),
    (VatClass.PERIODICALS, 1000, dt.date(2013, 1, 1), None, "2941"),
    (VatClass.ZERO, 0, dt.date(2000, 1, 1), None, "2939"),
)

# Korkolaki 12 § reference rates (legal_facts.md §3); H2/2025 follows the 12 § rule (2.5 %).
REFERENCE_RATES: tuple[tuple[dt.date, dt.date, int], ...] = (
    (dt.date(2023, 1, 1), dt.date(2023, 6, 30), 250),
    (dt.date(2024, 1, 1), dt.date(2024, 6, 30), 450),
    (dt.date(2024, 7, 1), dt.date(2024, 12, 31), 450),
    (dt.date(2025, 1, 1), dt.date(2025, 6, 30), 350),
    (dt.date(2025, 7, 1), dt.date(2025, 12, 31), 250),
    (dt.date(2026, 1, 1), dt.date(2026, 6, 30), 250),
)

CUTOFF_REASONS: tuple[tuple[str, str, str, str], ...] = (
    ("customer_request", "Asiakkaan pyyntö", "Kundens begäran", "Customer's request"),
    ("deceased", "Kuolinpesä", "Dödsbo", "Deceased"),
    ("moved_abroad", "Muutto ulkomaille", "Flytt utomlands", "Moved abroad"),
    ("duplicate", "Päällekkäinen tilaus", "Dubbel beställning", "Duplicate order"),
    ("complaint", "Reklamaatio", "Reklamation", "Complaint"),
    ("other", "Muu syy", "Annan orsak", "Other reason"),
)


def ensure_fiscal_year(session: Session, year: int) -> FiscalYear:
    fy = session.scalar(select(FiscalYear).where(FiscalYear.name == str(year)))
    if fy is None:
        fy = FiscalYear(name=str(year), start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31))
        session.add(fy)
        session.flush()
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            session.add(Period(fiscal_year_id=fy.id, start_date=dt.date(year, month, 1),
                               end_date=dt.date(year, month, last), state=PeriodState.OPEN))
    return fy


def ensure_initial_data(session_factory: sessionmaker[Session], today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    with session_factory() as session:
        accounts = {a.number: a for a in session.scalars(select(Account))}
        for number, name, role in CHART_OF_ACCOUNTS:
            if number not in accounts:
                accounts[number] = Account(number=number, name=name, role=role)
                session.add(accounts[number])
        session.flush()
        if not session.scalar(select(func.count()).select_from(VatRate)):
            for vat_class, bp, start, end, account in VAT_RATES:
                session.add(VatRate(vat_class=vat_class, rate_bp=bp, valid_from=start, valid_to=end,
                                    account_id=accounts[account].id))
        known = set(session.scalars(select(ReferenceRate.valid_from)))
        for start, end, bp in REFERENCE_RATES:
            if start not in known:
                session.add(ReferenceRate(valid_from=start, valid_to=end, rate_bp=bp))
        if not session.scalar(select(func.count()).select_from(CutoffReason)):
            for code, fi, sv, en in CUTOFF_REASONS:
                session.add(CutoffReason(code=code, label_fi=fi, label_sv=sv, label_en=en))
        for year in range(today.year - 2, today.year + 2):
            ensure_fiscal_year(session, year)
        session.commit()


def ensure_user(session_factory: sessionmaker[Session], username: str | None = None,
                role: Role | None = None) -> Actor:
    """The acting user. The first user of a database is its accountant; later ones are clerks."""
    username = (username or _os_user()).strip()
    if not 1 <= len(username) <= USERNAME_MAX or not username.isprintable():
        raise InvalidUserName(max=USERNAME_MAX, length=len(username))
    with session_factory() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            first = not session.scalar(select(func.count()).select_from(User))
            user = User(username=username, display_name=username,
                        role=role or (Role.ACCOUNTANT if first else Role.CLERK))
            session.add(user)
            session.commit()
        return Actor(user_id=user.id, username=user.username, role=user.role)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "clerk"
