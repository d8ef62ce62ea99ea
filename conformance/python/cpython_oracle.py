#!/usr/bin/env python3
"""The oracle: CPython 3.11 with Unicode 14.0.0 (exactly the Python the goldens and the word rule's
tables came from) applying the talk's expression, as ../SPEC.md states it:

    Counter(re.findall(r'\\w+', text.lower()))

with text = a file's bytes decoded as strict UTF-8, and the answer in wordbench's order: count
descending, then word ascending by code point (Python compares str that way). Several files are
several texts: their Counters add up.

The one version check lives here (require_oracle); make_golden.py, make_word_rule_tables.py and the
Java tests' CPythonOracle all go through it.

Usage:
  cpython_oracle.py check            print what this python is; exit 0 if it is the oracle, else 3
  cpython_oracle.py expect MANIFEST  each MANIFEST line is OUT<TAB>N<TAB>FILE[<TAB>FILE...] (N: a
                                     number or 'all'); writes the top N of the files to OUT as
                                     word<TAB>count lines, or, when a file cannot be counted, one
                                     line to OUT.error: 'invalid-utf8<TAB>FILE-INDEX<TAB>BYTE-OFFSET'
                                     (CPython's UnicodeDecodeError.start) or 'missing<TAB>FILE-INDEX'
Exit status 3 means "this python3 is not the oracle": callers skip, saying why, rather than fail.
"""
import platform
import re
import sys
import unicodedata
from collections import Counter

IMPLEMENTATION = 'CPython'
VERSION = (3, 11)
UNICODE_VERSION = '14.0.0'
WRONG_PYTHON = 3


def this_python():
    return '%s %d.%d.%d with Unicode %s (%s)' % ((platform.python_implementation(),) + tuple(sys.version_info[:3])
                                                 + (unicodedata.unidata_version, sys.executable))


def is_oracle():
    return (platform.python_implementation() == IMPLEMENTATION and sys.version_info[:2] == VERSION
            and unicodedata.unidata_version == UNICODE_VERSION)


def require_oracle(script):
    """Exits with WRONG_PYTHON, saying why, unless this is the oracle."""
    if not is_oracle():
        sys.stderr.write('%s: the oracle is %s %d.%d with Unicode %s, this python3 is %s\n'
                         % ((script, IMPLEMENTATION) + VERSION + (UNICODE_VERSION, this_python())))
        sys.exit(WRONG_PYTHON)


def counts(path):
    """The talk's expression on one file."""
    with open(path, 'rb') as f:
        text = f.read().decode('utf-8')
    return Counter(re.findall(r'\w+', text.lower()))


def canonical(counter):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def write_tsv(path, entries):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for word, count in entries:
            f.write('%s\t%d\n' % (word, count))


def expect(manifest):
    with open(manifest, encoding='utf-8') as f:
        for line in f:
            out, n, *files = line.rstrip('\n').split('\t')
            total = Counter()
            error = None
            for index, path in enumerate(files):
                try:
                    total.update(counts(path))
                except FileNotFoundError:
                    error = 'missing\t%d' % index
                except UnicodeDecodeError as e:
                    error = 'invalid-utf8\t%d\t%d' % (index, e.start)
                if error:
                    break
            if error:
                with open(out + '.error', 'w', encoding='ascii', newline='\n') as e:
                    e.write(error + '\n')
            else:
                entries = canonical(total)
                write_tsv(out, entries if n == 'all' else entries[:int(n)])


def main(args):
    require_oracle('cpython_oracle.py')
    if args == ['check']:
        print(this_python())
    elif args[:1] == ['expect'] and len(args) == 2:
        expect(args[1])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
