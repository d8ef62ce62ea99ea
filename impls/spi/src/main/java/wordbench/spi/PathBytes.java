package wordbench.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * A file name as the bytes the operating system knows it by, for handing to code outside the JVM
 * (Rust through JNI or FFM, a Python process). On Linux a name is any bytes but NUL and '/', not
 * text: {@code bad\xffname.txt} is a fine file name, but {@link Path#toString()} turns the 0xFF into
 * U+FFFD, and re-encoding that names a file that does not exist. The JVM keeps a path's bytes, and
 * {@link Path#toUri()} spells them out as percent-escapes, which this decodes.
 */
public final class PathBytes {
    private static final Charset NATIVE = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"), StandardCharsets.UTF_8);

    private PathBytes() {
    }

    /** The bytes of {@code path} (made absolute when its name is not text in the platform encoding). */
    public static byte[] of(Path path) {
        String text = path.toString();
        if (path.getFileSystem() != FileSystems.getDefault() || Path.of(text).equals(path)) {
            // The common case: the name is text, so its encoding is its bytes.
            return text.getBytes(NATIVE);
        }
        String escaped = path.toUri().getRawPath();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length()) {
                bytes.write(Integer.parseInt(escaped, i + 1, i + 3, 16));
                i += 2;
            } else {
                // Unescaped characters of a URI path are ASCII.
                bytes.write(c);
            }
        }
        byte[] out = bytes.toByteArray();
        // toUri() marks a directory with a trailing '/'; the path itself has none.
        int length = out.length;
        while (length > 1 && out[length - 1] == '/') {
            length--;
        }
        return java.util.Arrays.copyOf(out, length);
    }

    /**
     * The path whose name is these bytes ({@link #of}'s inverse), made absolute against the working
     * directory when relative: a file URI's percent-escapes are the one way to give the JVM a name
     * that is not text.
     */
    public static Path toPath(byte[] name) {
        byte[] absolute = name;
        if (name.length == 0 || name[0] != '/') {
            byte[] here = of(Path.of("").toAbsolutePath());
            absolute = java.util.Arrays.copyOf(here, here.length + 1 + name.length);
            absolute[here.length] = '/';
            System.arraycopy(name, 0, absolute, here.length + 1, name.length);
        }
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : absolute) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return Path.of(java.net.URI.create(uri.toString()));
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A name as Python spells it in a str ({@code os.fsdecode}): UTF-8, with each byte that is not
     * part of valid UTF-8 as the lone surrogate U+DC00 + byte ("surrogateescape"), so every name has
     * one spelling and {@link #fromSurrogateEscaped} gives the bytes back.
     */
    public static String surrogateEscaped(byte[] name) {
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(name);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(name.length);
        while (true) {
            java.nio.charset.CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put((char) (SURROGATE_ESCAPE + (in.get() & 0xFF)));
            }
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /** Whether {@code name} holds a surrogate escape (so {@link #fromSurrogateEscaped} is its bytes). */
    public static boolean isSurrogateEscaped(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (isEscape(name, i)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes {@link #surrogateEscaped} spelled. */
    public static byte[] fromSurrogateEscaped(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isEscape(name, i)) {
                bytes.writeBytes(name.substring(start, i).getBytes(StandardCharsets.UTF_8));
                if (i < name.length()) {
                    bytes.write(name.charAt(i) - SURROGATE_ESCAPE);
                }
                start = i + 1;
            }
        }
        return bytes.toByteArray();
    }

    /** U+DC80..U+DCFF standing alone (not the low half of a pair): an escaped byte 0x80..0xFF. */
    private static boolean isEscape(String name, int i) {
        char c = name.charAt(i);
        return c >= SURROGATE_ESCAPE + 0x80 && c <= SURROGATE_ESCAPE + 0xFF
                && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)));
    }

    private static final int SURROGATE_ESCAPE = 0xDC00;
}
