# The talk's word count, run by Jython 2.7 inside the JVM:
#
#     Counter(re.findall(r'\w+', text.lower())).most_common(n)
#
# Pure ASCII text takes exactly that line (on the bytes, as the talk's Python 2 did). Anything
# else needs CPython 3.11's rule, which Jython 2.7 does not have: its unicode.lower() and \w are
# Java's (another Unicode version), and its unicode strings compare by UTF-16 unit. So for
# non-ASCII text the lowercase mapping and the \w class come from CPython's own tables
# (wordbench/spi/python-word-rule.txt, handed over by JythonCounter through load_word_rule).
#
# The host runs wordbench/spi/python_word_rule.py first, in this file's namespace: TableRule,
# InvalidUtf8 and ReadFailed come from there (cpython's top_words.py shares them).
import heapq
import re
from collections import Counter

ASCII_WORD = re.compile(r'\w+')

# CPython 3.11's rule, made by load_word_rule.
RULE = None


def load_word_rule(table_text):
    """Reads python-word-rule.txt into the rule non-ASCII text is counted by."""
    global RULE
    RULE = TableRule(table_text)


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
    return RULE.words(text)


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
