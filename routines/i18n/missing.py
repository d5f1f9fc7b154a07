#!/usr/bin/env python3
"""Lists the texts of routine files that have no translation yet, as the "translations" entries to fill in.

    python3 routines/i18n/missing.py de routines/*.json          # print what is missing, per file
    python3 routines/i18n/missing.py de routines/x.json --write   # add them to the file with the English text
                                                                  # marked "TODO: " for a translator

Paths are the validator's ($.blocks[0].steps[1].prompt); only words are listed (the fields the loader lets you
translate: see TRANSLATABLE in org.toetempo.routine.Translations).
"""
import json, re, sys
from collections import OrderedDict

TRANSLATABLE = {"name", "summary", "purpose", "setup", "equipment", "safety", "credits", "notes", "note", "prompt",
                "cue", "cues", "instructions", "how", "mistakes", "aliases", "targets", "title", "start"}
SKIP = {"credits"}          # references stay as written
PLAIN = re.compile(r"^[A-Za-z0-9_-]+$")

def child(path, name):
    return path + "." + name if PLAIN.match(name) else path + "['" + name.replace("'", "\\'") + "']"

def texts(node, path="$", field=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if path == "$" and k in ("translations", "$schema"):
                continue
            yield from texts(v, child(path, k), k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from texts(v, "%s[%d]" % (path, i), field)
    elif isinstance(node, str) and field in TRANSLATABLE and field not in SKIP:
        yield path, node

def main():
    lang, files = sys.argv[1], [f for f in sys.argv[2:] if f != "--write"]
    write = "--write" in sys.argv
    total = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            data = json.load(fh, object_pairs_hook=OrderedDict)
        have = data.get("translations", {}).get(lang, {})
        missing = OrderedDict((p, t) for p, t in texts(data) if p not in have)
        total += len(missing)
        if write and missing:
            data.setdefault("translations", OrderedDict()).setdefault(lang, OrderedDict())
            for p, t in missing.items():
                data["translations"][lang][p] = "TODO: " + t
            with open(f, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        elif missing:
            print("== %s: %d texts without a %s translation" % (f, len(missing), lang))
            print(json.dumps(missing, ensure_ascii=False, indent=2))
    print("%d texts missing in all" % total, file=sys.stderr)

main()
