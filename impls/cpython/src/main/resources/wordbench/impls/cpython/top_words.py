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
#
# The host runs wordbench/spi/python_word_rule.py first, in this file's namespace: TableRule,
# InvalidUtf8 and ReadFailed come from there (Jython's top_words.py shares them).
import heapq
import re
import unicodedata
from collections import Counter

CPYTHON_UNICODE = '14.0.0'
TALK_WORD = re.compile(r'\w+')


def talk_words(text):
    """The talk's expression, for an interpreter with CPython 3.11's Unicode (or pure ASCII text)."""
    return TALK_WORD.findall(text.lower())


# This interpreter's words(text): the talk's line when its Unicode is CPython 3.11's; otherwise
# nothing until the host calls use_word_rule (counting refuses rather than answer by another rule).
_words = talk_words if unicodedata.unidata_version == CPYTHON_UNICODE else None


def use_word_rule(table_text):
    """Count with CPython 3.11's tables (python-word-rule.txt) instead of this interpreter's Unicode."""
    global _words
    rule = TableRule(table_text)
    _words = lambda text: talk_words(text) if text.isascii() else rule.words(text)


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
