package wordbench.spi;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the harness needs to know about a strategy, declared by the strategy itself so the harness
 * never guesses from its name: how it runs, how it is warmed up, timed and charted, and where it
 * stands in {@code count}'s default order.
 *
 * <p>Start from {@link #of} and add what applies:
 * {@code StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "C2 compiles the loop in seconds", 40).inParallel()}.
 *
 * @param runtime          where the counting code runs
 * @param parallel         whether it counts on several threads and honours {@link ThreadCount}
 *                         (the thread-scaling benchmark times exactly these)
 * @param warmUp           how long it needs before its time is steady
 * @param warmUpReason     why, in a few words, for the plan and the README
 * @param forkJvmOptions   JVM options a benchmark fork timing it must add (e.g. to enable a JIT); none for most
 * @param baselinePriority when present, it can be the "talk's Python" the speedup chart divides by;
 *                         the available candidate with the lowest value is the baseline
 * @param countOrder       its place in {@code count}'s default order when there are no full results to
 *                         pick the fastest from: lower comes first (a rough speed rank; ties go by name)
 * @param streaming        whether it reads files in windows of a fixed size, so a file of any size
 *                         counts in bounded memory (a long test counts 3 GiB in a 256 MiB heap with
 *                         each of these); otherwise it holds a whole file's text and must refuse,
 *                         before reading, a file over its {@link WholeTextLimit}
 * @param garbagePerWord   whether each word it counts leaves garbage behind (an object per word, freed
 *                         by a collector or by free()): one call's time then swings with the
 *                         collections that land in it, so the benchmark times it in iterations long
 *                         enough to hold several calls
 * @param keyedTable       whether it counts in one of wordbench's own hash tables, keyed with a random
 *                         seed against hash flooding (Java's {@code WordTable}, the Rust core's): the
 *                         benchmark's flood text attacks exactly these, so only these are timed on it
 *                         (beside its control); a language's own map (a dict, a HashMap) is not its target
 */
public record StrategyTraits(RuntimeKind runtime, boolean parallel, WarmUp warmUp, String warmUpReason,
                             List<String> forkJvmOptions, OptionalInt baselinePriority, int countOrder,
                             boolean streaming, boolean garbagePerWord, boolean keyedTable) {

    public StrategyTraits {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(warmUp, "warmUp");
        Objects.requireNonNull(warmUpReason, "warmUpReason");
        Objects.requireNonNull(baselinePriority, "baselinePriority");
        if (warmUpReason.isBlank()) {
            throw new IllegalArgumentException("a warm-up class needs its reason");
        }
        forkJvmOptions = List.copyOf(forkJvmOptions);
        for (String option : forkJvmOptions) {
            if (option.isBlank()) {
                throw new IllegalArgumentException("blank JVM option in " + forkJvmOptions);
            }
        }
    }

    /** Single-threaded, no extra JVM options, not a baseline, holding whole texts, no garbage per word, no table of wordbench's own. */
    public static StrategyTraits of(RuntimeKind runtime, WarmUp warmUp, String warmUpReason, int countOrder) {
        return new StrategyTraits(runtime, false, warmUp, warmUpReason, List.of(), OptionalInt.empty(), countOrder, false, false, false);
    }

    /** The same traits, counting on {@link ThreadCount#configured()} threads. */
    public StrategyTraits inParallel() {
        return new StrategyTraits(runtime, true, warmUp, warmUpReason, forkJvmOptions, baselinePriority, countOrder, streaming, garbagePerWord, keyedTable);
    }

    /** The same traits, eligible as the speedup baseline with this priority (lower wins). */
    public StrategyTraits asBaseline(int priority) {
        return new StrategyTraits(runtime, parallel, warmUp, warmUpReason, forkJvmOptions, OptionalInt.of(priority), countOrder, streaming, garbagePerWord, keyedTable);
    }

    /** The same traits, with these options added to every benchmark fork that times this strategy. */
    public StrategyTraits withForkJvmOptions(List<String> options) {
        return new StrategyTraits(runtime, parallel, warmUp, warmUpReason, options, baselinePriority, countOrder, streaming, garbagePerWord, keyedTable);
    }

    /** The same traits, reading its input in bounded windows (see {@link #streaming}). */
    public StrategyTraits streamingInput() {
        return new StrategyTraits(runtime, parallel, warmUp, warmUpReason, forkJvmOptions, baselinePriority, countOrder, true, garbagePerWord, keyedTable);
    }

    /** The same traits, leaving garbage behind for every word (see {@link #garbagePerWord}). */
    public StrategyTraits leavingGarbagePerWord() {
        return new StrategyTraits(runtime, parallel, warmUp, warmUpReason, forkJvmOptions, baselinePriority, countOrder, streaming, true, keyedTable);
    }

    /** The same traits, counting in wordbench's own keyed hash table (see {@link #keyedTable}). */
    public StrategyTraits countingInKeyedTable() {
        return new StrategyTraits(runtime, parallel, warmUp, warmUpReason, forkJvmOptions, baselinePriority, countOrder, streaming, garbagePerWord, true);
    }
}
