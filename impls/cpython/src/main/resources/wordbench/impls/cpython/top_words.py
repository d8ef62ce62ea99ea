# The talk's word count, as CPython 3.11 runs it:
#
#     Counter(re.findall(r'\w+', text.lower()))
#
# with the answer in wordbench's order (count descending, then word by code point; most_common
# breaks ties by insertion order, so it is not used). The file is read and decoded here, strictly:
# reading is part of the job, and invalid UTF-8 is an error at CPython's own offset.
#
# The same file runs in two interpreters: CPython 3.11 (the cpython worker, wordbench's oracle)
# and GraalPy inside the JVM. GraalPy speaks a newer Unicode than CPython 3.11's 14.0.0, so its
# lower() and \w disagree on the newer characters; for it, the host hands over CPython's own
# tables (wordbench/spi/python-word-rule.txt) through use_word_rule, and text that is not pure
# ASCII is lowered and matched with them. Pure ASCII takes the talk's line in every interpreter.
import bisect
import heapq
import re
import unicodedata
from collections import Counter

CPYTHON_UNICODE = '14.0.0'
TALK_WORD = re.compile(r'\w+')

CAPITAL_SIGMA = '\u03a3'
SMALL_SIGMA = '\u03c3'
FINAL_SIGMA = '\u03c2'


class InvalidUtf8(Exception):
    """File number `index` of the call is not UTF-8 from byte `start` on (UnicodeDecodeError.start)."""
    def __init__(self, index, start):
        super().__init__(index, start)
        self.index = index
        self.start = start


class ReadFailed(Exception):
    """File number `index` of the call could not be read (errno and strerror of the OSError)."""
    def __init__(self, index, errno, strerror):
        super().__init__(index, errno, strerror)
        self.index = index
        self.errno = errno
        self.strerror = strerror


def talk_words(text):
    """The talk's expression, for an interpreter with CPython 3.11's Unicode (or pure ASCII text)."""
    return TALK_WORD.findall(text.lower())


class TableRule:
    """CPython 3.11's lower() and \\w from its own tables, for interpreters with another Unicode."""

    def __init__(self, table_text):
        self.lower_map = {}
        word, self.cased, self.ignorable = [], ([], []), ([], [])
        for line in table_text.splitlines():
            if not line or line.startswith('#'):
                continue
            fields = line.split()
            if fields[0] == 'lower':
                self.lower_map[int(fields[1], 16)] = ''.join(chr(int(f, 16)) for f in fields[2:])
            elif fields[0] == 'word':
                word.append((int(fields[1], 16), int(fields[2], 16)))
            else:
                starts, ends = self.cased if fields[0] == 'cased' else self.ignorable
                starts.append(int(fields[1], 16))
                ends.append(int(fields[2], 16))
        # Every word character spelled out as a literal range: the interpreter's own \w never decides.
        self.word_run = re.compile('[%s]+' % ''.join(_class_range(a, b) for a, b in word))

    def words(self, text):
        if text.isascii():
            return talk_words(text)
        return self.word_run.findall(self.lower(text))

    def lower(self, text):
        """str.lower() as CPython 3.11: the capital sigma by its context, everything else by the table."""
        if CAPITAL_SIGMA in text:
            parts = []
            start = 0
            i = text.find(CAPITAL_SIGMA)
            while i >= 0:
                parts.append(text[start:i])
                parts.append(FINAL_SIGMA if self._final_sigma(text, i) else SMALL_SIGMA)
                start = i + 1
                i = text.find(CAPITAL_SIGMA, start)
            parts.append(text[start:])
            text = ''.join(parts)
        return text.translate(self.lower_map)

    def _final_sigma(self, text, i):
        """Unicode's Final_Sigma condition, which CPython's lower() applies to the capital sigma at text[i]."""
        j = i - 1
        while j >= 0 and _in_ranges(self.ignorable, ord(text[j])):
            j -= 1
        if j < 0 or not _in_ranges(self.cased, ord(text[j])):
            return False
        j = i + 1
        while j < len(text) and _in_ranges(self.ignorable, ord(text[j])):
            j += 1
        return j == len(text) or not _in_ranges(self.cased, ord(text[j]))


def _class_range(first, last):
    return re.escape(chr(first)) if first == last else re.escape(chr(first)) + '-' + re.escape(chr(last))


def _in_ranges(table, cp):
    starts, ends = table
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]


# This interpreter's words(text): the talk's line when its Unicode is CPython 3.11's; otherwise
# nothing until the host calls use_word_rule (counting refuses rather than answer by another rule).
_words = talk_words if unicodedata.unidata_version == CPYTHON_UNICODE else None


def use_word_rule(table_text):
    """Count with CPython 3.11's tables (python-word-rule.txt) instead of this interpreter's Unicode."""
    global _words
    _words = TableRule(table_text).words


def read_text(index, path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError as e:
        raise ReadFailed(index, e.errno, e.strerror)
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as e:
        raise InvalidUtf8(index, e.start)


def canonical(item):
    word, count = item
    return -count, word


def top_words(paths, n):
    """The n most common words of the files (paths as bytes or str), as (word, count) pairs."""
    if _words is None:
        raise RuntimeError('Unicode %s is not CPython 3.11\'s %s: call use_word_rule first'
                           % (unicodedata.unidata_version, CPYTHON_UNICODE))
    counts = Counter()
    for index, path in enumerate(paths):
        counts.update(_words(read_text(index, path)))
    return heapq.nsmallest(n, counts.items(), key=canonical)
