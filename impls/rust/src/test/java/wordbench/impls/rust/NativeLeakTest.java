package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wordbench.conformance.Processes;

/**
 * Runs {@link NativeLeakProbe} (2000 rounds of ok and error counts through every Rust strategy)
 * in a child JVM whose heap is fixed and pre-touched, so resident memory can only grow by what
 * the native side leaks. Each round's reply alone is ~100 KB and the file read 300 KB, so a
 * leak on any path would add hundreds of MB.
 */
class NativeLeakTest {

    private static final long ALLOWED_GROWTH_KB = 24 * 1024;

    @Test
    void residentMemoryStaysFlat() throws Exception {
        assumeTrue(DoubleCall.availability().available());
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");
        Processes.Result result = Processes.run(Processes.javaCommand(
                List.of("-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch"), NativeLeakProbe.class, "2000"), Duration.ofMinutes(10));
        String out = result.stdout() + result.stderr();
        assertEquals(0, result.exitCode(), out);
        System.out.println("NativeLeakTest: " + out.strip());
        Matcher m = Pattern.compile("warm-up (\\d+) kB, after \\d+ rounds (\\d+) kB").matcher(out);
        assertTrue(m.find(), out);
        long growth = Long.parseLong(m.group(2)) - Long.parseLong(m.group(1));
        assertTrue(growth < ALLOWED_GROWTH_KB, "resident memory grew by " + growth + " kB: " + out);
        Matcher folder = Pattern.compile("scratch folder (\\S+)").matcher(out);
        assertTrue(folder.find(), out);
        assertTrue(Files.notExists(Path.of(folder.group(1))), "the probe left " + folder.group(1) + " behind");
    }
}
