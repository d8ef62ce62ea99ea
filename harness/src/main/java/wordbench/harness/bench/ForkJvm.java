package wordbench.harness.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *     GC stops the world and does its work in the pause, the same way every time;</li>
 * <li>native memory on transparent huge pages too ({@value #NATIVE_HUGE_PAGES} in
 *     {@code GLIBC_TUNABLES}, set by {@code ./wordbench} and by {@code ./mvnw verify}; the forks
 *     inherit it, and so do the CPython workers they start). Where the kernel gives huge pages only
 *     on request ({@code madvise}, the common default), a big malloc'd buffer otherwise lands on
 *     huge pages in some processes and not in others: the floor on 8 copies took 49 ms in one fork
 *     and 35 ms in the other in the committed run 2026-12-01T000614Z; with the tunable, six forks
 *     all took 35 ms. glibc before 2.35 and other C libraries ignore it;</li>
 * <li>native memory, like the heap, kept once touched ({@code mmap_threshold} and
 *     {@code trim_threshold} in the same variable): by default glibc maps a big block afresh for
 *     every call and hands freed memory back to the kernel, so every call pays page faults for
 *     it, more or fewer as the kernel finds huge pages. rust-jni-talk (a String per word, a
 *     HashMap) took 137-280 ms per call on the flood text (±12% over three forks), and 137 ms
 *     (±2.7%) with the memory kept (2026-12-01, three forks of ten iterations each).</li>
 * </ul>
 */
public final class ForkJvm {

    /** Large enough for Jython's and GraalPy's per-call garbage, small enough to pre-touch fast. */
    public static final String HEAP = "1g";

    public static final List<String> MEMORY = List.of(
            "-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC");

    /**
     * The glibc tunables every fork inherits: malloc's big blocks on transparent huge pages; blocks
     * up to 32 MiB (the most it allows) from the heap, never mapped for one call; freed memory kept
     * (up to 1 GiB at the top of the heap) instead of handed back to the kernel.
     */
    public static final List<String> NATIVE_MEMORY = List.of(
            "glibc.malloc.hugetlb=1", "glibc.malloc.mmap_threshold=33554432", "glibc.malloc.trim_threshold=1073741824");
    private static final String TUNABLES = "GLIBC_TUNABLES";

    private ForkJvm() {
    }

    /** The environment the forks inherit that changes how they measure, for the run's metadata. */
    public static Map<String, String> environment() {
        return Map.of(TUNABLES, Objects.requireNonNullElse(System.getenv(TUNABLES), "(unset)"));
    }

    /** A one-line warning when the forks' native memory would not be set up as {@link #NATIVE_MEMORY} says (Linux only). */
    public static Optional<String> nativeMemoryWarning() {
        return nativeMemoryWarning(System.getProperty("os.name", ""), System.getenv(TUNABLES));
    }

    static Optional<String> nativeMemoryWarning(String os, String tunables) {
        List<String> set = List.of(Objects.requireNonNullElse(tunables, "").split(":"));
        List<String> missing = NATIVE_MEMORY.stream().filter(t -> !set.contains(t)).toList();
        if (!os.startsWith("Linux") || missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the forks' native memory may be mapped afresh for every call, on huge pages or not ("
                + TUNABLES + " lacks " + String.join(":", missing) + "): native strategies' times may differ from"
                + " call to call and fork to fork; run through ./wordbench, which sets it");
    }

    /** Every wordbench JVM's options ({@code jvm.options}) and the fixed memory settings, for every fork. */
    public static List<String> options(Path home) throws IOException {
        return Stream.concat(JvmOptions.read(home).stream(), MEMORY.stream()).toList();
    }
}
