package wordbench.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.ReferenceCount;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/** A strategy that disagrees is named, whichever way the vote goes. */
class AgreementTest {

    @TempDir
    Path dir;

    /** A test double answering whatever it is told to, so disagreement can be staged. */
    private record Fixed(String name, TopWords answer) implements WordCounter {
        @Override
        public StrategyTraits traits() {
            return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "a test double", 0);
        }

        @Override
        public String description() {
            return "fixed answer";
        }

        @Override
        public TopWords count(List<Path> files, int n) {
            return answer;
        }
    }

    private static TopWords words(Object... pairs) {
        List<WordCount> entries = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entries.add(new WordCount((String) pairs[i], ((Number) pairs[i + 1]).longValue()));
        }
        return new TopWords(entries);
    }

    @Test
    void theMajorityAnswerWinsAndTheOtherIsNamed() throws IOException {
        TopWords right = words("a", 2, "b", 1);
        Agreement agreement = Agreement.check(List.of(new Fixed("x", right), new Fixed("y", words("a", 2)),
                new Fixed("z", right)), List.of(dir), 10, (f, n) -> {
                    throw new AssertionError("no tie, no reference needed");
                });
        assertFalse(agreement.unanimous());
        assertEquals(right, agreement.agreed());
        assertEquals(List.of("x", "z"), agreement.agreeing());
        assertTrue(agreement.dissenting().get("y").contains("line 2"), agreement.dissenting().toString());
    }

    @Test
    void aTieIsBrokenByTheReferenceRule() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), "b a b");
        TopWords truth = ReferenceCount.topWords(List.of(file), 10);
        Agreement agreement = Agreement.check(List.of(new Fixed("wrong", words("a", 1, "b", 1)),
                new Fixed("right", truth)), List.of(file), 10, ReferenceCount::topWords);
        assertEquals(truth, agreement.agreed());
        assertEquals(List.of("right"), agreement.agreeing());
        assertEquals(List.of("wrong"), List.copyOf(agreement.dissenting().keySet()));
    }

    @Test
    void aRefusalOfAFileTooLargeIsNoDisagreement() throws IOException {
        Path file = Files.writeString(dir.resolve("two-bytes.txt"), "ab");
        TopWords right = ReferenceCount.topWords(List.of(file), 10);
        WordCounter small = new WordCounter() {
            public String name() {
                return "small";
            }

            public String description() {
                return "holds one byte";
            }

            public StrategyTraits traits() {
                return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "a test double", 0);
            }

            public TopWords count(List<Path> files, int n) throws IOException {
                WholeTextLimit.require(files, new WholeTextLimit(1, "a test's 1 byte"), name());
                throw new AssertionError("refused above");
            }
        };
        Agreement agreement = Agreement.check(List.of(new Fixed("x", right), small, new Fixed("z", right)),
                List.of(file), 10, ReferenceCount::topWords);
        assertTrue(agreement.unanimous(), agreement.dissenting().toString());
        assertEquals(List.of("x", "z"), agreement.agreeing());
        assertEquals(List.of("small"), List.copyOf(agreement.refused().keySet()));
        assertTrue(agreement.refused().get("small").contains("more than small holds in memory"), agreement.refused().toString());
    }

    @Test
    void inputErrorsAreNotDisagreement() {
        assertThrows(NoSuchFileException.class, () -> Agreement.check(List.of(new WordCounter() {
            public String name() {
                return "reads";
            }

            public String description() {
                return "reads its file";
            }

            public StrategyTraits traits() {
                return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "a test double", 0);
            }

            public TopWords count(List<Path> files, int n) throws IOException {
                Files.readAllBytes(files.get(0));
                return TopWords.EMPTY;
            }
        }), List.of(dir.resolve("absent.txt")), 10, ReferenceCount::topWords));
    }
}
