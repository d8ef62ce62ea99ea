package wordbench.impls.rust;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.WordCounter;

/**
 * Run in a child JVM with a fixed heap by {@link NativeLeakTest}: counts in a loop through every
 * Rust strategy, including the error paths, and prints resident memory after warm-up and at the
 * end. Memory that crosses the boundary and is not freed shows up as growth.
 */
public final class NativeLeakProbe {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("wordbench-leak-");
        System.out.println("scratch folder " + dir);
        try {
            probe(rounds, dir);
        } finally {
            // Leave nothing in the system temp folder (the files, then the folder).
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static void probe(int rounds, Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 300_000; i++) {
            sb.append("Word").append(i % 20_000).append(" ΟΔΟΣ naïve ");
        }
        Path text = Files.writeString(dir.resolve("text.txt"), sb);
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3});
        Path missing = dir.resolve("missing.txt");
        List<WordCounter> counters = RustCountersTest.NAMES.stream().map(RustCountersTest::strategy).toList();
        long warm = 0;
        for (int i = 0; i < rounds; i++) {
            if (i == rounds / 5) {
                System.gc();
                warm = residentKb();
            }
            WordCounter counter = counters.get(i % counters.size());
            if (counter.count(List.of(text), 5000).size() != 5000) {
                throw new AssertionError("wrong answer");
            }
            try {
                counter.count(List.of(text, bad), 10);
                throw new AssertionError("invalid UTF-8 accepted");
            } catch (InvalidUtf8Exception expected) {
                // the error path must free too
            }
            try {
                counter.count(List.of(missing), 10);
                throw new AssertionError("missing file accepted");
            } catch (NoSuchFileException expected) {
                // likewise
            }
            DoubleCall.jni(i);
            DoubleCall.ffm(i);
        }
        System.gc();
        System.out.println("VmRSS after warm-up " + warm + " kB, after " + rounds + " rounds " + residentKb() + " kB");
    }

    static long residentKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
