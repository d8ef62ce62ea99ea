package wordbench.harness.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files written as one batch: each is written to a hidden temporary file in its target's folder
 * and moved into place only by {@link #commit()}, so an interrupted or failed run leaves the
 * previous results and charts as they were. Closing without committing deletes the temporaries.
 */
public final class PendingFiles implements AutoCloseable {

    private final Map<Path, Path> pendingByTarget = new LinkedHashMap<>();

    /** A temporary file to write {@code target}'s content to; it becomes {@code target} on commit. */
    public Path create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createFile(temporary);
        // A Ctrl-C ends the JVM through its shutdown hooks: do not leave temporaries behind.
        temporary.toFile().deleteOnExit();
        Path previous = pendingByTarget.put(absolute, temporary);
        if (previous != null) {
            Files.deleteIfExists(previous);
        }
        return temporary;
    }

    /** Moves every written file into place; returns the targets. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : pendingByTarget.entrySet()) {
            try {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(entry.getKey());
        }
        pendingByTarget.clear();
        return done;
    }

    /**
     * Moves every written file into place, refusing to replace any file that exists (a hard link
     * made or refused atomically, then the temporary removed); returns the targets. A run's results
     * are never written over another run's.
     */
    public List<Path> commitNew() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : pendingByTarget.entrySet()) {
            try {
                Files.createLink(entry.getKey(), entry.getValue());
                Files.delete(entry.getValue());
            } catch (UnsupportedOperationException e) {
                Files.move(entry.getValue(), entry.getKey());
            }
            done.add(entry.getKey());
        }
        pendingByTarget.clear();
        return done;
    }

    @Override
    public void close() {
        for (Path temporary : pendingByTarget.values()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        pendingByTarget.clear();
    }
}
