"""Amounts, dates and percentages for the UI language, through babel (fi: 1 234,56 €, 22.11.2026)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.numbers import format_currency, format_decimal

from desktop_app.services.foundation.money import to_decimal

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_IE", "bg": "bg_BG"}


def locale_for(lang: str) -> str:
    return LOCALES.get(lang, "fi_FI")


def money(amount: Decimal | int, lang: str = "fi", *, is_cents: bool = False, currency: str = "EUR") -> str:
    value = to_decimal(int(amount)) if is_cents else Decimal(amount)
    return _money(value, lang, currency)


# babel takes ~0.1 ms a call; a long list shows the same prices and counts over and over.
@lru_cache(maxsize=65536)
def _money(value: Decimal, lang: str, currency: str) -> str:
    return format_currency(value, currency, locale=locale_for(lang))


def number(value: Decimal | int, lang: str = "fi") -> str:
    return _number(value, lang)


@lru_cache(maxsize=65536)
def _number(value: Decimal | int, lang: str) -> str:
    return format_decimal(value, locale=locale_for(lang))


def amount(amount_cents: int, lang: str = "fi") -> str:
    """Cents as euros with two decimals and no currency sign, for a field the clerk edits: "1 234,50";
    "1234.50" in English, whose thousands comma ``money.parse_amount`` refuses next to a decimal point."""
    grouped = format_decimal(to_decimal(int(amount_cents)), format="#,##0.00", locale=locale_for(lang))
    if "," in grouped and "." in grouped:
        return format_decimal(to_decimal(int(amount_cents)), format="0.00", locale=locale_for(lang))
    return grouped


def date(value: dt.date | None, lang: str = "fi") -> str:
    if value is None:
        return ""
    if lang in ("fi", "sv", "bg"):
        return f"{value.day}.{value.month}.{value.year}"
    return _format_date(value, format="short" if lang != "en" else "dd/MM/yyyy", locale=locale_for(lang))


def datetime(value: dt.datetime | None, lang: str = "fi") -> str:
    if value is None:
        return ""
    local = value.astimezone()
    if lang in ("fi", "sv", "bg"):
        return f"{local.day}.{local.month}.{local.year} {local:%H.%M}"
    return _format_datetime(local, format="short", locale=locale_for(lang))


@lru_cache(maxsize=1024)
def percent_bp(rate_bp: int, lang: str = "fi") -> str:
    return format_decimal(Decimal(rate_bp) / 100, format="#,##0.##", locale=locale_for(lang)) + " %"


def message_value(value: Any, lang: str = "fi") -> Any:
    """A parameter of a message as the reader sees it: euros (``Decimal``) and dates for the language."""
    if isinstance(value, Decimal):
        return money(value, lang)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date(value, lang)
    return value
