package wordbench.harness.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Keeps the measured thread on one CPU. On this kind of two-CPU VM a single-threaded count that
 * the scheduler is free to move between the CPUs runs in one of two speeds, switching between
 * them from one iteration to the next: rust-jni on big.txt took 13 ms or 19-21 ms per call, in
 * six forks of five iterations each (2026-12-01, before this class). Pinned to either CPU, every
 * iteration of four forks took 12-14 ms. So a benchmark whose work runs on the calling thread pins
 * that thread (its GC and JIT threads stay free to use every CPU) before it loads its strategy: a
 * process the strategy starts (the CPython worker) inherits the pinning. Parallel strategies are
 * never pinned: they are timed on every CPU.
 */
public final class CpuPinning {

    /** Bytes of glibc's {@code cpu_set_t}: room for 1024 CPUs. */
    private static final long MASK_BYTES = 128;

    private CpuPinning() {
    }

    /** How the benchmarks pin, in words, for the run's metadata. */
    public static final String POLICY = "single-threaded work: the measured thread (and any process it starts) on the"
            + " highest-numbered CPU it may use; parallel strategies (but for thread scaling's 1 thread): not pinned";

    /** Pins the calling thread as {@link #pinCallingThread} does, and says so in the fork's output. */
    static void pinMeasuredThread() {
        System.out.println("wordbench: measured thread " + pinCallingThread());
    }

    /**
     * Pins the calling thread to the highest-numbered CPU it may run on (the first CPU is the one
     * most interrupts go to) and says which, or why it did not: not Linux, one CPU only, or the
     * call failed. Never throws: an unpinned thread measures, only less steadily.
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
            int cpu = -1;
            int allowed = 0;
            for (int i = 0; i < MASK_BYTES * 8; i++) {
                if ((mask.getAtIndex(JAVA_LONG, i / 64) & (1L << (i % 64))) != 0) {
                    cpu = i;
                    allowed++;
                }
            }
            if (allowed < 2) {
                return allowed == 1 ? "on CPU " + cpu + " (the only one allowed)" : "not pinned (no CPU allowed?)";
            }
            mask.fill((byte) 0);
            mask.setAtIndex(JAVA_LONG, cpu / 64, 1L << (cpu % 64));
            if ((int) set.invokeExact(0, MASK_BYTES, mask) != 0) {
                return "not pinned (sched_setaffinity failed)";
            }
            return "pinned to CPU " + cpu + " of " + allowed;
        } catch (Throwable e) {
            return "not pinned (" + e + ")";
        }
    }
}
