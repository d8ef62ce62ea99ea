package wordbench.impls.rust;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PathBytes;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;

/**
 * Decodes the one message every Rust count returns (layout in {@code native/src/wire.rs}) into the
 * answer, or into the same exception a Java strategy would throw.
 */
final class NativeReply {

    private static final int OK = 0;
    private static final int INVALID_UTF8 = 1;
    private static final int NOT_FOUND = 2;
    private static final int IO = 3;
    private static final int PANIC = 4;
    private static final int BAD_REQUEST = 5;
    /** The count succeeded, but its answer holds a word longer than a Java String can take. */
    private static final int TOO_LARGE_FOR_JAVA = 6;

    private NativeReply() {
    }

    /** What goes in: each path's bytes (the OS's, not a re-encoded String) followed by a NUL. */
    static byte[] encodePaths(List<Path> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Path file : files) {
            out.writeBytes(PathBytes.of(file));
            out.write(0);
        }
        return out.toByteArray();
    }

    static TopWords decode(ByteBuffer reply, List<Path> files, String strategy) throws IOException {
        ByteBuffer in = reply.order(ByteOrder.LITTLE_ENDIAN);
        int status = in.get() & 0xFF;
        if (status == OK) {
            int size = in.getInt();
            List<WordCount> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long count = in.getLong();
                byte[] word = new byte[in.getInt()];
                in.get(word);
                entries.add(new WordCount(new String(word, StandardCharsets.UTF_8), count));
            }
            return new TopWords(entries);
        }
        int fileIndex = in.getInt();
        long offset = in.getLong();
        byte[] message = new byte[in.getInt()];
        in.get(message);
        String text = new String(message, StandardCharsets.UTF_8);
        Path file = fileIndex < files.size() ? files.get(fileIndex) : null;
        switch (status) {
            case INVALID_UTF8 -> throw new InvalidUtf8Exception(file, offset);
            case NOT_FOUND -> throw new NoSuchFileException(String.valueOf(file));
            case IO -> throw new IOException(file + ": " + text);
            case PANIC -> throw new IllegalStateException(strategy + ": the Rust core panicked: " + text);
            case BAD_REQUEST -> throw new IllegalArgumentException(strategy + ": " + text);
            case TOO_LARGE_FOR_JAVA -> throw new IOException(strategy + ": " + text);
            default -> throw new IllegalStateException(strategy + ": unknown reply status " + status);
        }
    }
}
