#!/usr/bin/env python3
"""Writes what makes a build folder an offline app:
    offline_files.py SOURCE_ROOT OUT_DIR

- icon-192.png, icon-512.png and icon-maskable-512.png, rendered from
  assets/icons/jejak.svg with rsvg-convert (Debian's librsvg2-bin); the maskable
  one has the mark inside the 80 % safe circle on a full-bleed background;
- manifest.webmanifest, copied from web/;
- sw.js from web/sw.js, with the list of files the page needs (everything in
  OUT_DIR but sw.js itself and the single-file edition) and BUILD, a hash of
  their names and bytes, so that every build has its own cache.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

SKIP = {"sw.js", "jejak-offline.html"}


def write_atomically(path, text):
    """Writes text to path through a temporary file, so that a server never hands
    out half a file (single_file.py uses it too)."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def render(svg_text, size, out):
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", out],
                   input=svg_text.encode(), check=True)


def main():
    root, out = sys.argv[1], sys.argv[2]
    svg = open(os.path.join(root, "assets/icons/jejak.svg"), encoding="utf-8").read()
    render(svg, 192, os.path.join(out, "icon-192.png"))
    render(svg, 512, os.path.join(out, "icon-512.png"))
    inner = re.sub(r"^\s*<svg[^>]*>|</svg>\s*$", "", svg.strip())
    background = re.search(r'<rect[^>]*fill="(#[0-9a-fA-F]{6})"', svg).group(1)
    maskable = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
                f'<rect width="64" height="64" fill="{background}"/>'
                f'<g transform="translate(9.6 9.6) scale(0.7)">{inner}</g></svg>')
    render(maskable, 512, os.path.join(out, "icon-maskable-512.png"))
    shutil.copyfile(os.path.join(root, "web/manifest.webmanifest"), os.path.join(out, "manifest.webmanifest"))

    files = sorted(f for f in os.listdir(out) if os.path.isfile(os.path.join(out, f)) and f not in SKIP
                   and not f.endswith(".tmp"))
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0")
        with open(os.path.join(out, name), "rb") as f:
            digest.update(f.read())
    build = digest.hexdigest()[:16]
    sw = open(os.path.join(root, "web/sw.js"), encoding="utf-8").read()
    sw = sw.replace("'__JEJAK_BUILD__'", json.dumps(build)).replace("__JEJAK_FILES__", json.dumps(files))
    write_atomically(os.path.join(out, "sw.js"), sw)
    print(f"offline: build {build}, {len(files)} files")


if __name__ == "__main__":
    main()
