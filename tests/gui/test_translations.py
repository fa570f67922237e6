"""Finnish and Swedish are complete: every UI string and every domain error message is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.services.errors import CorruptDatabase, NotFound
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


def test_error_text_is_finnish_with_parameters_filled_in():
    err = CorruptDatabase(path="/tmp/x.sqlite", detail="not an SQLite file")
    assert i18n.error_text(err, "fi") == (
        "Tiedosto /tmp/x.sqlite ei ole Reskontran tietokanta tai se on vioittunut. Mitään ei muutettu. "
        "(ei ole SQLite-tiedosto)")
    assert i18n.error_text(NotFound(what="Setting", key="x"), "sv") == "Inställning x hittades inte."


def test_collector_finds_templates_calls_and_literal_parameters(tmp_path: Path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from desktop_app.services.errors import ReskontraError, NotFound\n"
        "class Mine(ReskontraError):\n    template = 'My {x} template.'\n"
        "class Deeper(Mine):\n    template = 'Deeper one.'\n"
        "def f():\n    raise ReskontraError('Literal ' 'joined.', field='email')\n"
        "def g():\n    raise Mine(x='a thing')\n",
        encoding="utf-8")
    assert collect_messages([source]) == ["My {x} template.", "Deeper one.", "Literal joined.", "a thing"]
