#!/usr/bin/env python3
"""Keeps src/ readable: no file over 500 lines, no function over 80 lines.

A function is a definition that starts at the first column (or one indent in,
inside a class) and ends at its closing brace; its length counts from the line
that opens its body to the line that closes it. Prints each file and function
over the limit and ends with "sizes: N passed, N failed" (one check per file).
"""
import pathlib
import re
import sys

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
ROOT = pathlib.Path(__file__).resolve().parents[2]
DECLARATION = re.compile(r'^( {0,4})[A-Za-z_~]')
NOT_A_FUNCTION = re.compile(r'^\s*(public:|private:|protected:)|^\s*(if|for|while|switch|else|do|catch|return|namespace|struct|class|enum|union|using|case|default)\b')


def long_functions(lines):
    """(first line, length, signature) of each function over the limit."""
    out = []
    i = 0
    while i < len(lines):
        m = DECLARATION.match(lines[i])
        if not m or NOT_A_FUNCTION.match(lines[i]):
            i += 1
            continue
        indent = m.group(1)
        # The signature may run over a few lines; it ends in "{" (a body) or ";".
        j, text = i, ''
        while j < len(lines) and j < i + 6:
            text += lines[j].strip() + ' '
            if lines[j].rstrip().endswith(('{', ';', '}')) or lines[j].strip() == '':
                break
            j += 1
        if j >= len(lines) or not lines[j].rstrip().endswith('{') or '(' not in text or '=' in text.split('(')[0]:
            i = j + 1
            continue
        close = indent + '}'
        k = j + 1
        while k < len(lines) and lines[k].rstrip() not in (close, close + ';'):
            k += 1
        length = k - i + 1
        if length > MAX_FUNCTION_LINES:
            out.append((i + 1, length, lines[i].strip()))
        i = k + 1
    return out


def main():
    passed = failed = 0
    for path in sorted((ROOT / 'src').rglob('*')):
        if path.suffix not in ('.cpp', '.h'):
            continue
        lines = path.read_text(encoding='utf-8').split('\n')
        problems = []
        if len(lines) - 1 > MAX_FILE_LINES:
            problems.append(f'{len(lines) - 1} lines (at most {MAX_FILE_LINES})')
        for line, length, head in long_functions(lines):
            problems.append(f'line {line}: a function of {length} lines (at most {MAX_FUNCTION_LINES}): {head[:70]}')
        rel = path.relative_to(ROOT)
        if problems:
            failed += 1
            for p in problems:
                print(f'{rel}: {p}')
        else:
            passed += 1
    print(f'sizes: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
