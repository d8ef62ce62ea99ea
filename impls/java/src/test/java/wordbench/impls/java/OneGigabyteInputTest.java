package wordbench.impls.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.conformance.Processes;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;

/**
 * java-fast and java-parallel count a 1 GiB file in a JVM whose heap is capped at 256 MiB: the
 * input must never be held in the heap. The file is one 1 MiB block of mixed ASCII and Unicode
 * text 1024 times over; the block starts and ends with a newline, which no word or final-sigma
 * context crosses, so every count must be exactly 1024 times the block's (counted in-process by
 * java-hashmap, which the shared conformance suite checks against CPython).
 *
 * <p>Tagged {@code large}: {@code -DexcludedGroups=large} skips it; it also skips itself when the
 * temporary directory has less than 2 GiB free.
 */
@Tag("large")
class OneGigabyteInputTest {
    private static final int BLOCK_BYTES = 1 << 20;
    private static final int COPIES = 1024;
    private static final int ALL = 100_000;

    @TempDir
    Path dir;

    @Test
    void countsAGigabyteInA256MegabyteHeap() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();
        assumeTrue(free > 2L * COPIES * BLOCK_BYTES, "skipped: only " + (free >> 20) + " MiB free in " + dir);
        byte[] block = block();
        Path blockFile = Files.write(dir.resolve("block.txt"), block);
        TopWords blockWords = new JavaHashMapCounter().count(List.of(blockFile), ALL);
        List<WordCount> scaled = blockWords.entries().stream()
                .map(e -> new WordCount(e.word(), e.count() * COPIES)).toList();
        String expected = new TopWords(scaled).toTsv();

        Path big = dir.resolve("gigabyte.txt");
        try (FileChannel out = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < COPIES; i++) {
                ByteBuffer buffer = ByteBuffer.wrap(block);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
        for (String strategy : List.of("java-fast", "java-parallel")) {
            assertEquals(expected, countInChildJvm(strategy, big), strategy);
        }
    }

    /** About 1 MiB of text, newline first and last, mixing English-like words with the tricky Unicode. */
    static byte[] block() {
        StringBuilder text = new StringBuilder("\n");
        String unicode = StrategyEdgeCasesTest.MIXED + StrategyEdgeCasesTest.SIGMA + "\n";
        long seed = 42;
        int i = 0;
        while (text.length() < BLOCK_BYTES * 3 / 4) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            text.append(switch (r & 7) {
                case 0 -> "The";
                case 1 -> "quick";
                case 2 -> "fox_" + (r >>> 3) % 5000;
                case 3 -> "Ærø" + (r >>> 3) % 100;
                default -> "w" + (r >>> 3) % 20000;
            }).append((r & 0x30) == 0 ? ". " : " ");
            if (++i % 2000 == 0) {
                text.append(unicode);
            }
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[BLOCK_BYTES];
        int fill = Math.min(head.length, BLOCK_BYTES - 1);
        // Cut at a space so no UTF-8 sequence is split, then pad with spaces to exactly 1 MiB.
        while (head[fill - 1] != ' ') {
            fill--;
        }
        System.arraycopy(head, 0, block, 0, fill);
        java.util.Arrays.fill(block, fill, BLOCK_BYTES - 1, (byte) ' ');
        block[BLOCK_BYTES - 1] = '\n';
        return block;
    }

    private static String countInChildJvm(String strategy, Path file) {
        Processes.Result result = Processes.run(Processes.javaCommand(List.of("-Xmx256m"), CountInChildJvm.class,
                strategy, String.valueOf(ALL), file.toString()), Duration.ofMinutes(5));
        assertEquals(0, result.exitCode(), strategy + " failed in a 256 MiB heap: " + result.stderr());
        return result.stdout();
    }
}
