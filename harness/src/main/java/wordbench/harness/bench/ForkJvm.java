package wordbench.harness.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import wordbench.harness.core.JvmOptions;

/**
 * The JVM options every benchmark fork gets, whatever it measures. Why each:
 * <ul>
 * <li>a fixed heap ({@code -Xms} = {@code -Xmx}): the heap never resizes mid-measurement, and a
 *     garbage-heavy strategy (Jython allocates hundreds of MB per call) collects at the same rhythm
 *     in every fork, on every run and every machine, instead of one sized from the machine's RAM;</li>
 * <li>pre-touched ({@code -XX:+AlwaysPreTouch}) on transparent huge pages: the first GCs do not pay
 *     for page faults that later ones do not (huge pages make the pre-touch itself take well under a
 *     second instead of seconds on a VM);</li>
 * <li>a named collector, Parallel GC: the default depends on the machine (Serial on a small one, G1
 *     elsewhere), and G1's concurrent threads compete with the measured thread on two cores. Parallel
 *     GC stops the world and does its work in the pause, the same way every time.</li>
 * </ul>
 */
public final class ForkJvm {

    /** Large enough for Jython's and GraalPy's per-call garbage, small enough to pre-touch fast. */
    public static final String HEAP = "1g";

    public static final List<String> MEMORY = List.of(
            "-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC");

    private ForkJvm() {
    }

    /** Every wordbench JVM's options ({@code jvm.options}) and the fixed memory settings, for every fork. */
    public static List<String> options(Path home) throws IOException {
        return Stream.concat(JvmOptions.read(home).stream(), MEMORY.stream()).toList();
    }
}
