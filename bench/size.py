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
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402  (make_input, pages)

FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
# ~4 and ~70 pages (the goals: 4 pages <= 150 KB, 73 pages <= 400 KB)
COPIES = [1, 20]


def embedded_fonts(pdf):
    """(font name, glyphs, compressed bytes) of every embedded font file.
    Cairo writes object dictionaries uncompressed and without object
    streams, so the font descriptors and stream lengths can be read
    directly."""
    data = open(pdf, "rb").read()
    objects = {int(m.group(1)): m.group(2)
               for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}

    def value(number):
        body = objects.get(number, b"").strip()
        return int(body) if body.isdigit() else None

    fonts = []
    for body in objects.values():
        if b"/Type /FontDescriptor" not in body:
            continue
        name = re.search(rb"/FontName /(\S+)", body).group(1).decode()
        ref = re.search(rb"/FontFile\d? (\d+) 0 R", body)
        if ref is None:
            continue
        stream = objects[int(ref.group(1))]
        length = re.search(rb"/Length (\d+)( 0 R)?", stream)
        size = value(int(length.group(1))) if length.group(2) else int(length.group(1))
        fonts.append((name.split("+", 1)[-1], size))
    return sorted(fonts, key=lambda f: -f[1])


def measure(cli, md, pdf, env):
    result = subprocess.run([cli, "render", md, "-o", pdf], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit("bench: fayan-cli failed:\n%s" % result.stderr.decode(errors="replace"))
    return os.path.getsize(pdf), render.pages(pdf), embedded_fonts(pdf)


def main():
    cli, seed, work, suite_conf = sys.argv[1:5]
    setups = [("suite fonts (Noto CJK)", {"FONTCONFIG_FILE": suite_conf, "FAYAN_FONT_FOLDERS": ""})]
    if os.path.isdir(FANDOL):
        setups.append(("suite fonts + Fandol", {"FONTCONFIG_FILE": suite_conf,
                                                "FAYAN_FONT_FOLDERS": FANDOL}))
    setups.append(("this machine's fonts", {}))

    print("%-24s %6s %6s %9s %8s  %s" % ("fonts", "copies", "pages", "KiB", "KiB/p",
                                         "embedded fonts, KiB (compressed)"))
    for label, extra in setups:
        env = dict(os.environ, **extra)
        for copies in COPIES:
            md = os.path.join(work, "size-%d.md" % copies)
            pdf = os.path.join(work, "size-%d.pdf" % copies)
            render.make_input(seed, copies, md)
            size, n_pages, fonts = measure(cli, md, pdf, env)
            listed = ", ".join("%s %.1f" % (name, b / 1024) for name, b in fonts if b >= 1024)
            print("%-24s %6d %6d %9.1f %8.1f  %s" % (label, copies, n_pages, size / 1024,
                                                     size / 1024 / n_pages, listed))


if __name__ == "__main__":
    main()
