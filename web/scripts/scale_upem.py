#!/usr/bin/python3
"""Scales a font's units per em (fontTools.ttLib.scaleUpem, Debian's fonttools):
    scale_upem.py FONT.ttf UNITS

Fewer units per em give smaller outline coordinates, which TrueType stores in
one byte more often: a smaller download (Noto Sans at 256 units instead of
1,000: 1.8 KB gzip less per face; Font Awesome's 1,792: 1.6 KB). A point moves
by at most half a unit, 0.2 px at 100 px, the largest text Jejak draws (a 4x
export of the presentation's 26 px stage names); antialiasing blurs more.
"""
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem


def main():
    path, units = sys.argv[1], int(sys.argv[2])
    font = TTFont(path)
    scale_upem(font, units)
    font.save(path)


if __name__ == "__main__":
    main()
