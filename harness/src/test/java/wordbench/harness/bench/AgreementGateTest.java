package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.ReferenceCount;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/**
 * A strategy that answers wrong (or fails) is shut out before timing, with its name in a loud
 * message; the others go through. The counters here are plain objects, not registered services,
 * so no other test ever sees them.
 */
class AgreementGateTest {

    /** Answers like the reference rule, or, when {@code wrongFrom} copies are reached, one count off. */
    record FakeCounter(String name, int wrongFrom) implements WordCounter {
        @Override
        public StrategyTraits traits() {
            return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "a test double", 0);
        }

        @Override
        public String description() {
            return "test double";
        }

        @Override
        public TopWords count(List<Path> files, int n) throws IOException {
            if (wrongFrom == 0) {
                throw new IOException("disk on fire");
            }
            TopWords right = ReferenceCount.topWords(files, n);
            if (Files.size(files.getFirst()) < wrongFrom * SIZE) {
                return right;
            }
            WordCount first = right.entries().getFirst();
            return new TopWords(List.of(new WordCount(first.word(), first.count() + 1)));
        }
    }

    static final String TEXT = "b a b c b a\n";
    static final long SIZE = TEXT.length();

    @TempDir
    Path dir;

    @Test
    void theOneThatDisagreesOrFailsIsShutOutLoudly() throws IOException {
        Path one = Files.writeString(dir.resolve("one.txt"), TEXT);
        Path two = Files.writeString(dir.resolve("two.txt"), TEXT + TEXT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, String> excluded = new TreeMap<>();
        AgreementGate gate = new AgreementGate(BenchProfile.QUICK, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> admitted = gate.admit(List.of(
                        new FakeCounter("java-good", Integer.MAX_VALUE),
                        new FakeCounter("rust-good", Integer.MAX_VALUE),
                        new FakeCounter("java-wrong-at-two", 2),
                        new FakeCounter("rust-broken", 0)),
                new TreeMap<>(Map.of(1, one, 4, two)), excluded);

        assertEquals(List.of("java-good", "rust-good"), admitted);
        assertEquals(Set.of("java-wrong-at-two", "rust-broken"), excluded.keySet());
        assertTrue(excluded.get("java-wrong-at-two").startsWith("disagreed on two.txt"), excluded.toString());
        assertTrue(excluded.get("rust-broken").contains("disk on fire"), excluded.toString());
        String log = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("!!! EXCLUDED java-wrong-at-two"), log);
        assertTrue(log.contains("!!! EXCLUDED rust-broken"), log);
        assertTrue(gate.timePerCopy().keySet().containsAll(admitted), gate.timePerCopy().toString());
    }
}
