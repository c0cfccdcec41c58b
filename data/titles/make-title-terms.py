#!/usr/bin/env python3
# make-title-terms.py — the compound terms a title is never broken inside
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads data/titles/terms.txt (one term a line; a line that starts with
# '#' is a comment, a blank line nothing; after a term, whitespace and '#'
# start a note, and a note "against titles-3.txt titles-4.txt: why" names
# the labelled sets whose acceptable breaks inside the term are overruled,
# where the judges disagree and the term holds for most of them) and either
#
#   make-title-terms.py TERMS.TXT OUTPUT.H
#       writes the terms as the items of a C array's initialiser, in the
#       file's order, for app/core/fy-title-terms.c to include: the
#       engine needs no file at run time.  A malformed term stops the
#       build.
#
#   make-title-terms.py --check TERMS.TXT TITLES...
#       checks every term: Han characters only (two or more), none
#       twice, and none whose inside holds a break that a labelled title
#       set (each acceptable break marked "|"; a folder stands for its
#       titles*.txt) marks acceptable: a term there would take that break
#       away from the judge who marked it.  A set a term's note names is
#       let through, and must hold such a break.  Prints each fault and
#       exits 1; exits 99 (an error to meson, not a failure) when a file
#       cannot be read.
#
#   make-title-terms.py --expect-fault WORDS TERMS.TXT TITLES...
#       the test of the check on a faulty list: exits 0 only when the
#       check finds faults and one of them says WORDS, 1 otherwise, and
#       so when the check itself breaks (a traceback exits 1 too).

import glob
import os
import re
import sys
import traceback


def is_han(term):
    return len(term) >= 2 and all('\u3400' <= ch <= '\u9fff' for ch in term)


def read_terms(path):
    """The terms of @path as (line number, term, the sets its note
    names), in the file's order."""
    terms = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if line.startswith('#') or line.strip() == '':
                continue
            term, note = re.match(r'(.*?)(?:\s+#\s*(.*))?$', line).groups()
            against = re.match(r'against ([^:]*):', note or '')
            terms.append((number, term, set(against.group(1).split()) if against else set()))
    return terms


def malformed(path, terms):
    faults = []
    seen = {}
    for number, term, _ in terms:
        if not is_han(term):
            faults.append('%s:%d: "%s" is not a term of two or more Han characters'
                          % (path, number, term))
        elif term in seen:
            faults.append('%s:%d: "%s" stands on line %d already' % (path, number, term, seen[term]))
        else:
            seen[term] = number
    return faults


def read_titles(path):
    """The titles of a labelled set as (line number, text, set of the
    character offsets marked acceptable)."""
    titles = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if line.startswith('#') or line == '':
                continue
            text, marks = [], set()
            for ch in line:
                if ch == '|':
                    marks.add(len(text))
                else:
                    text.append(ch)
            titles.append((number, ''.join(text), marks))
    return titles


def conflicts(path, terms, title_paths):
    faults = []
    where = {term: number for number, term, _ in terms}
    against = {term: names for _, term, names in terms}
    overruled = set()
    lengths = sorted({len(term) for term in where})
    for title_path in title_paths:
        name = os.path.basename(title_path)
        for number, text, marks in read_titles(title_path):
            for start in range(len(text)):
                for n in lengths:
                    term = text[start:start + n]
                    if len(term) < n or term not in where:
                        continue
                    inside = sorted(m for m in marks if start < m < start + n)
                    if inside and name in against[term]:
                        overruled.add((term, name))
                    elif inside:
                        cut = ''.join(('|' if i in inside else '') + ch
                                      for i, ch in enumerate(term, start))
                        faults.append('%s:%d: "%s" holds the acceptable break %s of %s:%d'
                                      % (path, where[term], term, cut, title_path, number))
    checked = {os.path.basename(p) for p in title_paths}
    for _, term, names in terms:
        for name in sorted(names & checked):
            if (term, name) not in overruled:
                faults.append('%s:%d: "%s" holds no acceptable break of %s its note names'
                              % (path, where[term], term, name))
    return faults


def write_table(terms, output):
    with open(output, 'w', encoding='utf-8') as out:
        out.write('/* Made by data/titles/make-title-terms.py from data/titles/terms.txt */\n')
        for _, term, _ in terms:
            out.write('"%s",\n' % term)


def title_sets(args):
    paths = []
    for arg in args:
        if os.path.isdir(arg):
            paths += sorted(glob.glob(os.path.join(arg, 'titles*.txt')))
        else:
            paths.append(arg)
    return paths


def find_faults(path, args):
    terms = read_terms(path)
    sets = title_sets(args)
    if not terms or not sets:
        sys.exit('no terms in %s or no labelled titles in %s' % (path, ' '.join(args)))
    faults = malformed(path, terms) + conflicts(path, terms, sets)
    for fault in faults:
        print(fault)
    print('%d terms, %d labelled sets, %d faults' % (len(terms), len(sets), len(faults)))
    return faults


def check(path, args):
    return 1 if find_faults(path, args) else 0


def expect_fault(words, path, args):
    expected = [fault for fault in find_faults(path, args) if words in fault]
    print('%d of them say "%s"' % (len(expected), words))
    return 0 if expected else 1


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == '--check':
        # 1 is the faults found; anything else going wrong in the check
        # itself (a file not read, a bug raising) is 99, meson's error,
        # so that the faulty lists' expected failures cannot pass on it
        try:
            status = check(sys.argv[2], sys.argv[3:])
        except (Exception, SystemExit):
            traceback.print_exc()
            status = 99
        sys.exit(status)
    if len(sys.argv) >= 5 and sys.argv[1] == '--expect-fault':
        sys.exit(expect_fault(sys.argv[2], sys.argv[3], sys.argv[4:]))
    if len(sys.argv) != 3:
        sys.exit('usage: make-title-terms.py TERMS.TXT OUTPUT.H | --check TERMS.TXT TITLES.TXT...'
                 ' | --expect-fault WORDS TERMS.TXT TITLES.TXT...')
    terms = read_terms(sys.argv[1])
    faults = malformed(sys.argv[1], terms)
    if faults or not terms:
        sys.exit('\n'.join(faults) or 'no terms in ' + sys.argv[1])
    write_table(terms, sys.argv[2])


if __name__ == '__main__':
    main()
