package wordbench.spi;

import java.io.IOException;
import java.nio.file.Path;

/** The input is not valid UTF-8. wordbench rejects it rather than guess or replace characters. */
public final class InvalidUtf8Exception extends IOException {
    private final transient Path file;
    private final long byteOffset;

    public InvalidUtf8Exception(Path file, long byteOffset) {
        super(file + ": invalid UTF-8 at byte offset " + byteOffset);
        this.file = file;
        this.byteOffset = byteOffset;
    }

    public Path file() {
        return file;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
