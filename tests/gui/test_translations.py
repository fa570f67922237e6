"""Finnish and Swedish are complete: every UI string and every domain error message is translated.

English is the source language; its file holds only the plural messages ("%n row(s)" → "1 row", "2 rows").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.services.foundation import i18n
from desktop_app.services.foundation.errors import CorruptDatabase, NotFound
from desktop_app.tools.update_error_translations import collect_messages, translations_folder


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(translations_folder() / f"reskontra_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((context.findtext("name") or "", message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_unfinished_translations(lang: str):
    unfinished = [
        (context, source) for context, source, t in _messages(lang)
        if t.get("type") == "unfinished"
        or (t.get("type") is None and not (t.text or "").strip() and not t.findall("numerusform"))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_domain_error_message_is_translated(lang: str):
    translated = {source for context, source, t in _messages(lang)
                  if context == "errors" and t.get("type") is None and (t.text or "").strip()}
    missing = [m for m in collect_messages() if m not in translated]
    assert missing == [], "run: python -m desktop_app.tools.update_error_translations, then translate"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_placeholders_survive_translation(lang: str):
    import re

    for _context, source, t in _messages(lang):
        if t.get("type") is not None:
            continue
        texts = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        for text in texts:
            assert set(re.findall(r"\{\w+(?:!r)?\}", source)) == set(re.findall(r"\{\w+(?:!r)?\}", text)), source
            assert set(re.findall(r"%\d", source)) == set(re.findall(r"%\d", text)), source


def _numerus_sources(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(translations_folder() / f"reskontra_{lang}.ts").getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"
            and (message.find("translation") is None
                 or message.find("translation").get("type") not in ("vanished", "obsolete"))}


def test_english_has_a_singular_and_a_plural_for_every_plural_message():
    """reskontra_en.ts (lupdate -pluralonly) holds the plural messages only, each with its two forms."""
    messages = _messages("en")
    assert messages, "run: python -m desktop_app.tools.update_translations"
    assert _numerus_sources("fi") <= _numerus_sources("en"), "run update_translations, then add the English forms"
    root = ET.parse(translations_folder() / "reskontra_en.ts").getroot()
    assert all(m.get("numerus") == "yes" for m in root.iter("message")), "only plural messages (-pluralonly)"
    for _context, source, t in messages:
        if t.get("type") in ("vanished", "obsolete"):
            continue
        assert t.get("type") is None, source
        forms = [f.text or "" for f in t.findall("numerusform")]
        assert len(forms) == 2 and all(f.strip() for f in forms), source
        assert forms[0] != forms[1] and "(s)" not in "".join(forms), source
        assert all("%n" in f for f in forms), source


def test_the_english_ui_says_1_row_and_2_rows(qtbot, ui_lang):
    import enum

    from PySide6.QtCore import QCoreApplication

    from desktop_app.views.common import language
    from desktop_app.views.common.table import Column, DataTable, Kind, RowTableModel

    class Names(RowTableModel):
        class Columns(enum.IntEnum):
            NAME = 0

        def column_defs(self):
            return {self.Columns.NAME: Column(Kind.TEXT, lambda r: r)}

        def header_label(self, column):
            return "Name"

    assert language.install("en") == "en"
    table = DataTable(Names())
    qtbot.addWidget(table)
    table.set_rows(["Virtanen"])
    assert table.count_label.text() == "1 row"
    table.set_rows(["Virtanen", "Åkerlund"])
    assert table.count_label.text() == "2 rows"
    assert QCoreApplication.translate("BillingPage", "%n invoice(s) created in billing run %1.", "", 1) == (
        "1 invoice created in billing run %1.")
    assert QCoreApplication.translate("BillingPage", "%n billing request(s) have errors", "", 3) == (
        "3 billing requests have errors")
    language.install("fi")
    qtbot.waitUntil(lambda: table.count_label.text() == "2 riviä", timeout=2000)
    language.install("en")
    qtbot.waitUntil(lambda: table.count_label.text() == "2 rows", timeout=2000)


def test_error_text_is_finnish_with_parameters_filled_in():
    err = CorruptDatabase(path="/tmp/x.sqlite", detail="not an SQLite file")
    assert i18n.error_text(err, "fi") == (
        "Tiedosto /tmp/x.sqlite ei ole Reskontran tietokanta tai se on vioittunut. Mitään ei muutettu. "
        "(ei ole SQLite-tiedosto)")
    assert i18n.error_text(NotFound(what="Setting", key="x"), "sv") == "Inställning x hittades inte."


def test_collector_finds_templates_calls_and_literal_parameters(tmp_path: Path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from desktop_app.services.foundation.errors import ReskontraError, NotFound\n"
        "class Mine(ReskontraError):\n    template = 'My {x} template.'\n"
        "class Deeper(Mine):\n    template = 'Deeper one.'\n"
        "def f():\n    raise ReskontraError('Literal ' 'joined.', field='email')\n"
        "def g():\n    raise Mine(x='a thing')\n",
        encoding="utf-8")
    assert collect_messages([source]) == ["My {x} template.", "Deeper one.", "Literal joined.", "a thing"]


def test_collector_finds_the_ledger_description_templates(tmp_path: Path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from desktop_app.services.ledger.posting.posting import ledger_text\n"
        "INVOICE = ledger_text('Invoice {number}')\n"
        "def f(n):\n    return ledger_text(n)\n",
        encoding="utf-8")
    assert collect_messages([source]) == ["Invoice {number}"]
    from desktop_app.services import ledger

    templates = [v for k, v in vars(ledger).items() if k.endswith("_TEXT") and isinstance(v, str)]
    assert len(templates) >= 20 and set(templates) <= set(collect_messages())
    for lang in ("fi", "sv"):
        assert all(i18n.translate("errors", t, lang) != t for t in templates), lang
