# The talk's word count, run by Jython 2.7 inside the JVM:
#
#     Counter(re.findall(r'\w+', text.lower())).most_common(n)
#
# Pure ASCII text takes exactly that line (on the bytes, as the talk's Python 2 did). Anything
# else needs CPython 3.11's rule, which Jython 2.7 does not have: its unicode.lower() and \w are
# Java's (another Unicode version), and its unicode strings compare by UTF-16 unit. So for
# non-ASCII text the lowercase mapping and the \w class come from CPython's own tables
# (wordbench/spi/python-word-rule.txt, handed over by JythonCounter through load_word_rule).
import bisect
import heapq
import re
from collections import Counter

ASCII_WORD = re.compile(r'\w+')

CAPITAL_SIGMA = u'\u03a3'
SMALL_SIGMA = u'\u03c3'
FINAL_SIGMA = u'\u03c2'

# Filled by load_word_rule: {code point: lowercase}, the \w+ pattern, and the Cased and
# Case_Ignorable ranges (as parallel lists of range starts and ends) the final sigma rule reads.
LOWER = {}
WORD_RUN = None
CASED = ([], [])
IGNORABLE = ([], [])


class InvalidUtf8(Exception):
    """File number `index` of the call is not UTF-8 from byte `start` on (UnicodeDecodeError.start)."""
    def __init__(self, index, start):
        Exception.__init__(self, index, start)
        self.index = index
        self.start = start


class ReadFailed(Exception):
    """File number `index` of the call could not be read (errno, strerror from the IOError)."""
    def __init__(self, index, errno, strerror):
        Exception.__init__(self, index, errno, strerror)
        self.index = index
        self.errno = errno
        self.strerror = strerror


def load_word_rule(table_text):
    """Reads python-word-rule.txt: 'word|cased|ignorable FIRST LAST' ranges and 'lower CP MAPPED...'."""
    global WORD_RUN
    ranges = {'word': [], 'cased': CASED, 'ignorable': IGNORABLE}
    word = ranges['word']
    for line in table_text.splitlines():
        if not line or line.startswith('#'):
            continue
        fields = line.split()
        if fields[0] == 'lower':
            LOWER[int(fields[1], 16)] = u''.join(unichr(int(f, 16)) for f in fields[2:])
        elif fields[0] == 'word':
            word.append((int(fields[1], 16), int(fields[2], 16)))
        else:
            starts, ends = ranges[fields[0]]
            starts.append(int(fields[1], 16))
            ends.append(int(fields[2], 16))
    # Literal characters in the class (sre has no \U escape); none of ] \ ^ - is a word character,
    # but escape them anyway so the class cannot be misread.
    WORD_RUN = re.compile(u'[%s]+' % u''.join(class_range(a, b) for a, b in word), re.UNICODE)


def class_range(first, last):
    if first == last:
        return class_char(first)
    return class_char(first) + u'-' + class_char(last)


def class_char(cp):
    ch = unichr(cp)
    return u'\\' + ch if ch in u']\\^-[' else ch


def in_ranges(table, cp):
    starts, ends = table
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]


def is_final_sigma(text, i):
    """CPython's Final_Sigma test for the capital sigma at text[i] (indices are code points in Jython)."""
    j = i - 1
    while j >= 0 and in_ranges(IGNORABLE, ord(text[j])):
        j -= 1
    if j < 0 or not in_ranges(CASED, ord(text[j])):
        return False
    j = i + 1
    while j < len(text) and in_ranges(IGNORABLE, ord(text[j])):
        j += 1
    return j == len(text) or not in_ranges(CASED, ord(text[j]))


def lower(text):
    """CPython 3.11's str.lower(): each capital sigma by its context, every other character by the table."""
    if CAPITAL_SIGMA in text:
        parts = []
        start = 0
        i = text.find(CAPITAL_SIGMA)
        while i >= 0:
            parts.append(text[start:i])
            parts.append(FINAL_SIGMA if is_final_sigma(text, i) else SMALL_SIGMA)
            start = i + 1
            i = text.find(CAPITAL_SIGMA, start)
        parts.append(text[start:])
        text = u''.join(parts)
    return text.translate(LOWER)


def open_by_name(path):
    return open(path, 'rb')


def words(index, path, open_file):
    try:
        with open_file(path) as fp:
            data = fp.read()
    except IOError as e:
        raise ReadFailed(index, e.errno, e.strerror)
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        raise InvalidUtf8(index, e.start)
    if len(text) == len(data):
        # Pure ASCII: the talk's line as it was.
        return ASCII_WORD.findall(data.lower())
    return WORD_RUN.findall(lower(text))


def canonical(item):
    # Count descending, then word by code point. Jython compares unicode by UTF-16 unit, which puts
    # U+FFxx after supplementary characters; UTF-8 bytes compare in code point order.
    word, count = item
    if isinstance(word, unicode):
        word = word.encode('utf-8')
    return -count, word


def top_words(paths, n, open_file=open_by_name):
    # open_file(path) gives a binary file or raises IOError. JythonCounter passes its own: Jython's
    # open() takes a name as text, and a file name that is not text (bad\xffname.txt) has none.
    counts = Counter()
    for index, path in enumerate(paths):
        counts.update(words(index, path, open_file))
    # Not most_common(n): its ties come out in insertion order.
    return heapq.nsmallest(n, counts.iteritems(), key=canonical)
