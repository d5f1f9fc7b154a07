#!/usr/bin/env python3
"""Fills a language's missing translations of short texts (names, cue words, titles) from a glossary.

    python3 routines/i18n/apply-glossary.py de routines/i18n/glossary-de.json routines/*.json

Only exact matches of whole texts are used; longer prose is translated by hand (missing.py lists it).
"""
import json, re, sys
from collections import OrderedDict
sys.argv, argv = sys.argv[:1], sys.argv
exec(open(__file__.replace("apply-glossary.py", "missing.py")).read().split("def main")[0])
lang, glossary_file, files = argv[1], argv[2], argv[3:]
glossary = json.load(open(glossary_file, encoding="utf-8"))
for f in files:
    with open(f, encoding="utf-8") as fh:
        data = json.load(fh, object_pairs_hook=OrderedDict)
    entries = data.get("translations", OrderedDict()).get(lang, OrderedDict())
    added = 0
    for path, text in texts(data):
        if path not in entries and text in glossary:
            entries[path] = glossary[text]
            added += 1
    if added:
        data.setdefault("translations", OrderedDict())[lang] = entries
        with open(f, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("%s: %d added" % (f, added))
