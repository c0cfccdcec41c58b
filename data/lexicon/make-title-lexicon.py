#!/usr/bin/env python3
# make-title-lexicon.py — the word list the title breaker segments with
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads jieba's dictionary (Debian's python3-jieba: "word freq tag" a
# line, MIT licence) and writes the Han words of it, sorted by their UTF-8
# bytes, in the layout app/core/fy-title-lexicon.c maps:
#
#   "FYTLEX01"  uint32 count  uint32 blob_size  (little endian)
#   uint32 offset[count]      where each record starts in the blob
#   blob: word NUL tag NUL cost   (cost: one byte, -10 ln(freq / total))
#
# Usage: make-title-lexicon.py DICT.TXT OUTPUT

import math
import struct
import sys


# Words of jieba's left out: a project's head and what is done to it
# (工程建设, 工程进度, 工程施工), which jieba reads as one word after the
# project's name (……改造|工程建设|进展).  The title breaker then sees the
# head 工程 close the project's name (……改造工程|建设进展, a head of
# fy-title-terms.c): the labelled sets mark the break after 工程 7 of
# the 8 times and the one before it none.
LEFT_OUT = {'工程建设', '工程进度', '工程施工'}


def is_han(word):
    return all('\u3400' <= ch <= '\u9fff' for ch in word)


def main():
    source, output = sys.argv[1], sys.argv[2]
    words = {}
    total = 0
    with open(source, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            total += freq
            if is_han(word) and freq > 0 and len(tag) < 8 and word not in LEFT_OUT:
                words[word.encode('utf-8')] = (freq, tag)
    if not words or total <= 0:
        sys.exit('no words in ' + source)
    blob = bytearray()
    offsets = []
    for key in sorted(words):
        freq, tag = words[key]
        cost = min(255, max(0, round(-10 * math.log(freq / total))))
        offsets.append(len(blob))
        blob += key + b'\0' + tag.encode('ascii') + b'\0' + bytes([cost])
    with open(output, 'wb') as out:
        out.write(b'FYTLEX01')
        out.write(struct.pack('<II', len(offsets), len(blob)))
        out.write(struct.pack('<%dI' % len(offsets), *offsets))
        out.write(blob)


if __name__ == '__main__':
    main()
