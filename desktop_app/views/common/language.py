"""The UI language: Qt's own strings (qtbase_<lang>.qm) and ours (reskontra_<lang>.qm), switchable live.

Installing a translator makes Qt send a LanguageChange event to every widget; each screen's
``changeEvent`` then calls its ``retranslate_ui``. English is the source language, so it needs no
qtbase file and ours holds only the plural messages ("%n invoice(s)" → "1 invoice" / "2 invoices",
from ``lupdate -pluralonly``). The ``.qm`` files are built from the ``.ts`` sources by
``desktop_app.tools.build_translations``; when running from source they are (re)built on demand.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app.services.foundation import formatting, i18n
from desktop_app.views.common import labels

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_installed_for: tuple[str, QCoreApplication] | None = None  # the language (and app) of _installed


def _translations_folder() -> Path:
    return Path(str(resources.files("desktop_app.translations")))


def _ensure_compiled(lang: str) -> Path | None:
    folder = _translations_folder()
    ts, qm = folder / f"reskontra_{lang}.ts", folder / f"reskontra_{lang}.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from desktop_app.tools.build_translations import build

            build()
        except Exception:  # noqa: BLE001 - a read-only install still has its shipped .qm
            log.warning("could not compile the translations", exc_info=True)
    return qm if qm.exists() else None


class _WithoutAccelerator(QTranslator):
    """Qt's own strings that qtbase_<lang> knows only without their "&" accelerator.

    The file dialog of Qt 6 asks for "&Look in:" and "Files of &type:", while qtbase_fi.qm still has
    "Look in:" and "Files of type:"; without this the Finnish dialog showed those two in English.
    Asked only when no other translator has the string (installed first, so asked last).
    """

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if "&" not in source:
            return ""
        return self._qt.translate(context, source.replace("&", "", 1), disambiguation, n) or ""


def install(lang: str) -> str:
    """Switch the application to ``lang`` (fi, sv, en); returns the language in effect."""
    app = QCoreApplication.instance()
    lang = lang if lang in UI_LANGUAGES else i18n.DEFAULT_LANGUAGE
    i18n.set_language(lang)
    labels.clear_cache()
    QLocale.setDefault(QLocale(formatting.locale_for(lang)))
    if app is None:
        return lang
    global _installed_for
    if _installed_for == (lang, app):
        return lang  # already in effect: no needless LanguageChange for every widget
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _installed_for = (lang, app)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.extend((_WithoutAccelerator(qt, app), qt))
        else:
            log.warning("no Qt translation qtbase_%s; Qt's own dialogs show English", lang)
    qm = _ensure_compiled(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        _installed.append(ours)
    elif lang == "en":
        log.warning("no compiled English plural forms; showing the source texts")
    else:
        log.warning("no compiled translation for %s; showing English", lang)
    for translator in _installed:
        app.installTranslator(translator)  # each install (and removal) sends LanguageChange
    return lang


def saved_language(settings: QSettings | None = None) -> str | None:
    value = (settings or QSettings()).value(SETTINGS_KEY)
    return str(value) if value in UI_LANGUAGES else None


def save_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, lang)
