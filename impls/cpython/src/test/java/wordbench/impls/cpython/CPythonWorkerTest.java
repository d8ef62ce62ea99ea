package wordbench.impls.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.conformance.Processes;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.TopWords;

/**
 * The worker's life: it answers, it is replaced when it dies between calls, and a worker that
 * dies or hangs during a call makes that call fail with a message, never a hang. The conformance
 * suite checks the answers themselves.
 */
class CPythonWorkerTest {

    @TempDir
    Path dir;

    private WorkerCounter counter;

    @AfterEach
    void close() {
        if (counter != null) {
            counter.close();
        }
    }

    private WorkerCounter available(WorkerCounter candidate) {
        counter = candidate;
        assumeTrue(candidate.availability().available(), () -> "no CPython 3.11 here: " + candidate.availability().reason());
        return candidate;
    }

    private Path text(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void countsWithTheTalksExpressionAndTheExplicitTieOrder() throws IOException {
        WorkerCounter python = available(new CPythonCounter());
        Path a = text("a.txt", "b a B c\n");
        Path b = text("b.txt", "A.Σ\n");
        assertEquals("a\t2\nb\t2\nc\t1\nς\t1\n", python.count(List.of(a, b), 10).toTsv());
        assertEquals("a\t2\n", python.count(List.of(a, b), 1).toTsv());
    }

    @Test
    void errorsAreTheOnesEveryStrategyGives() throws IOException {
        WorkerCounter python = available(new CPythonCounter());
        Path bad = Files.write(dir.resolve("bad.bin"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '('});
        InvalidUtf8Exception invalid = assertThrows(InvalidUtf8Exception.class,
                () -> python.count(List.of(text("fine.txt", "x"), bad), 3));
        assertEquals(bad, invalid.file());
        assertEquals(3, invalid.byteOffset());
        assertThrows(NoSuchFileException.class, () -> python.count(List.of(dir.resolve("absent.txt")), 3));
        IOException directory = assertThrows(IOException.class, () -> python.count(List.of(dir), 3));
        assertTrue(directory.getMessage().startsWith(dir + ": "), directory.getMessage());
        assertEquals(TopWords.EMPTY, python.count(List.of(text("empty.txt", "")), 3));
    }

    @Test
    void aFileNameThatIsNotUtf8ReachesPythonAsItsBytes() throws IOException {
        WorkerCounter python = available(new CPythonCounter());
        Path odd;
        try {
            odd = dir.resolve("caf\u00e9.txt");
            Files.writeString(odd, "caf\u00e9 caf\u00e9");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system takes no such name: " + e);
            return;
        }
        assertEquals("café\t2\n", python.count(List.of(odd), 3).toTsv());
    }

    @Test
    void aWorkerThatDiedBetweenCallsIsReplacedSilently() throws IOException, InterruptedException {
        WorkerCounter python = available(new CPythonCounter());
        Path a = text("a.txt", "one two two");
        python.count(List.of(a), 2);
        ProcessHandle.of(python.worker.pid()).orElseThrow().destroyForcibly();
        waitForExit(python.worker.pid());
        assertEquals("two\t2\none\t1\n", python.count(List.of(a), 2).toTsv());
    }

    @Test
    void aWorkerKilledDuringACallFailsThatCallAndTheNextStartsAfresh() throws Exception {
        WorkerCounter python = available(new CPythonCounter());
        Path a = text("a.txt", "one two two");
        python.emptyRequest();
        long pid = python.worker.pid();
        signal("STOP", pid);
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(300);
                signal("KILL", pid);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        killer.start();
        IOException died = assertThrows(IOException.class, () -> python.count(List.of(a), 2));
        killer.join();
        assertTrue(died.getMessage().contains("killed by signal 9"), died.getMessage());
        assertTrue(died.getMessage().contains("the next call starts a new one"), died.getMessage());
        assertEquals("two\t2\none\t1\n", python.count(List.of(a), 2).toTsv());
    }

    @Test
    void aHungWorkerIsStoppedAfterTheTimeoutAndReplaced() throws Exception {
        WorkerCounter python = available(new CPythonCounter(CPythonWorker.configuredPython(), Duration.ofMillis(500)));
        Path a = text("a.txt", "one two two");
        python.emptyRequest();
        long pid = python.worker.pid();
        signal("STOP", pid);
        long start = System.nanoTime();
        IOException hung = assertThrows(IOException.class, () -> python.count(List.of(a), 2));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "gave up in time");
        assertTrue(hung.getMessage().contains("did not answer within"), hung.getMessage());
        waitForExit(pid);
        assertEquals("two\t2\none\t1\n", python.count(List.of(a), 2).toTsv());
    }

    @Test
    void anInterpreterThatIsMissingOrNotCPython311IsUnavailableWithTheReason() {
        WorkerCounter missing = new CPythonCounter("/nonexistent/python3", Duration.ofSeconds(5));
        try (missing) {
            assertFalse(missing.availability().available());
            assertTrue(missing.availability().reason().contains("cannot run '/nonexistent/python3'"),
                    missing.availability().reason());
            assertTrue(missing.availability().reason().contains(CPythonWorker.PYTHON_VARIABLE));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> missing.count(List.of(dir), 1));
            assertTrue(refused.getMessage().startsWith("cpython is unavailable: "), refused.getMessage());
        }
        // Debian's python3.11 is 3.11 too; any other version on this machine must be refused.
        for (String other : List.of("/usr/bin/python3.12", "/usr/bin/python3.13", "/usr/bin/python3.10")) {
            if (Files.isExecutable(Path.of(other))) {
                try (WorkerCounter wrong = new CPythonCounter(other, Duration.ofSeconds(5))) {
                    assertFalse(wrong.availability().available(), other);
                    assertTrue(wrong.availability().reason().contains("not CPython 3.11"), wrong.availability().reason());
                }
            }
        }
    }

    @Test
    void cpythonRustCountsThroughTheSameLibraryAndTimesDouble() throws IOException {
        CPythonRustCounter rust = (CPythonRustCounter) available(new CPythonRustCounter());
        Path a = text("a.txt", "b a B c\n");
        assertEquals("b\t2\na\t1\nc\t1\n", rust.count(List.of(a), 10).toTsv());
        Path bad = Files.write(dir.resolve("bad.bin"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '('});
        assertEquals(3, assertThrows(InvalidUtf8Exception.class, () -> rust.count(List.of(bad), 1)).byteOffset());
        assertThrows(NoSuchFileException.class, () -> rust.count(List.of(dir.resolve("absent.txt")), 3));
        double[] nanos = rust.nanosPerCall(3);
        assertEquals(3, nanos.length, "one sample per timeit repeat");
        for (double sample : nanos) {
            // Plausible, not timed: a ctypes call is neither free nor slower than a process start.
            assertTrue(Double.isFinite(sample) && sample > 0 && sample < 1e6, sample + " ns per call");
        }
        assertThrows(IllegalArgumentException.class, () -> rust.nanosPerCall(0));
    }

    private static void signal(String name, long pid) {
        Processes.run(List.of("kill", "-" + name, Long.toString(pid)), Duration.ofSeconds(30)).requireSuccess();
    }

    private static void waitForExit(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }
}
