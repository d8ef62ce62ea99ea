# wordbench's CPython worker: one long-lived CPython 3.11 process per strategy instance, answering
# requests from the JVM over its stdin and stdout. CPythonWorker.java is the other end.
#
# Every message is a frame: u32 length (big-endian), then that many bytes. A request's first byte
# says what to do:
#   'c' count (the talk's Python)   u32 n, u32 files, per file u32 length + the path's bytes
#   'r' count in Rust via ctypes    the same
#   'l' load the Rust library       the path of the shared library (bytes)
#   'p' ping                        nothing: its round trip is what the pipe costs
#   'd' time double(int) via ctypes u32 calls per repeat, u32 repeats: timeit's repeats
# A reply's first byte is its status:
#   'K' done: for a count u32 entries, per entry u32 length + UTF-8 word + u64 count;
#       for 'd' each repeat's nanoseconds per call, ASCII decimals separated by spaces; else nothing
#   'U' invalid UTF-8        u32 file index, u64 byte offset (UnicodeDecodeError.start)
#   'F' file not readable    u32 file index, i32 errno (-1 unknown), UTF-8 strerror
#   'L' an answer too large for Java (a word longer than a Java String can take): UTF-8 message
#   'X' anything else        UTF-8 message (the request is lost, the worker lives on)
# On start the worker sends one frame: 'H' + "implementation version unicode-version" in ASCII.
import ctypes
import platform
import struct
import sys
import timeit
import unicodedata

import top_words

# The Rust core's C ABI (impls/rust's ffm.rs) and its reply layout (wire.rs): little-endian
# u8 status; ok: u32 entries, per entry u64 count, u32 length, UTF-8 word; error: u32 file index,
# u64 byte offset, u32 length, UTF-8 message.
RUST_MODE_FAST = 1
RUST_OK, RUST_INVALID_UTF8, RUST_NOT_FOUND, RUST_IO, RUST_TOO_LARGE_FOR_JAVA = 0, 1, 2, 3, 6
ENOENT = 2


class TooLargeForJava(Exception):
    """The count succeeded, but its answer cannot cross into the JVM."""


class RustCore:
    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.wordbench_count.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_int32,
                                        ctypes.c_int32, ctypes.POINTER(ctypes.c_size_t)]
        lib.wordbench_count.restype = ctypes.c_void_p
        lib.wordbench_free.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        lib.wordbench_free.restype = None
        lib.wordbench_double.argtypes = [ctypes.c_int32]
        lib.wordbench_double.restype = ctypes.c_int32
        self.lib = lib

    def most_common(self, paths, n):
        """The talk's most_common(path, n), for several paths and returning the whole top n."""
        request = b''.join(bytes(p) + b'\0' for p in paths)
        length = ctypes.c_size_t()
        reply = self.lib.wordbench_count(request, len(request), n, RUST_MODE_FAST, 1, ctypes.byref(length))
        if not reply:
            raise RuntimeError('the Rust core returned no reply')
        try:
            data = ctypes.string_at(reply, length.value)
        finally:
            self.lib.wordbench_free(reply, length.value)
        status = data[0]
        if status == RUST_OK:
            (size,) = struct.unpack_from('<I', data, 1)
            at, top = 5, []
            for _ in range(size):
                count, width = struct.unpack_from('<QI', data, at)
                at += 12
                top.append((data[at:at + width].decode('utf-8'), count))
                at += width
            return top
        index, offset, width = struct.unpack_from('<IQI', data, 1)
        message = data[17:17 + width].decode('utf-8', 'replace')
        if status == RUST_INVALID_UTF8:
            raise top_words.InvalidUtf8(index, offset)
        if status == RUST_NOT_FOUND:
            raise top_words.ReadFailed(index, ENOENT, message)
        if status == RUST_IO:
            raise top_words.ReadFailed(index, None, message)
        if status == RUST_TOO_LARGE_FOR_JAVA:
            raise TooLargeForJava(message)
        raise RuntimeError('the Rust core failed (status %d): %s' % (status, message))

    def time_double(self, calls, repeats):
        """ns per call of the talk's double(int) through ctypes, for each of timeit's repeats."""
        timer = timeit.Timer('double(21)', globals={'double': self.lib.wordbench_double})
        return [seconds / calls * 1e9 for seconds in timer.repeat(repeat=repeats, number=calls)]


def read_frame(stream):
    head = stream.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack('>I', head)
    body = stream.read(size)
    if len(body) < size:
        return None
    return body


def write_frame(stream, body):
    stream.write(struct.pack('>I', len(body)) + body)
    stream.flush()


def parse_count(body):
    n, files = struct.unpack_from('>II', body, 1)
    at, paths = 9, []
    for _ in range(files):
        (width,) = struct.unpack_from('>I', body, at)
        at += 4
        paths.append(body[at:at + width])
        at += width
    return paths, n


def encode_top(top):
    out = [b'K', struct.pack('>I', len(top))]
    for word, count in top:
        utf8 = word.encode('utf-8')
        out.append(struct.pack('>I', len(utf8)))
        out.append(utf8)
        out.append(struct.pack('>Q', count))
    return b''.join(out)


def answer(body, state):
    op = body[:1]
    try:
        if op == b'c':
            return encode_top(top_words.top_words(*parse_count(body)))
        if op == b'r':
            if state.get('rust') is None:
                return b'X' + b'the Rust library is not loaded'
            return encode_top(state['rust'].most_common(*parse_count(body)))
        if op == b'l':
            state['rust'] = RustCore(body[1:])
            return b'K'
        if op == b'p':
            return b'K'
        if op == b'd':
            if state.get('rust') is None:
                return b'X' + b'the Rust library is not loaded'
            calls, repeats = struct.unpack_from('>II', body, 1)
            samples = state['rust'].time_double(calls, repeats)
            return b'K' + ' '.join(repr(s) for s in samples).encode('ascii')
        return b'X' + ('unknown request %r' % op).encode('utf-8')
    except top_words.InvalidUtf8 as e:
        return b'U' + struct.pack('>IQ', e.index, e.start)
    except top_words.ReadFailed as e:
        errno = -1 if e.errno is None else e.errno
        return b'F' + struct.pack('>Ii', e.index, errno) + str(e.strerror).encode('utf-8', 'replace')
    except TooLargeForJava as e:
        return b'L' + str(e).encode('utf-8', 'replace')
    except MemoryError:
        return b'X' + b'out of memory'
    except Exception as e:
        return b'X' + ('%s: %s' % (type(e).__name__, e)).encode('utf-8', 'replace')


def main():
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    # Nothing else may write to the reply pipe: stray prints go to stderr.
    sys.stdout = sys.stderr
    hello = '%s %s %s' % (platform.python_implementation(), platform.python_version(), unicodedata.unidata_version)
    write_frame(replies, b'H' + hello.encode('ascii'))
    state = {}
    while True:
        body = read_frame(requests)
        if body is None:
            return  # the JVM closed the pipe: done
        write_frame(replies, answer(body, state))


main()
