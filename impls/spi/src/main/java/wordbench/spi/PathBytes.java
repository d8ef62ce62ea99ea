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
}
