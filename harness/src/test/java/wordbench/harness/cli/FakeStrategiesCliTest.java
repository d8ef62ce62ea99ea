package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.harness.FakeStrategies;
import wordbench.harness.core.Strategies;
import wordbench.spi.WordCounter;

/** Strategies of every kind, registered only for this test, reach list and count with no edit to the harness. */
class FakeStrategiesCliTest {

    @TempDir
    Path dir;

    private record Ran(int exit, String out, String err) {
    }

    private static Ran run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(List.of(args));
            return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void listShowsThemAndCountUsesEachAndTheAgreementCheckCountsThemIn() throws Exception {
        Path text = Files.writeString(dir.resolve("text.txt"), "b a b c b a\n");
        FakeStrategies.registered(dir.resolve("registry"), () -> {
            Ran list = run("list");
            assertEquals(0, list.exit(), list.err());
            for (String fake : FakeStrategies.ALL) {
                assertTrue(list.out().lines().anyMatch(line -> line.startsWith(fake + " ")), fake + " in:\n" + list.out());
                Ran count = run("count", "--strategy", fake, "--top", "2", text.toString());
                assertEquals(0, count.exit(), count.err());
                assertEquals("b\t3\na\t2\n", count.out(), fake);
            }
            Ran all = run("count", "--strategy", "all", "--top", "2", text.toString());
            assertEquals(0, all.exit(), all.err());
            assertEquals("b\t3\na\t2\n", all.out());
            for (String fake : FakeStrategies.ALL) {
                assertTrue(all.err().contains(fake), fake + " agreed: " + all.err());
            }
        });
    }

    @Test
    void theDefaultIsTheMeasuredFastestElseTheDeclaredOrder() throws Exception {
        FakeStrategies.registered(dir, () -> {
            try (Strategies strategies = Strategies.load()) {
                assertEquals(FakeStrategies.PROCESS, strategies.preferred(List.of()).map(WordCounter::name).orElseThrow(),
                        "nothing measured: the lowest declared count order");
                assertEquals(FakeStrategies.JVM, strategies.preferred(List.of("no-such", FakeStrategies.JVM,
                        FakeStrategies.PROCESS)).map(WordCounter::name).orElseThrow(), "measured: the fastest available");
            }
        });
    }
}
