package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The Rust core keeps its word tables, windows and file buffers between counts (fresh memory is
 * page-faulted in anew on every call); close() must free them all, whichever threads kept them
 * and while those threads live on.
 */
class RustKeptMemoryTest {

    @Test
    void closeFreesWhatEveryThreadKeptWhileTheThreadsLive(@TempDir Path dir) throws Exception {
        assumeTrue(DoubleCall.availability().available(), "needs the Rust library");
        Path file = dir.resolve("words.txt");
        Files.writeString(file, "alpha beta gamma beta delta gamma beta ".repeat(40_000));
        for (String name : List.of("rust-jni", "rust-ffm", "rust-parallel")) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<WordCounter> counters = new ArrayList<>();
            try {
                List<Future<TopWords>> answers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    WordCounter counter = RustCountersTest.strategy(name);
                    counters.add(counter);
                    answers.add(threads.submit(() -> counter.count(List.of(file), 2)));
                }
                TopWords first = answers.getFirst().get();
                for (Future<TopWords> answer : answers) {
                    assertEquals(first, answer.get());
                }
                assertTrue(RustJni.keptBytes() > 0, name + " keeps its memory between calls");

                counters.getFirst().close();
                assertEquals(0, RustJni.keptBytes(), name + ": close() frees what all four threads kept");
                assertEquals(first, threads.submit(() -> counters.get(1).count(List.of(file), 2)).get(),
                        name + " counts again after another instance's close()");
            } finally {
                counters.forEach(WordCounter::close);
                threads.shutdown();
            }
            assertEquals(0, RustJni.keptBytes(), name + ": nothing kept after every close()");
        }
    }
}
