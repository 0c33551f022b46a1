#!/usr/bin/env python3
"""Writes shell-words.js: the page shell's words ("shell.*" keys of the app's
translation files), so the loading text, the missing-WebGL message and the
crash panel speak the same languages from the same files as the app."""
import json
import sys

out, *pairs = sys.argv[1:]
table = {}
locales = {}  # the browser locales each language answers to, as the app decides them
for pair in pairs:  # "en=path/en.json"
    lang, path = pair.split("=", 1)
    with open(path, encoding="utf-8") as f:
        words = json.load(f)
    table[lang] = {k[len("shell."):]: v for k, v in words.items() if k.startswith("shell.")}
    locales[lang] = words["meta.locales"].split("|")
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated from assets/translations by web/scripts/shell_words.py.\n")
    f.write("window.jejakShellWords = " + json.dumps(table, ensure_ascii=False, sort_keys=True) + ";\n")
    f.write("window.jejakLocales = " + json.dumps(locales, sort_keys=True) + ";\n")
