#!/usr/bin/env python3
"""Writes the single-file edition, jejak-offline.html, from a build folder:
    single_file.py OUT_DIR

One HTML file that opens by double-click (file://) with no network: the styles,
the scripts and app.js inlined, app.wasm embedded as base64 in a data block that
shell.js instantiates, the icon as a data URL. Its Content-Security-Policy lets
exactly these inline scripts and styles run (their SHA-256 hashes) and nothing
else.
"""
import base64
import hashlib
import os
import re
import sys

from offline_files import write_atomically


def sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main():
    out = sys.argv[1]
    read = lambda name: open(os.path.join(out, name), encoding="utf-8").read()
    page = read("index.html")
    scripts, styles = [], []

    def inline_script(match):
        code = read(match.group(1))
        if "</script" in code.lower():
            raise SystemExit(f"{match.group(1)} holds '</script': cannot be inlined")
        scripts.append(code)
        return "<script>" + code + "</script>"

    def inline_style(match):
        css = read(match.group(1))
        styles.append(css)
        return "<style>" + css + "</style>"

    page = re.sub(r'<script src="([\w.-]+\.js)"></script>', inline_script, page)
    page = re.sub(r'<link rel="stylesheet" href="([\w.-]+\.css)">', inline_style, page)
    icon = base64.b64encode(open(os.path.join(out, "icon.svg"), "rb").read()).decode()
    page = page.replace('href="icon.svg"', f'href="data:image/svg+xml;base64,{icon}"')
    # Nothing to install from a file: no manifest, no touch icon.
    page = re.sub(r'\s*<link rel="(manifest|apple-touch-icon)"[^>]*>', "", page)
    wasm = base64.b64encode(open(os.path.join(out, "app.wasm"), "rb").read()).decode()
    app = read("app.js")
    if "</script" in app.lower():
        raise SystemExit("app.js holds '</script': cannot be inlined")
    scripts.append(app)
    # The wasm as data (never run) before the scripts that look for it; app.js
    # last, after shell.js has set Module up.
    page = page.replace("<body>", f'<body>\n<script id="jejak-wasm" type="application/octet-stream">{wasm}</script>', 1)
    # Both languages' words, inline: there is nothing to fetch from a file:// page.
    for name in sorted(f for f in os.listdir(out) if re.fullmatch(r"words-[a-z]+\.json", f)):
        words = read(name)
        if "</script" in words.lower():
            raise SystemExit(f"{name} holds '</script': cannot be inlined")
        page = page.replace("<body>", f'<body>\n<script id="jejak-{name[:-5]}" type="application/json">{words}</script>', 1)
    page = page.replace("</body>", f"<script>{app}</script>\n</body>", 1)
    # The formats module (CSV, Markdown, Mermaid) the same way: its script defines
    # a factory and runs nothing; glue.js finds the wasm by this id.
    formats_js = read("formats.js")
    if "</script" in formats_js.lower():
        raise SystemExit("formats.js holds '</script': cannot be inlined")
    scripts.append(formats_js)
    formats_wasm = base64.b64encode(open(os.path.join(out, "formats.wasm"), "rb").read()).decode()
    page = page.replace("</body>", f'<script id="jejak-formats-wasm" type="application/octet-stream">{formats_wasm}</script>\n'
                        f"<script>{formats_js}</script>\n</body>", 1)
    csp = ("default-src 'none'; script-src " + " ".join(sha(s) for s in scripts) + " 'wasm-unsafe-eval'; "
           "style-src " + " ".join(sha(s) for s in styles) + "; img-src data: blob:; font-src 'none'; "
           "connect-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'")
    page, n = re.subn(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")', lambda m: m.group(1) + csp + m.group(2), page)
    if n != 1:
        raise SystemExit("index.html: no Content-Security-Policy to replace")
    write_atomically(os.path.join(out, "jejak-offline.html"), page)
    print(f"single file: jejak-offline.html, {len(page.encode()):,} bytes")


if __name__ == "__main__":
    main()
