#!/usr/bin/env python3
# render.py — fayan-cli render against the Pango + Cairo floor, interleaved
#
# Usage: render.py compare FAYAN_CLI FLOOR FONTS_TOOL SEED.md WORKDIR [PAIRS]
#        render.py input SEED.md COPIES OUT.md
# Called by build-aux/bench; bench/README.md describes the method.
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import statistics
import subprocess
import sys

# Copies of the seed's body: about 4, 70, 360 and 1 100 pages.
SIZES = [1, 20, 105, 322]


def make_input(seed, copies, path):
    """The title once, then the body `copies` times.  Every paragraph of
    copy k ends with the marker （k）, which adds no Han character but
    makes each paragraph unique, so no layout cache can skip shaping."""
    with open(seed, encoding="utf-8") as f:
        title, body = f.read().split("\n", 1)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    with open(path, "w", encoding="utf-8") as out:
        out.write(title + "\n\n")
        for k in range(1, copies + 1):
            for p in paragraphs:
                out.write("%s（%d）\n\n" % (p, k))


def run(work, argv):
    """Wall seconds and peak RSS (KiB) of one fresh process."""
    timing = os.path.join(work, "time")
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing] + argv,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit("bench: %s failed:\n%s" % (argv[0], result.stderr.decode(errors="replace")))
    seconds, kib = open(timing).read().split()[-2:]
    return float(seconds), int(kib)


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def role_fonts(fonts_tool):
    lines = subprocess.run([fonts_tool], capture_output=True, text=True, check=True).stdout
    roles = dict(line.split("\t") for line in lines.splitlines())
    return [roles["小标宋"], roles["仿宋"], roles["黑体"], roles["宋体"]]


def compare(cli, floor, fonts_tool, seed, work, pairs):
    fonts = role_fonts(fonts_tool)
    print("floor faces: title %s, body %s, lead %s, page numbers %s" % tuple(fonts))
    print("%d interleaved pairs per size, order alternating; medians" % pairs)
    print("load average at the start: %.1f %.1f %.1f (2 cores: above 2, ratios are noisier)"
          % os.getloadavg())
    print()
    header = ("%-7s %6s %6s %9s %9s %6s %9s %9s %6s %9s %9s"
              % ("size", "pages", "floor", "fayan ms", "floor ms", "ratio",
                 "fayan MiB", "floor MiB", "ratio", "fayan KiB/p", "floor KiB/p"))
    print(header)
    for copies in SIZES:
        md = os.path.join(work, "in-%d.md" % copies)
        make_input(seed, copies, md)
        ours = os.path.join(work, "fayan-%d.pdf" % copies)
        theirs = os.path.join(work, "floor-%d.pdf" % copies)
        fayan_cmd = [cli, "render", md, "-o", ours]
        floor_cmd = [floor, md, theirs] + fonts
        t_ratio, m_ratio, f_t, g_t, f_m, g_m = [], [], [], [], [], []
        for i in range(pairs):
            if i % 2 == 0:
                a, b = run(work, fayan_cmd), run(work, floor_cmd)
            else:
                b, a = run(work, floor_cmd), run(work, fayan_cmd)
            f_t.append(a[0]); g_t.append(b[0]); f_m.append(a[1]); g_m.append(b[1])
            t_ratio.append(a[0] / b[0])
            m_ratio.append(a[1] / b[1])
        fp, gp = pages(ours), pages(theirs)
        print("%-7s %6d %6d %9.0f %9.0f %6.2f %9.1f %9.1f %6.2f %9.1f %9.1f"
              % ("x%d" % copies, fp, gp,
                 statistics.median(f_t) * 1000, statistics.median(g_t) * 1000,
                 statistics.median(t_ratio),
                 statistics.median(f_m) / 1024, statistics.median(g_m) / 1024,
                 statistics.median(m_ratio),
                 os.path.getsize(ours) / 1024 / fp, os.path.getsize(theirs) / 1024 / gp))
        sys.stdout.flush()

    # The fixed cost: an empty document (the title alone) against the floor's.
    empty = os.path.join(work, "empty.md")
    with open(empty, "w", encoding="utf-8") as f:
        f.write("# 空白\n")
    e_ratio, e_f, e_g = [], [], []
    fayan_cmd = [cli, "render", empty, "-o", os.path.join(work, "empty.pdf")]
    floor_cmd = [floor, empty, os.path.join(work, "empty-floor.pdf")] + fonts
    for i in range(pairs):
        if i % 2 == 0:
            a, b = run(work, fayan_cmd), run(work, floor_cmd)
        else:
            b, a = run(work, floor_cmd), run(work, fayan_cmd)
        e_f.append(a[0]); e_g.append(b[0]); e_ratio.append(a[0] / b[0])
    print()
    print("empty document: fayan %.0f ms, floor %.0f ms, ratio %.2f"
          % (statistics.median(e_f) * 1000, statistics.median(e_g) * 1000,
             statistics.median(e_ratio)))
    print("load average at the end: %.1f %.1f %.1f" % os.getloadavg())


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "input":
        make_input(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) in (7, 8) and sys.argv[1] == "compare":
        compare(*sys.argv[2:7], int(sys.argv[7]) if len(sys.argv) == 8 else 5)
    else:
        sys.exit(__doc__ or "usage: see the head of render.py")
