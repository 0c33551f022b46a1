#!/usr/bin/env python3
"""Fails the build when the app would draw a character its fonts lack (a box or "?").

Usage: check_glyphs.py TEXT_FONT ICON_FONT -- FILE...
Checks every character of the JSON files given (translations, templates) against
the subset text font, and every character that C++ sources spell as "\\xNN"
escapes or name as "U+XXXX" in a comment (src/ui/icons.h) against both fonts.
"""
import json
import re
import sys

from fontTools.ttLib import TTFont


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def escaped_literals(source):
    # Runs of \xNN escapes inside string literals, decoded as UTF-8.
    for run in re.findall(r'((?:\\x[0-9a-fA-F]{2})+)', source):
        data = bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-fA-F]{2})', run))
        yield data.decode('utf-8', errors='replace')


def main(argv):
    sep = argv.index('--')
    text_font, icon_font = argv[1:sep]
    text = set(TTFont(text_font).getBestCmap())
    icons = set(TTFont(icon_font).getBestCmap())
    missing = []
    for path in argv[sep + 1:]:
        with open(path, encoding='utf-8') as f:
            content = f.read()
        if path.endswith('.json'):
            chars = (c for s in strings(json.loads(content)) for c in s)
            allowed = text
        else:
            chars = [c for s in escaped_literals(content) for c in s]
            chars += [chr(int(u, 16)) for u in re.findall(r'U\+([0-9A-Fa-f]{4,5})\b', content)]
            allowed = text | icons
        for c in set(chars):
            if c in '\n\t\r':
                continue
            if ord(c) not in allowed:
                missing.append(f'{path}: U+{ord(c):04X} {c!r} is not in the fonts')
    for line in sorted(missing):
        print(line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
