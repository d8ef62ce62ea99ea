package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CpuPinningTest {

    /** The kernel's own view of the calling thread's CPUs, e.g. "0-1" or "1". */
    private static String allowedCpus() throws IOException {
        return Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> line.substring("Cpus_allowed_list:".length()).strip())
                .findFirst().orElseThrow();
    }

    @Test
    void pinsOnlyTheCallingThreadToTheCpuItReports() throws Exception {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "Linux only");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        String before = allowedCpus();
        AtomicReference<String> said = new AtomicReference<>();
        AtomicReference<String> inside = new AtomicReference<>();
        AtomicReference<String> child = new AtomicReference<>();
        Thread pinned = new Thread(() -> {
            said.set(CpuPinning.pinCallingThread());
            try {
                inside.set(allowedCpus());
                // A thread started by a pinned thread inherits its CPUs (the parallel pools at one thread rely on it).
                Thread started = new Thread(() -> {
                    try {
                        child.set(allowedCpus());
                    } catch (IOException e) {
                        child.set(e.toString());
                    }
                });
                started.start();
                started.join();
            } catch (IOException | InterruptedException e) {
                inside.set(e.toString());
            }
        });
        pinned.start();
        pinned.join();

        assertTrue(said.get().startsWith("pinned to CPU "), said.get());
        String cpu = said.get().substring("pinned to CPU ".length()).split(" ")[0];
        assertEquals(cpu, inside.get(), "the kernel's view of the pinned thread");
        assertEquals(cpu, child.get(), "a thread it started");
        assertTrue(said.get().contains("(probe: CPU "), said.get());
        assertEquals(before, allowedCpus(), "the test's own thread is left as it was");
    }
}
