#!/usr/bin/env python3
"""Writes the conformance fixtures' goldens with the oracle (cpython_oracle.py: CPython 3.11 with
Unicode 14.0.0 applying the talk's expression; ../SPEC.md states the rule).

Golden files are `word<TAB>count` lines, UTF-8, LF. Fixture goldens are COMPLETE lists (every
distinct word, N = all), so nothing is hidden and the sum for several fixtures follows from them;
the script refuses a fixture with more than FIXTURE_N_MAX distinct words, so a strategy asked for
the top FIXTURE_N_MAX returns the whole list.

Usage (from anywhere; paths are found from this file):
  make_golden.py    regenerate the generated fixtures and every golden:
                      conformance/fixtures/<name>.expected.tsv for each fixtures/<name>.txt,
                      conformance/big.txt.top50.expected.tsv (needs data/big.txt),
                      conformance/invalid-utf8/<case>.bin and offsets.tsv
Exit status 3 means "not the oracle's Python" (see cpython_oracle.py).
"""
import hashlib
import os
import sys

from cpython_oracle import canonical, counts, require_oracle, write_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.dirname(HERE)
ROOT = os.path.dirname(CONFORMANCE)
FIXTURES = os.path.join(CONFORMANCE, 'fixtures')
INVALID = os.path.join(CONFORMANCE, 'invalid-utf8')
BIG_TXT = os.path.join(ROOT, 'data', 'big.txt')
BIG_TXT_N = 50
FIXTURE_N_MAX = 1000

LONG_WORD_LENGTH = 100000
# Mixed case, digits, an underscore, a two-byte and a four-byte letter: one \w run all the same.
LONG_WORD_UNIT = 'Long_Word_0123456789\u00e9\U00020000'

# Invalid UTF-8, one kind per case; the expected offset is what CPython says (UnicodeDecodeError.start).
INVALID_CASES = {
    'lone-continuation': b'abc \x80 def',
    'overlong-two-byte': b'ab \xc0\xaf cd',
    'overlong-three-byte': b'x\xe0\x80\xafy',
    'encoded-surrogate': b'before \xed\xa0\x80 after',
    'encoded-surrogate-pair': b'\xed\xa0\xbd\xed\xb8\x80',
    'truncated-at-eof': b'ends with \xe2\x82',
    'truncated-four-byte-at-eof': b'x \xf0\x9f\x98',
    'above-u10ffff': b'big \xf4\x90\x80\x80',
    'f5-lead-byte': b'\xf5\x80\x80\x80 x',
    'ff-byte': b'a\xffb',
    'lead-without-continuation': b'ok \xc3( no',
    'after-multibyte-text': '\u0391\u03a3 \u00e9 \U00020000 '.encode('utf-8') + b'\xe2\x28\xa1',
    # Past 64 KiB, after a valid three-byte character that straddles the 64 KiB boundary:
    # catches chunked readers that restart their offset or split a sequence.
    'late-after-chunk-boundary': b'a' * 65535 + '\u20ac'.encode('utf-8') + b' ok \xe2\x82\x28',
}










def write_long_word_fixture():
    units = LONG_WORD_LENGTH // len(LONG_WORD_UNIT) + 1
    word = (LONG_WORD_UNIT * units)[:LONG_WORD_LENGTH]
    text = 'One word of %d characters follows: %s\nand the same word lowercased: %s\n' % (
        LONG_WORD_LENGTH, word, word.lower())
    with open(os.path.join(FIXTURES, 'long-word.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def write_fixture_goldens():
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith('.txt'):
            continue
        entries = canonical(counts(os.path.join(FIXTURES, name)))
        if len(entries) > FIXTURE_N_MAX:
            sys.exit('make_golden.py: %s has %d distinct words, more than %d: its golden would not be complete'
                     % (name, len(entries), FIXTURE_N_MAX))
        write_tsv(os.path.join(FIXTURES, name[:-len('.txt')] + '.expected.tsv'), entries)
        print('%-32s %4d words' % (name, len(entries)))


def write_big_txt_golden():
    if not os.path.isfile(BIG_TXT):
        print('data/big.txt is absent: big.txt.top50.expected.tsv left as it is')
        return
    with open(BIG_TXT + '.sha256') as f:
        expected = f.read().split()[0]
    with open(BIG_TXT, 'rb') as f:
        actual = hashlib.sha256(f.read()).hexdigest()
    if actual != expected:
        sys.exit('make_golden.py: data/big.txt has sha256 %s, expected %s' % (actual, expected))
    write_tsv(os.path.join(CONFORMANCE, 'big.txt.top%d.expected.tsv' % BIG_TXT_N),
              canonical(counts(BIG_TXT))[:BIG_TXT_N])


def write_invalid_utf8_cases():
    os.makedirs(INVALID, exist_ok=True)
    with open(os.path.join(INVALID, 'offsets.tsv'), 'w', encoding='ascii', newline='\n') as offsets:
        for name, data in INVALID_CASES.items():
            try:
                data.decode('utf-8')
                sys.exit('make_golden.py: invalid-utf8 case %s decodes fine' % name)
            except UnicodeDecodeError as e:
                offsets.write('%s\t%d\n' % (name, e.start))
            with open(os.path.join(INVALID, name + '.bin'), 'wb') as f:
                f.write(data)




def main(args):
    require_oracle('make_golden.py')
    if not args:
        write_long_word_fixture()
        write_fixture_goldens()
        write_big_txt_golden()
        write_invalid_utf8_cases()
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
