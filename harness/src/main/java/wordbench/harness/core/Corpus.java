package wordbench.harness.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Norvig's big.txt, the benchmark corpus: where it is, whether it is the real one, and the
 * "N copies" inputs the benchmarks read. Fetching it is {@code data/fetch-corpus}'s job.
 */
public final class Corpus {

    public static final String FILE_NAME = "big.txt";

    private Corpus() {
    }

    /** The repository root: {@code -Dwordbench.home} (set by the launcher), else the nearest folder up with data/big.txt.sha256. */
    public static Path home() {
        String property = System.getProperty("wordbench.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("data").resolve(FILE_NAME + ".sha256"))) {
                return dir;
            }
        }
        throw new CorpusException("cannot find the wordbench folder (no data/big.txt.sha256 here or above "
                + Path.of("").toAbsolutePath() + "); run from inside the repository or set -Dwordbench.home");
    }

    /** The expected sha256 of big.txt, from {@code data/big.txt.sha256}. */
    public static String expectedSha256(Path home) throws IOException {
        String line = Files.readString(home.resolve("data").resolve(FILE_NAME + ".sha256")).trim();
        return line.split("\\s+")[0];
    }

    /** {@code data/big.txt}, verified; a clear error saying how to get it otherwise. */
    public static Path bigTxt(Path home) throws IOException {
        Path file = home.resolve("data").resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + " is missing: run data/fetch-corpus (or data/fetch-corpus PATH-TO-big.txt)");
        }
        String expected = expectedSha256(home);
        String actual = sha256(file);
        if (!actual.equals(expected)) {
            throw new CorpusException(file + " has sha256 " + actual + ", expected " + expected
                    + ": it is not Norvig's big.txt; move it away and run data/fetch-corpus");
        }
        return file;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code copies} copies of big.txt concatenated into one file in {@code dir} (made once, reused
     * while its size is right), as the talk's "3/4 copies" inputs. big.txt ends with a newline, so
     * no word is joined across copies.
     */
    public static Path copies(Path bigTxt, int copies, Path dir) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, not " + copies);
        }
        if (copies == 1) {
            return bigTxt;
        }
        Files.createDirectories(dir);
        Path target = dir.resolve("big-x" + copies + ".txt");
        long size = Files.size(bigTxt) * copies;
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Path partial = Files.createTempFile(dir, "big-x" + copies + "-", ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (int i = 0; i < copies; i++) {
                Files.copy(bigTxt, out);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** A corpus problem the user can fix; its message is the whole story. */
    public static final class CorpusException extends RuntimeException {
        public CorpusException(String message) {
            super(message);
        }
    }
}
