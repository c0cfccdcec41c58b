#!/usr/bin/env python3
# size.py — PDF size per page, and what each embedded font costs
#
# Usage: size.py FAYAN_CLI SEED.md WORKDIR SUITE_FONTS_CONF
# Called by build-aux/bench size; bench/README.md describes the method.
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import struct
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402  (make_input, pages)

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
# ~4 and ~70 pages (the goals: 4 pages <= 150 KB, 73 pages <= 400 KB)
COPIES = [1, 20]


def pdf_objects(pdf):
    """Object number → (dictionary, decoded stream or None, stored stream
    bytes).  Cairo writes object dictionaries uncompressed and without
    object streams, so they can be read directly."""
    data = open(pdf, "rb").read()
    bodies = {int(m.group(1)): m.group(2)
              for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}
    objects = {}
    for number, body in bodies.items():
        start = body.find(b"stream")
        if start < 0:
            objects[number] = (body, None, 0)
            continue
        head = body[:start]
        length = re.search(rb"/Length (\d+)( 0 R)?", head)
        size = int(length.group(1))
        if length.group(2):
            size = int(bodies[size].strip())
        start += 6
        start += 2 if body[start:start + 2] == b"\r\n" else 1
        raw = body[start:start + size]
        objects[number] = (head, zlib.decompress(raw) if b"/FlateDecode" in head else raw, size)
    return len(data), objects


def cff_glyphs(cff):
    """Glyph count and charstring bytes of a bare CFF font (FontFile3)."""
    def index(offset):
        count = struct.unpack(">H", cff[offset:offset + 2])[0]
        if count == 0:
            return [], offset + 2
        size = cff[offset + 2]
        ends = [int.from_bytes(cff[offset + 3 + i * size:offset + 3 + (i + 1) * size], "big")
                for i in range(count + 1)]
        base = offset + 2 + (count + 1) * size
        return [cff[base + ends[i]:base + ends[i + 1]] for i in range(count)], base + ends[-1]

    _, offset = index(cff[2])            # Name INDEX
    tops, _ = index(offset)              # Top DICT INDEX
    top, i, operands = tops[0], 0, []
    while i < len(top):                  # find CharStrings (operator 17)
        b = top[i]
        if b == 17:
            break
        if b == 28:
            operands.append(struct.unpack(">h", top[i + 1:i + 3])[0]); i += 3
        elif b == 29:
            operands.append(struct.unpack(">i", top[i + 1:i + 5])[0]); i += 5
        elif b == 30:
            i += 1
            while not ((top[i] & 15) == 15 or (top[i] >> 4) == 15):
                i += 1
            i += 1; operands.append(0)
        elif 32 <= b <= 246:
            operands.append(b - 139); i += 1
        elif 247 <= b <= 250:
            operands.append((b - 247) * 256 + top[i + 1] + 108); i += 2
        elif 251 <= b <= 254:
            operands.append(-(b - 251) * 256 - top[i + 1] - 108); i += 2
        else:
            operands = []; i += 2 if b == 12 else 1
    charstrings, _ = index(operands[-1])
    return len(charstrings), sum(map(len, charstrings))


def embedded_fonts(objects):
    """(font name, glyphs, compressed bytes, outline bytes) of every
    embedded font file; glyphs and outline bytes for CFF only."""
    fonts = []
    for head, _, _ in objects.values():
        if b"/Type /FontDescriptor" not in head:
            continue
        name = re.search(rb"/FontName /(\S+)", head).group(1).decode()
        ref = re.search(rb"/FontFile(\d?) (\d+) 0 R", head)
        if ref is None:
            continue
        _, decoded, stored = objects[int(ref.group(2))]
        glyphs, outlines = cff_glyphs(decoded) if ref.group(1) == b"3" else (0, 0)
        fonts.append((name.split("+", 1)[-1], glyphs, stored, outlines))
    return sorted(fonts, key=lambda f: -f[2])


def breakdown(objects):
    """Stored bytes of font files, page content streams and the rest."""
    fonts = content = 0
    contents = set()
    for head, _, _ in objects.values():
        contents.update(int(n) for n in re.findall(rb"/Contents (\d+) 0 R", head))
    for number, (head, decoded, stored) in objects.items():
        if decoded is None:
            continue
        if number in contents:
            content += stored
        elif re.search(rb"/Subtype /(CIDFontType0C|Type1C|OpenType)|/Length1 ", head):
            fonts += stored
    return fonts, content


def measure(cli, md, pdf, env):
    result = subprocess.run([cli, "render", md, "-o", pdf], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit("bench: fayan-cli failed:\n%s" % result.stderr.decode(errors="replace"))
    size, objects = pdf_objects(pdf)
    return size, render.pages(pdf), objects


def main():
    cli, seed, work, suite_conf = sys.argv[1:5]
    setups = [("suite fonts (Noto CJK)", {"FONTCONFIG_FILE": suite_conf, "FAYAN_FONT_FOLDERS": ""})]
    if os.path.isdir(FANDOL):
        setups.append(("suite fonts + Fandol", {"FONTCONFIG_FILE": suite_conf,
                                                "FAYAN_FONT_FOLDERS": FANDOL}))
    setups.append(("this machine's fonts", {}))

    print("%-24s %6s %6s %9s %8s %7s %7s %7s" % ("fonts", "copies", "pages", "KiB", "KiB/p",
                                                "fonts", "content", "other"))
    for label, extra in setups:
        env = dict(os.environ, **extra)
        for copies in COPIES:
            md = os.path.join(work, "size-%d.md" % copies)
            pdf = os.path.join(work, "size-%d.pdf" % copies)
            render.make_input(seed, copies, md)
            size, n_pages, objects = measure(cli, md, pdf, env)
            fonts, content = breakdown(objects)
            print("%-24s %6d %6d %9.1f %8.1f %7.1f %7.1f %7.1f" % (
                label, copies, n_pages, size / 1024, size / 1024 / n_pages, fonts / 1024,
                content / 1024, (size - fonts - content) / 1024))
            for name, glyphs, stored, outlines in embedded_fonts(objects):
                if stored < 1024:
                    continue
                per_glyph = (" %4d glyphs, %3d B/glyph stored, %3d B/glyph of charstrings"
                             % (glyphs, stored / glyphs, outlines / glyphs)) if glyphs else ""
                print("%-24s %-30s %7.1f KiB%s" % ("", name, stored / 1024, per_glyph))


if __name__ == "__main__":
    main()
