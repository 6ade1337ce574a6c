"""Fill untranslated strings of a .ts catalogue from a JSON file of {source: translation}.

    .venv/bin/python tools/fill_translations.py resources/i18n/reader_zh_CN.ts NEW.json
    .venv/bin/python tools/fill_translations.py resources/i18n/reader_zh_CN.ts --list   # what is missing

Only entries still marked unfinished are filled; a plural message ("%n page(s)")
takes a list of forms (one for Chinese, singular and plural for English). Run
tools/update_translations.py afterwards to compile the .qm files.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield context.findtext("name"), message.findtext("source"), translation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("translations", type=Path, nargs="?")
    parser.add_argument("--list", action="store_true", help="print the missing sources as a JSON object to fill in")
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    if args.list or args.translations is None:
        json.dump({source: "" for _ctx, source, _t in unfinished(tree)}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    table = json.loads(args.translations.read_text(encoding="utf-8"))
    filled = 0
    for _context, source, translation in unfinished(tree):
        value = table.get(source)
        if not value:
            continue
        if isinstance(value, list):
            for form in translation.findall("numerusform"):
                translation.remove(form)
            translation.text = None
            for text in value:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    left = sum(1 for _ in unfinished(ET.parse(args.ts)))
    print(f"filled {filled}; {left} still untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
