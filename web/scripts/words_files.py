#!/usr/bin/env python3
"""Writes the app's words, one file per interface language:
    words_files.py OUT_DIR --drop-keys=a.,b. LANG=translation.json:example.json...

words-LANG.json is {"words": {...}, "example": {...}}: the translation without
the keys only the formats module and the page shell use, and the map a first
visit opens in that language. The page loads the interface language's file
beside app.wasm and another only when the user switches to it, so a first
visit downloads one language's words, not both.
"""
import json
import os
import sys

from offline_files import write_atomically


def main():
    out, args = sys.argv[1], sys.argv[2:]
    drop = ()
    if args and args[0].startswith("--drop-keys="):
        drop = tuple(args[0][len("--drop-keys="):].split(","))
        args = args[1:]
    files = [(arg.split("=", 1)[0], *arg.split("=", 1)[1].split(":", 1)) for arg in args]
    # Every file names every language's browser locales, so that the app can
    # tell a locale's language with one language's words loaded.
    locales = {lang: json.load(open(path, encoding="utf-8"))["meta.locales"] for lang, path, _ in files}
    for lang, words_path, example_path in files:
        words = json.load(open(words_path, encoding="utf-8"))
        words = {k: v for k, v in words.items() if not k.startswith(drop)}
        for other, value in locales.items():
            if other != lang:
                words[f"meta.locales.{other}"] = value
        example = json.load(open(example_path, encoding="utf-8"))
        text = json.dumps({"words": words, "example": example}, ensure_ascii=False, separators=(",", ":"))
        if "</script" in text.lower():  # the single-file edition inlines it
            raise SystemExit(f"{words_path}: holds '</script'")
        write_atomically(os.path.join(out, f"words-{lang}.json"), text)


if __name__ == "__main__":
    main()
