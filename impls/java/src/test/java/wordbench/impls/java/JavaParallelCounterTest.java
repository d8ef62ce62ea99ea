package wordbench.impls.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.ThreadCount;
import wordbench.spi.TopWords;

/** How java-parallel's thread count is chosen, for the benchmark's thread-scaling chart. */
class JavaParallelCounterTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(ThreadCount.PROPERTY);
    }

    @Test
    void threadCountFromPropertyReadAtEachCall() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "the cat and the hat ".repeat(100_000));
        try (JavaParallelCounter counter = new JavaParallelCounter()) {
            assertEquals(Runtime.getRuntime().availableProcessors(), counter.threads());
            TopWords expected = counter.count(List.of(file), 3);
            for (int threads : new int[] {1, 3, 1}) {
                System.setProperty(ThreadCount.PROPERTY, String.valueOf(threads));
                assertEquals(threads, counter.threads());
                assertEquals(expected, counter.count(List.of(file), 3), threads + " threads");
            }
            System.setProperty(ThreadCount.PROPERTY, "many");
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(file), 3));
            assertEquals("-Dwordbench.threads must be a whole number from 1 to 1024, not 'many'", bad.getMessage());
            System.setProperty(ThreadCount.PROPERTY, "0");
            assertThrows(IllegalArgumentException.class, counter::threads);
        }
    }

    @Test
    void fixedThreadCountIgnoresTheProperty() {
        System.setProperty(ThreadCount.PROPERTY, "5");
        assertEquals(2, new JavaParallelCounter(2).threads());
        assertThrows(IllegalArgumentException.class, () -> new JavaParallelCounter(0));
    }
}
