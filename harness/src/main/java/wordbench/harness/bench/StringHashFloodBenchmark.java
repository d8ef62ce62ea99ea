package wordbench.harness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import wordbench.harness.core.StringHashCollisions;
import wordbench.harness.core.Strategies;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * A finding, not part of the pipeline: a strategy whose dict hashes with Java's
 * {@code String.hashCode} (Jython's) cannot be keyed, and words made to collide under it make its
 * count quadratic; CPython's randomized {@code str} hash is immune. Run by hand, e.g.
 * {@code ./wordbench jmh StringHashFloodBenchmark -rf json -rff results/string-hash-flood.json}:
 * every strategy named in {@code strategy}, on 2^{@code bits} distinct words that all collide and on
 * as many random words of the same shape ({@link StringHashCollisions}). Doubling the words doubles
 * a linear count's time and quadruples a quadratic one's: from 2^11 words up, where Jython's own
 * start-up and fixed costs no longer hide it. The annotations are its settings.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class StringHashFloodBenchmark {

    @State(Scope.Benchmark)
    public static class Text {
        @Param({"jython", "cpython"})
        public String strategy;

        /** 2^bits distinct words. */
        @Param({"11", "12", "13", "14"})
        public int bits;

        @Param({"colliding", "random"})
        public String words;

        private Strategies strategies;
        private Path dir;
        WordCounter counter;
        List<Path> files;

        @Setup(Level.Trial)
        public void load() throws IOException {
            strategies = Strategies.load();
            counter = StrategyState.named(strategies, strategy);
            StrategyState.requireAvailable(counter);
            if (!words.equals("colliding") && !words.equals("random")) {
                throw new IllegalArgumentException("words is 'colliding' or 'random', not '" + words + "'");
            }
            dir = Files.createTempDirectory("wordbench-hash-flood-");
            Path file = dir.resolve(words + "-" + bits + ".txt");
            StringHashCollisions.write(file, bits, words.equals("colliding"), 2016);
            files = List.of(file);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            strategies.close();
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        }
    }

    /* WHY: one whole count of the text, as the talk timed it: the dict's inserts are where a
       collision costs, and they are most of the work for text of distinct words. */
    @Benchmark
    public TopWords count(Text text) throws IOException {
        return text.counter.count(text.files, 10);
    }
}
