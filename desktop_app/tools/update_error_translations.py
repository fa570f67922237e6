"""Collect every domain error message into the "errors" context of translations/reskontra_<lang>.ts.

Sources: ``desktop_app/services/**/*.py``, ``desktop_app/bootstrap.py`` and ``desktop_app/i18n.py``.
Collected are the ``template = "..."`` class attributes of ``ReskontraError`` subclasses (and of
``Notice`` subclasses, the messages that are not errors, ``services/foundation/notices.py``), the
literal first argument of calls to those classes (``ReskontraError("...")``, ``template="..."``)
and their other literal string keyword arguments (``NotFound(what="Customer", ...)``), because
``i18n.error_text`` translates string parameters too; also the literal argument of ``ledger_text("...")``
(voucher and posting description templates, ``services/ledger.py``).

Existing translations are kept; new messages are added as unfinished; messages no longer in the
sources are marked vanished (and ignored). Run it after ``pyside6-lupdate`` (which marks the
"errors" context vanished, since it is not in the Qt sources): ``update_translations`` does both.

    python -m desktop_app.tools.update_error_translations [--check]
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

CONTEXT = "errors"
BASES = frozenset({"ReskontraError", "Notice"})
# Functions that mark a stored English template shown with ``i18n.stored_text`` (ledger descriptions).
MARKERS = frozenset({"ledger_text"})
LANGUAGES = ("fi", "sv")
TS_LANGUAGE = {"fi": "fi_FI", "sv": "sv_FI"}


def package_root() -> Path:
    return Path(str(resources.files("desktop_app")))


def source_files(root: Path | None = None) -> list[Path]:
    root = root or package_root()
    files = sorted((root / "services").rglob("*.py"))
    files += [p for p in (root / "bootstrap.py",) if p.exists()]
    return files


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: list[ast.Module]) -> set[str]:
    known = set(BASES)
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in known
                        and any(_name(b) in known for b in node.bases)):
                    known.add(node.name)
                    changed = True
    return known


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        return node.value
    return None


def collect_messages(files: list[Path] | None = None) -> list[str]:
    """Every translatable error text of the sources, in first-seen order, without duplicates."""
    files = files if files is not None else source_files()
    trees = [ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in files]
    classes = _error_classes(trees)
    found: dict[str, None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for stmt in node.body:
                    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                        if any(_name(t) == "template" for t in targets):
                            text = _literal(stmt.value)
                            if text:
                                found.setdefault(text, None)
            elif isinstance(node, ast.Call) and _name(node.func) in MARKERS:
                text = _literal(node.args[0]) if node.args else None
                if text:
                    found.setdefault(text, None)
            elif isinstance(node, ast.Call) and _name(node.func) in classes:
                if node.args:
                    text = _literal(node.args[0])
                    if text:
                        found.setdefault(text, None)
                for kw in node.keywords:
                    if kw.arg in (None, "field"):
                        continue
                    text = _literal(kw.value)
                    if text:
                        found.setdefault(text, None)
    return list(found)


def _new_ts(lang: str) -> ET.Element:
    root = ET.Element("TS", {"version": "2.1", "language": TS_LANGUAGE.get(lang, lang), "sourcelanguage": "en"})
    return root


def _read_ts(path: Path, lang: str) -> ET.Element:
    if not path.exists():
        return _new_ts(lang)
    return ET.fromstring(path.read_bytes())


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update_file(path: Path, lang: str, messages: list[str]) -> tuple[int, int]:
    """Merge ``messages`` into the errors context of one .ts file; returns (added, unfinished)."""
    root = _read_ts(path, lang)
    context = next((c for c in root.findall("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    existing = {m.findtext("source"): m for m in context.findall("message")}
    wanted = set(messages)
    added = 0
    for text in messages:
        message = existing.get(text)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})
            added += 1
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if translation.get("type") in ("vanished", "obsolete"):
            if (translation.text or "").strip():
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
    for text, message in existing.items():
        if text not in wanted:
            translation = message.find("translation")
            if translation is not None:
                translation.set("type", "vanished")
    unfinished = sum(
        1 for m in context.findall("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    )
    write_ts(root, path)
    return added, unfinished


def translations_folder() -> Path:
    return Path(str(resources.files("desktop_app.translations")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a message is missing or unfinished")
    args = parser.parse_args(argv)
    messages = collect_messages()
    status = 0
    for lang in LANGUAGES:
        path = translations_folder() / f"reskontra_{lang}.ts"
        added, unfinished = update_file(path, lang, messages)
        print(f"{path.name}: {len(messages)} error messages, {added} new, {unfinished} unfinished")
        if args.check and (added or unfinished):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
