package wordbench.harness.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Keeps the measured thread on one CPU, the fastest at the time. On this kind of two-CPU VM the
 * CPUs are not alike, and which one is slow changes by the minute (a neighbour on the host):
 * rust-jni on big.txt took 13 ms a call on one CPU and 19-22 ms on the other, then the other way
 * round, and a thread the scheduler may move runs at one speed or the other, switching from one
 * iteration to the next (six forks of five iterations, 2026-12-01: 13 ms or 19-21 ms). So a
 * benchmark whose work runs on the calling thread pins that thread before it loads its strategy
 * (a process the strategy starts, the CPython worker, inherits the pinning), to the CPU on which a
 * short probe ran fastest just before. Its GC and JIT threads stay free to use every CPU. Parallel
 * strategies are never pinned: they are timed on every CPU.
 */
public final class CpuPinning {

    /** How the benchmarks pin, in words, for the run's metadata. */
    public static final String POLICY = "single-threaded work: the measured thread (and any process it starts) on the"
            + " CPU where a probe ran fastest at the fork's start; parallel strategies (but for thread scaling's 1 thread): not pinned";

    /** Bytes of glibc's {@code cpu_set_t}: room for 1024 CPUs. */
    private static final long MASK_BYTES = 128;
    /** The probe walks a random cycle through 256 KB (L2-sized, like a word table), this many steps a turn. */
    private static final int PROBE_STEPS = 300_000;
    private static final int PROBE_TURNS = 6;
    private static final int[] CYCLE = randomCycle(1 << 16);
    /** Keeps the probe's result alive. */
    static volatile int sink;

    private CpuPinning() {
    }

    /** Pins the calling thread as {@link #pinCallingThread} does; says so on stderr only when it could not. */
    static void pinMeasuredThread() {
        String outcome = pinCallingThread();
        if (outcome.startsWith("not pinned")) {
            System.err.println("wordbench: measured thread " + outcome + "; its times may switch between two speeds");
        }
    }

    /**
     * Pins the calling thread to the CPU, of those it may run on, where the probe ran fastest, and
     * says which, or why it did not: not Linux, one CPU only, or the call failed. Never throws: an
     * unpinned thread measures, only less steadily.
     */
    public static String pinCallingThread() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return "not pinned (" + System.getProperty("os.name") + ")";
        }
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            FunctionDescriptor affinity = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);
            MethodHandle get = linker.downcallHandle(linker.defaultLookup().find("sched_getaffinity").orElseThrow(), affinity);
            MethodHandle set = linker.downcallHandle(linker.defaultLookup().find("sched_setaffinity").orElseThrow(), affinity);
            MemorySegment mask = arena.allocate(MASK_BYTES, 8);
            if ((int) get.invokeExact(0, MASK_BYTES, mask) != 0) {
                return "not pinned (sched_getaffinity failed)";
            }
            List<Integer> allowed = new ArrayList<>();
            for (int i = 0; i < MASK_BYTES * 8; i++) {
                if ((mask.getAtIndex(JAVA_LONG, i / 64) & (1L << (i % 64))) != 0) {
                    allowed.add(i);
                }
            }
            if (allowed.size() < 2) {
                return allowed.size() == 1 ? "on CPU " + allowed.getFirst() + " (the only one allowed)" : "not pinned (no CPU allowed?)";
            }
            // Turns alternate between the CPUs, so a CPU slowed for a moment loses a turn, not the race;
            // the first turn (interpreted code, cold caches) is not counted.
            long[] spent = new long[allowed.size()];
            for (int turn = 0; turn <= PROBE_TURNS; turn++) {
                for (int k = 0; k < allowed.size(); k++) {
                    if ((int) set.invokeExact(0, MASK_BYTES, only(mask, allowed.get(k))) != 0) {
                        return "not pinned (sched_setaffinity failed)";
                    }
                    long took = probe();
                    if (turn > 0) {
                        spent[k] += took;
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < spent.length; k++) {
                if (spent[k] < spent[best]) {
                    best = k;
                }
            }
            int cpu = allowed.get(best);
            if ((int) set.invokeExact(0, MASK_BYTES, only(mask, cpu)) != 0) {
                return "not pinned (sched_setaffinity failed)";
            }
            return "pinned to CPU " + cpu + " of " + allowed.size() + " (probe: " + describe(allowed, spent) + ")";
        } catch (Throwable e) {
            return "not pinned (" + e + ")";
        }
    }

    private static MemorySegment only(MemorySegment mask, int cpu) {
        mask.fill((byte) 0);
        mask.setAtIndex(JAVA_LONG, cpu / 64, 1L << (cpu % 64));
        return mask;
    }

    /** Nanoseconds for one turn of the walk on the current CPU. */
    private static long probe() {
        long start = System.nanoTime();
        int at = 0;
        for (int step = 0; step < PROBE_STEPS; step++) {
            at = CYCLE[at];
        }
        long took = System.nanoTime() - start;
        sink += at;
        return took;
    }

    private static String describe(List<Integer> cpus, long[] spent) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < cpus.size(); k++) {
            out.append(k == 0 ? "" : ", ").append("CPU ").append(cpus.get(k)).append(' ')
                    .append(spent[k] / PROBE_TURNS / 1000).append(" us");
        }
        return out.toString();
    }

    /** A permutation of 0..n-1 that is one cycle (Sattolo's shuffle), so the walk visits every slot. */
    private static int[] randomCycle(int n) {
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i;
        }
        Random random = new Random(42);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        return next;
    }
}
