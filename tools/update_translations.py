"""Collect the interface strings into resources/i18n/*.ts and compile them to .qm.

    .venv/bin/python tools/update_translations.py          # update .ts, build .qm
    .venv/bin/python tools/update_translations.py --check  # also fail on untranslated

Steps:
1. lupdate (shipped with PySide6) scans reader/ui/*.py and merges new strings
   into the .ts files, keeping existing translations.
2. lupdate only knows tr(), self.tr() and QCoreApplication.translate() by
   name. Modules that wrap translate() in a helper, e.g.
       def _tr(text): return QCoreApplication.translate("Actions", text)
       tr = lambda text: QCoreApplication.translate("LibraryErrors", text)
   would lose their strings (lupdate skips `_tr(...)`) or file them under the
   wrong context (a local `tr` is taken for the class's tr()), and the
   runtime lookup would then miss. So we find such wrappers with the ast
   module, put their call sites' strings under the context they really use,
   and drop the misfiled copies.
3. Strings no longer in the sources are dropped; a new string whose exact
   text is already translated in another context reuses that translation.
4. lrelease compiles each .ts to the .qm that reader.ui.i18n loads.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "reader" / "ui"
I18N = ROOT / "resources" / "i18n"
# English is the source language; its catalogue holds only the plural forms
# ("%n article(s)" -> "1 article" / "4 articles"), which the sources cannot.
TS_FILES = [I18N / "reader_zh_CN.ts", I18N / "reader_en.ts"]
PLURAL_ONLY = {"en"}


def qt_tool(name: str) -> str:
    """lupdate/lrelease from the PySide6 wheel, else pyside6-<name> or <name> on PATH."""
    try:
        import PySide6

        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    except ImportError:
        pass
    for exe in (f"pyside6-{name}", name):
        found = shutil.which(exe)
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6 (its wheel ships {name})")


# -- step 2: translate() wrappers -----------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    path: Path
    line: int


def _translate_context(call: ast.expr, param: str) -> str | None:
    """"Ctx" if `call` is translate("Ctx", param) (any receiver), else None."""
    if not isinstance(call, ast.Call) or len(call.args) < 2:
        return None
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    context, text = call.args[0], call.args[1]
    if (name == "translate" and isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == param):
        return context.value
    return None


def find_wrappers(tree: ast.AST) -> dict[str, str]:
    """Names of functions/lambdas in a module that wrap translate(), with their context."""
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args:
            param = node.args.args[0].arg
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    context = _translate_context(inner.value, param)
                    if context is not None:
                        wrappers[node.name] = context
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Lambda)
              and node.value.args.args):
            context = _translate_context(node.value.body, node.value.args.args[0].arg)
            if context is not None:
                wrappers[node.targets[0].id] = context
    return wrappers


def wrapper_messages(paths: list[Path]) -> list[Message]:
    messages = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = find_wrappers(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                messages.append(Message(wrappers[node.func.id], node.args[0].value, path, node.lineno))
    return messages


# -- .ts editing ------------------------------------------------------------------------------


def _location_key(ts: Path, location: ET.Element) -> tuple[Path, int]:
    return (Path(os.path.normpath(ts.parent / location.get("filename", ""))),
            int(location.get("line", "0") or 0))


def _translation_text(message: ET.Element) -> str:
    """The translation, or for a plural message its forms joined; "" if none."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return "".join(forms) if forms else (translation.text or "").strip()


def merge_wrapper_messages(ts: Path, messages: list[Message]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    call_sites = {(m.path.resolve(), m.line, m.source) for m in messages}

    def misfiled(message: ET.Element) -> bool:
        locations = message.findall("location")
        source = message.findtext("source")
        return bool(locations) and all((*_location_key(ts, loc), source) in call_sites for loc in locations)

    contexts = {ctx.findtext("name") or "": ctx for ctx in root.findall("context")}

    # Translation memory: every translated source text, whatever its context.
    memory = {}
    for message in root.iter("message"):
        text = _translation_text(message)
        if text and message.find("translation").get("type") != "unfinished":
            memory.setdefault(message.findtext("source"), text)

    # Drop lupdate's misfiled copies: messages all of whose locations are wrapper call sites.
    for ctx in contexts.values():
        for message in ctx.findall("message"):
            if misfiled(message):
                ctx.remove(message)

    for m in messages:
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
            contexts[m.context] = ctx
        message = next((msg for msg in ctx.findall("message") if msg.findtext("source") == m.source), None)
        if message is None:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = m.source
            ET.SubElement(message, "translation")
        elif message.get("_seen") is None:
            for location in message.findall("location"):
                message.remove(location)  # stale lines from an earlier run
        message.set("_seen", "1")
        location = ET.Element("location", filename=os.path.relpath(m.path, ts.parent), line=str(m.line))
        message.insert(len(message.findall("location")), location)
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            del translation.attrib["type"]
        if not translation.text:
            translation.set("type", "unfinished")

    for ctx in list(contexts.values()):
        for message in ctx.findall("message"):
            message.attrib.pop("_seen", None)
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                ctx.remove(message)  # gone from the sources
            elif translation.get("type") == "unfinished" and not translation.text:
                source = message.findtext("source")
                if source in memory:
                    translation.text = memory[source]
                    del translation.attrib["type"]
        if not ctx.findall("message"):
            root.remove(ctx)

    # lupdate sorts contexts by name; keep new ones in that order too.
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for ctx in ordered:
        root.remove(ctx)
    root.extend(ordered)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def count(ts: Path) -> tuple[int, int]:
    messages = list(ET.parse(ts).getroot().iter("message"))
    unfinished = [m for m in messages if m.find("translation").get("type") == "unfinished"
                  or not _translation_text(m)]
    return len(messages), len(unfinished)


def untranslated(ts: Path) -> list[str]:
    return [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
            if m.find("translation").get("type") == "unfinished" or not _translation_text(m)]


def source_files() -> list[Path]:
    return sorted(SOURCES.glob("*.py"))


def update_ts(ts: Path, sources: list[Path]) -> None:
    """Steps 1-3 for one .ts file named like reader_<language>.ts."""
    language = ts.stem.split("_", 1)[1]
    plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
    # Absolute line numbers: merge_wrapper_messages matches lupdate's
    # locations against the wrapper call sites.
    subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "absolute", *plural_only,
                    "-source-language", "en", "-target-language", language,
                    *map(str, sources), "-ts", str(ts)], check=True)
    if not plural_only:  # the wrappers take no count, so they have no plural messages
        merge_wrapper_messages(ts, wrapper_messages(sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update the .ts files and build the .qm files.")
    parser.add_argument("--check", action="store_true", help="exit 1 if any string is untranslated")
    parser.add_argument("--no-release", action="store_true", help="do not run lrelease")
    args = parser.parse_args(argv)

    sources = source_files()
    I18N.mkdir(parents=True, exist_ok=True)
    for ts in TS_FILES:
        update_ts(ts, sources)
        if not args.no_release:
            subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
        total, missing = count(ts)
        print(f"{ts.relative_to(ROOT)}: {total} strings, {missing} untranslated")
        if args.check and missing:
            for source in untranslated(ts):
                print(f"  untranslated: {source!r}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
