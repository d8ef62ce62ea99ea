package wordbench.spi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Strict UTF-8, as CPython's {@code bytes.decode('utf-8')}: no overlongs, no surrogates, nothing past U+10FFFF. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * The offset of the first byte of the first ill-formed sequence in {@code bytes[from, to)},
     * or -1 when the range is valid UTF-8. A sequence cut off by {@code to} counts as ill-formed.
     */
    public static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(bytes, i, to);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** Length of the well-formed multi-byte sequence starting at {@code i}, or -1 (Unicode Table 3-7). */
    public static int sequenceLength(byte[] bytes, int i, int to) {
        int b0 = bytes[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + n > to) {
            return -1;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    /** Decodes {@code bytes} or says where in {@code file} the first invalid byte is. */
    public static String decode(byte[] bytes, Path file) throws InvalidUtf8Exception {
        int bad = firstInvalid(bytes, 0, bytes.length);
        if (bad >= 0) {
            throw new InvalidUtf8Exception(file, bad);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
