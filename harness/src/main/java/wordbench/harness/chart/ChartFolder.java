package wordbench.harness.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of charts replaced as a whole: the new set is drawn into a hidden sibling folder, then
 * swapped in by two renames. A failure, or a Ctrl-C (the shutdown hook waits for a swap under way
 * and otherwise deletes the half-drawn folder), leaves the previous set whole and no temporary
 * file; the few microseconds between the two renames are covered by {@link #recover}, which every
 * later write runs first (a kill -9 there leaves the old set in {@code .NAME.old-*}, put back).
 */
public final class ChartFolder {

    /** Fills a fresh, empty folder. */
    public interface Drawing {
        void into(Path dir) throws IOException;
    }

    private ChartFolder() {
    }

    /** Replaces {@code target} with what {@code drawing} puts in a fresh folder, all at once. */
    public static void replace(Path target, Drawing drawing) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        recover(dir);
        String id = UUID.randomUUID().toString();
        Path fresh = parent.resolve("." + dir.getFileName() + ".new-" + id);
        Path old = parent.resolve("." + dir.getFileName() + ".old-" + id);
        Files.createDirectory(fresh);
        Object lock = new Object();
        boolean[] finished = {false};
        Thread cleanup = new Thread(() -> {
            synchronized (lock) {
                if (!finished[0]) {
                    finished[0] = true;
                    deleteQuietly(fresh);
                }
            }
        }, "wordbench-chart-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            drawing.into(fresh);
            synchronized (lock) {
                if (finished[0]) {
                    throw new IOException("interrupted: the charts in " + dir + " were left as they were");
                }
                if (Files.exists(dir)) {
                    move(dir, old);
                }
                move(fresh, dir);
                finished[0] = true;
            }
            deleteRecursively(old);
        } finally {
            synchronized (lock) {
                if (!finished[0]) {
                    finished[0] = true;
                }
            }
            deleteQuietly(fresh);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or ran; nothing left to do
            }
        }
    }

    /**
     * Puts things right after a run was killed while replacing {@code target}: a half-drawn
     * {@code .NAME.new-*} is deleted; an old set moved aside is put back if the new one never
     * arrived, and deleted otherwise.
     */
    public static void recover(Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = dir.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path sibling : siblings) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".new-")) {
                    deleteRecursively(sibling);
                } else if (file.startsWith("." + name + ".old-")) {
                    if (Files.exists(dir)) {
                        deleteRecursively(sibling);
                    } else {
                        move(sibling, dir);
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
            // best effort; recover() removes it next time
        }
    }
}
