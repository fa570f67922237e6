"""Translations outside Qt widgets: the command line and domain error messages.

The single source is Qt Linguist ``translations/reskontra_<lang>.ts``; the GUI loads the
compiled ``.qm`` with ``QTranslator``, while this module reads the ``.ts`` XML directly so that
services and the CLI need no Qt. Formatting of numbers, money and dates lives in
``desktop_app.services.foundation.formatting``.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from importlib import resources
from typing import Any

from desktop_app.services.foundation.errors import ReskontraError, ValidationError
from desktop_app.services.foundation.notices import Notice

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
_current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES or lang == "bg" else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    try:
        ts = resources.files("desktop_app.translations").joinpath(f"reskontra_{lang}.ts")
        if not ts.is_file():
            return table
        root = ET.fromstring(ts.read_bytes())
    except (OSError, ET.ParseError, ModuleNotFoundError):
        return table
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text or ""
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or _current
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


def _param_text(value: object, lang: str) -> object:
    """A parameter for the message: words translated, euros and dates formatted for the language."""
    from desktop_app.services.foundation import formatting

    if isinstance(value, str):
        return translate("errors", value, lang)
    return formatting.message_value(value, lang)


def error_text(err: ReskontraError | Notice, lang: str | None = None) -> str:
    """The error's (or notice's) message in the user's language, with its parameters filled in."""
    template = translate("errors", err.template, lang)
    params = {k: _param_text(v, lang or _current) for k, v in err.params.items()}
    try:
        text = template.format(**params)
    except (KeyError, IndexError):
        text = template
    if isinstance(err, ValidationError):
        details = "; ".join(f"{error_text(e, lang)}" for e in err.errors.values())
        text = f"{text} {details}"
    return text


def template_text(template: str, params: Mapping[str, Any], lang: str | None = None) -> str:
    """A stored message (English template and its parameters, e.g. why a payment needs handling) in the
    user's language; "" for no message."""
    return error_text(ReskontraError(template, **params), lang) if template else ""


def stored_text(text: str, values: Mapping[str, Any] | None, lang: str | None = None) -> str:
    """A stored description (a voucher's or posting's) in the reader's language: an English template with
    its values (see ``services.ledger.ledger_text``), or plain text shown as it is when ``values`` is None
    (a payer's name, rows written before templates)."""
    if values is None:
        return text
    try:
        return template_text(text, values, lang)
    except ValueError:  # a malformed template: the stored text rather than nothing
        return text
