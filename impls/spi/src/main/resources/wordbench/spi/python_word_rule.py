# CPython 3.11's str.lower() and \w, read from CPython's own tables (python-word-rule.txt beside
# this file), for the Python interpreters whose Unicode is not CPython 3.11's: Jython 2.7 (Java's
# Unicode) and GraalPy (Unicode 16). One file for both, so it is written in the Python that 2.7 and
# 3 share. The host runs it first, in the namespace of the strategy's top_words.py, which uses
# TableRule, InvalidUtf8 and ReadFailed from here (PythonWordRule.pythonSource() gives the text).
import bisect
import re

try:
    _chr = unichr  # Python 2 (Jython): chr() gives a byte
except NameError:
    _chr = chr

CAPITAL_SIGMA = u'\u03a3'
SMALL_SIGMA = u'\u03c3'
FINAL_SIGMA = u'\u03c2'


class InvalidUtf8(Exception):
    """File number `index` of the call is not UTF-8 from byte `start` on (UnicodeDecodeError.start)."""
    def __init__(self, index, start):
        Exception.__init__(self, index, start)
        self.index = index
        self.start = start


class ReadFailed(Exception):
    """File number `index` of the call could not be read (errno and strerror of the error)."""
    def __init__(self, index, errno, strerror):
        Exception.__init__(self, index, errno, strerror)
        self.index = index
        self.errno = errno
        self.strerror = strerror


class TableRule(object):
    """CPython 3.11's lower() and \\w from python-word-rule.txt: 'word|cased|ignorable FIRST LAST'
    ranges and 'lower CP MAPPED...' lines."""

    def __init__(self, table_text):
        self.lower_map = {}
        word, self.cased, self.ignorable = [], ([], []), ([], [])
        for line in table_text.splitlines():
            if not line or line.startswith('#'):
                continue
            fields = line.split()
            if fields[0] == 'lower':
                self.lower_map[int(fields[1], 16)] = u''.join(_chr(int(f, 16)) for f in fields[2:])
            elif fields[0] == 'word':
                word.append((int(fields[1], 16), int(fields[2], 16)))
            else:
                starts, ends = self.cased if fields[0] == 'cased' else self.ignorable
                starts.append(int(fields[1], 16))
                ends.append(int(fields[2], 16))
        # Every word character spelled out as a literal range: the interpreter's own \w never decides.
        self.word_run = re.compile(u'[%s]+' % u''.join(_class_range(a, b) for a, b in word), re.UNICODE)

    def words(self, text):
        """The words of `text` as CPython 3.11's re.findall(r'\\w+', text.lower()) finds them."""
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
            text = u''.join(parts)
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
    if first == last:
        return _class_char(first)
    return _class_char(first) + u'-' + _class_char(last)


def _class_char(cp):
    # A literal character (Jython's sre has no \U escape); none of ] \ ^ - [ is a word character,
    # but they are escaped anyway so the class cannot be misread.
    ch = _chr(cp)
    return u'\\' + ch if ch in u']\\^-[' else ch


def _in_ranges(table, cp):
    starts, ends = table
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]
